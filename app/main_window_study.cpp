// The study side of MainWindow: the Study dock, the project (save, open, autosave, recovery),
// undo and redo, and Solve.
#include "main_window.h"

#include "face_selection.h"
#include "job_controller.h"
#include "live_results.h"
#include "jobs_dock.h"
#include "main_window_parts.h"
#include "material_browser.h"
#include "project_session.h"
#include "project_view.h"
#include "result_display.h"
#include "study_commands.h"
#include "study_dock.h"
#include "study_editor.h"
#include "study_glyph_view.h"
#include "target_service_menu.h"
#include "viewport_widget.h"

#include "core/sim/face_refs.h"

#include "core/sim/study_json.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace wb::app {


namespace {

bool isFinishedState(JobController::State s) {
    using S = JobController::State;
    return s == S::Succeeded || s == S::NotConverged || s == S::Cancelled || s == S::Failed ||
           s == S::Interrupted;
}

std::string stateKey(JobController::State s) {
    using S = JobController::State;
    switch (s) {
    case S::Succeeded: return "succeeded";
    case S::NotConverged: return "not_converged";
    case S::Cancelled: return "cancelled";
    case S::Failed: return "failed";
    case S::Interrupted: return "interrupted";
    default: return "running";
    }
}

/// The path a study names a scene node by: its path below its file's top node.
std::string studyPath(const core::Assembly& scene, int node) {
    return scene.path(node, fileNodeOf(scene, node));
}

/// The top node of the study's geometry (the first file) in the scene, or -1.
int geometryNode(const core::Assembly& scene) {
    return scene.node(0).children.empty() ? -1 : scene.node(0).children.front();
}

bool isProjectFile(const QString& path) {
    return path.endsWith(QStringLiteral(".wbproj"), Qt::CaseInsensitive);
}

bool isStudyFile(const QString& path) {
    return path.endsWith(QStringLiteral(".wbstudy.json"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::~MainWindow() {
    // The study's objects are children that outlive m_study: their last signals (the undo
    // stack's cleanChanged while it is destroyed) must not reach this window.
    if (m_study) {
        m_study->editor->disconnect(this);
        m_study->session->disconnect(this);
    }
}

void MainWindow::createStudy() {
    m_study = std::make_unique<StudyUi>();
    StudyUi& s = *m_study;
    s.editor = new StudyEditor(this);
    s.dock = new StudyDock(s.editor, this);
    addDockWidget(Qt::RightDockWidgetArea, s.dock);

    ProjectSession::Host host;
    host.openGeometry = [this](const QString& file) { openFiles({file}, OpenMode::Replace); };
    host.geometryFile = [this] {
        const QStringList files = m_document.filePaths();
        return files.isEmpty() ? QString() : files.first();
    };
    host.viewState = [this] {
        return projectViewToJson({m_viewport->displayMode(), m_viewport->cameraView()});
    };
    host.restoreView = [this](const sim::Json& json) {
        const ProjectView view = projectViewFromJson(json);
        if (view.displayMode) m_viewport->setDisplayMode(*view.displayMode);
        // The geometry is being imported: the camera waits for it instead of fitting it.
        if (view.camera) m_viewport->setCameraView(*view.camera, isImporting());
    };
    connect(this, &MainWindow::importFinished, this, [this](const QString&, bool ok) {
        if (!ok) m_viewport->dropPendingCameraView();
    });
    s.session = new ProjectSession(s.editor, host, this);

    s.dock->setFaceSelectionProvider([this] {
        const auto scene = m_document.scene();
        const int geometry = geometryNode(*scene);
        return geometry > 0 ? sim::toFaceRefs(*scene, m_faceSelection->faces(), geometry)
                            : std::vector<sim::FaceRef>{};
    });
    s.dock->setPartSelectionProvider([this] {
        std::vector<std::string> parts;
        const auto scene = m_document.scene();
        for (int node : selectedNodes())
            if (node > 0) parts.push_back(studyPath(*scene, node));
        return parts;
    });

    auto make = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        if (!key.isEmpty()) action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    s.newProject = make(QKeySequence::New, [this] {
        if (!m_study->session->maybeSave()) return;
        m_study->session->newProject();
    });
    s.save = make(QKeySequence::Save, [this] { m_study->session->save(); });
    s.saveAs = make(QKeySequence::SaveAs, [this] { m_study->session->saveAs(); });
    s.embed = make({}, [this](bool on) { m_study->session->setEmbedsGeometry(on); });
    s.embed->setCheckable(true);
    s.undo = s.editor->undoStack()->createUndoAction(this);
    s.undo->setShortcut(QKeySequence::Undo);
    s.redo = s.editor->undoStack()->createRedoAction(this);
    s.redo->setShortcut(QKeySequence::Redo);
    s.solve = make(QKeySequence(Qt::Key_F9), [this] { solve(); });
    s.solve->setObjectName(QStringLiteral("SolveAction"));

    Menus& m = *m_menus;
    QAction* first = m.file->actions().value(0);
    m.file->insertAction(first, s.newProject);
    m.file->insertSeparator(first);
    QAction* quitSeparator = nullptr;
    for (QAction* a : m.file->actions())
        if (a->isSeparator()) quitSeparator = a;
    m.file->insertAction(quitSeparator, s.save);
    m.file->insertAction(quitSeparator, s.saveAs);
    m.file->insertAction(quitSeparator, s.embed);
    m.file->insertSeparator(quitSeparator);
    QAction* firstEdit = m.edit->actions().value(0);
    m.edit->insertAction(firstEdit, s.undo);
    m.edit->insertAction(firstEdit, s.redo);
    m.edit->insertSeparator(firstEdit);
    s.menu = new QMenu(this);
    menuBar()->insertMenu(m.help->menuAction(), s.menu);
    s.menu->addAction(s.solve);
    auto* target = new TargetServiceMenu(s.session, this);
    s.menu->addMenu(target);
    auto showService = [dock = s.dock, session = s.session] {
        dock->setServiceLabel(targetServiceLabel(session->service()));
    };
    connect(target, &TargetServiceMenu::servicesChanged, this, showService);
    showService();
    m.view->addAction(s.dock->toggleViewAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(s.solve);

    connect(s.editor, &StudyEditor::changed, this, &MainWindow::updateStudyActions);
    connect(s.session, &ProjectSession::stateChanged, this, [this, showService] {
        showService();
        updateStudyActions();
        updateWindowTitle();
    });
    // Choosing a material: the material browser; a user material goes into the study inline.
    connect(s.dock, &StudyDock::browseMaterialRequested, this, [this, editor = s.editor](int i) {
        const auto& list = editor->study().materials;
        if (i < 0 || i >= int(list.size())) return;
        const sim::MaterialAssignment& current = list[std::size_t(i)];
        const auto chosen = MaterialBrowser::chooseAssignment(
            this, QString::fromStdString(current.parts), QString::fromStdString(current.libraryId));
        if (chosen) editor->undoStack()->push(new SetMaterialCommand(editor, i, *chosen));
    });
    connect(s.dock, &StudyDock::showFaces, this, [this](const std::vector<sim::FaceRef>& faces) {
        // The item's faces become the picked faces, tinted in the viewport.
        const auto scene = m_document.scene();
        const int geometry = geometryNode(*scene);
        m_viewport->setHighlightedFace(-1, -1);
        if (geometry > 0) m_faceSelection->setFaceRefs(*scene, faces, geometry);
        statusBar()->showMessage(tr("%n face(s) selected", nullptr, m_faceSelection->count()),
                                 5000);
    });
    // The study's supports and loads drawn in the viewport, named when hovered.
    new StudyGlyphView(s.editor, s.dock, m_viewport, [this] { return m_document.scene(); }, this);
    m_jobController->setResultDirProvider(
        [this](const QString& id) { return m_study->session->resultDirFor(id); });
    connect(m_jobController, &JobController::jobChanged, this, &MainWindow::updateProjectJob);
    createResults();
    // Results in the viewport: a finished job's result, when the user opens it.
    m_resultDisplay = new ResultDisplay(m_viewport, this);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_resultDisplay->toolBar());
    m_liveResults = new LiveResults(m_jobController, m_resultDisplay, this);
    connect(m_jobController, &JobController::resultOpenRequested, m_resultDisplay,
            [this](const QString& id, const QString& dir) {
                if (id != m_liveResults->followedJob()) m_liveResults->stop();
                m_resultDisplay->open(dir);
            });
    connect(m_liveResults, &LiveResults::message, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_resultDisplay, &ResultDisplay::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    createProbes();
    retranslateStudy();
    updateStudyActions();
}

void MainWindow::retranslateStudy() {
    if (!m_study) return;
    StudyUi& s = *m_study;
    s.menu->setTitle(tr("&Simulation"));
    s.newProject->setText(tr("&New Project"));
    s.save->setText(tr("&Save Project"));
    s.saveAs->setText(tr("Save Project &As…"));
    s.embed->setText(tr("&Embed Geometry in Project"));
    s.embed->setStatusTip(tr("Keep a copy of the geometry inside the project file"));
    s.undo->setText(tr("&Undo"));
    s.redo->setText(tr("&Redo"));
    s.solve->setText(tr("&Solve"));
    s.solve->setToolTip(tr("Solve the study (F9)"));
}

void MainWindow::updateStudyActions() {
    if (!m_study) return;
    StudyUi& s = *m_study;
    s.solve->setEnabled(s.editor->canSolve() && !m_job);
    s.save->setEnabled(true);
    s.embed->setChecked(s.session->embedsGeometry());
    if (windowTitle().contains(QStringLiteral("[*]"))) setWindowModified(s.session->isModified());
}

void MainWindow::updateModelParts() {
    if (!m_study) return;
    const auto scene = m_document.scene();
    std::vector<sim::ModelPart> parts;
    for (const core::Instance& inst : scene->instances())
        parts.push_back({studyPath(*scene, inst.node), scene->parts()[inst.part].name});
    m_study->editor->setModelParts(std::move(parts));
    core::BBox metres;
    const core::BBox box = scene->bbox();
    if (!box.isEmpty()) {
        const double m = scene->metresPerUnit();
        metres.add(core::Vec3{box.min.x * m, box.min.y * m, box.min.z * m});
        metres.add(core::Vec3{box.max.x * m, box.max.y * m, box.max.z * m});
    }
    m_study->editor->setModelBox(metres);
    const int geometry = geometryNode(*scene);
    // the study's geometry (the first file) for the thin-wall check
    if (geometry > 0)
        m_study->editor->setModelGeometry(scene, geometry);
    else
        m_study->editor->setModelGeometry(nullptr, 0);
}

void MainWindow::studyFacePicked(int node, int face, bool additive) {
    // A click outside face pick mode picks its face too (Ctrl toggles it), for a quick support.
    if (node <= 0 || face < 0) {
        if (!additive) m_faceSelection->clear();
    } else if (additive) {
        m_faceSelection->toggle({node, face});
    } else {
        m_faceSelection->setFaces({{node, face}});
    }
}

bool MainWindow::openStudyFiles(QStringList& paths) {
    QStringList rest;
    bool handled = false;
    for (const QString& p : paths) {
        if (!isProjectFile(p) && !isStudyFile(p)) {
            rest << p;
            continue;
        }
        handled = true;
        if (!m_study->session->maybeSave()) continue;
        QString error;
        const bool ok = isProjectFile(p) ? m_study->session->openProject(p, &error)
                                         : m_study->session->openStudy(p, &error);
        if (!ok && !error.isEmpty()) {
            m_lastError = error;
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Could not open file"),
                                        tr("Could not open %1.").arg(QFileInfo(p).fileName()),
                                        QMessageBox::Ok, this);
            box->setInformativeText(error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit projectOpened(p, ok);
    }
    paths = rest;
    return handled;
}

bool MainWindow::confirmClose() {
    if (!m_study) return true;
    if (!m_study->session->maybeSave()) return false;
    m_study->session->discardRecovery();
    return true;
}

void MainWindow::offerRecovery() {
    if (m_study) m_study->session->offerRecovery();
}

void MainWindow::solve() {
    if (!m_study) return;
    if (!m_study->editor->canSolve()) {
        m_study->dock->show();
        m_study->dock->raise();
        statusBar()->showMessage(tr("The study cannot be solved yet: see the problems list."),
                                 8000);
        return;
    }
    const QStringList files = m_document.filePaths();
    if (files.isEmpty()) return;
    m_study->session->autosave();
    sim::Study study = m_study->editor->study();
    study.geometryFile = QFileInfo(files.first()).fileName().toStdString();
    const sim::Json studyJson = sim::studyToJson(study);
    const QString id = m_jobController->solve(QString::fromStdString(sim::dumpJson(studyJson)),
                                              files.first(), m_study->session->service());
    if (id.isEmpty()) return;
    m_liveResults->follow(id, QString::fromStdString(study.analysis));
    sim::ProjectJob job;
    job.id = id.toStdString();
    job.name = study.name;
    job.service = m_study->session->service().toStdString();
    job.state = "submitted";
    job.studyAsSolved = studyJson;
    m_study->session->recordJob(job);
    m_jobsDock->show();
    m_jobsDock->raise();
}

void MainWindow::updateProjectJob(const QString& id) {
    if (!m_study) return;
    const JobController::Job* j = m_jobController->job(id);
    if (!j) return;
    for (sim::ProjectJob job : m_study->session->jobs()) {
        if (job.id != id.toStdString()) continue;
        const std::string state = isFinishedState(j->state) ? stateKey(j->state) : job.state;
        std::string dir = job.resultDir;
        if (!j->resultDir.isEmpty() && !m_study->session->projectFile().isEmpty())
            dir = sim::relativePath(j->resultDir.toStdString(),
                                    QFileInfo(m_study->session->projectFile()).absolutePath()
                                        .toStdString());
        else if (!j->resultDir.isEmpty())
            dir = j->resultDir.toStdString();
        if (state != job.state || dir != job.resultDir) {
            job.state = state;
            job.resultDir = dir;
            m_study->session->recordJob(job);
        }
    }
}

StudyEditor* MainWindow::studyEditor() const {
    return m_study ? m_study->editor : nullptr;
}

StudyDock* MainWindow::studyDock() const {
    return m_study ? m_study->dock : nullptr;
}

ProjectSession* MainWindow::projectSession() const {
    return m_study ? m_study->session : nullptr;
}

} // namespace wb::app
