#include "main_window.h"

#include "assembly_tree_model.h"
#include "error_text.h"
#include "face_selection.h"
#include "import_job.h"
#include "job_controller.h"
#include "jobs_dock.h"
#include "main_window_parts.h"
#include "preferences.h"
#include "project_session.h"
#include "properties_panel.h"
#include "viewport_widget.h"

#include "core/model/process.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace wb::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/werkbank.svg")));
    m_viewport = new ViewportWidget(this);
    setCentralWidget(m_viewport);
    createDocks();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_stageLabel = new QLabel(this);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelImport);
    statusBar()->addPermanentWidget(m_stageLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    m_stageLabel->hide();
    m_cancelButton->hide();

    createActions();
    createMenus();
    createFaceActions();
    createStudy();
    createExportImage();
    retranslateUi();
    restoreLayout();
    showScene(true);

    connect(m_viewport, &ViewportWidget::picked, this, &MainWindow::onPicked);
    connect(m_treeModel, &AssemblyTreeModel::visibilityChanged, this,
            [this] { m_viewport->setHiddenNodes(m_treeModel->hiddenNodes()); });
}

void MainWindow::createDocks() {
    m_treeModel = new AssemblyTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("AssemblyTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onTreeSelectionChanged);

    m_treeDock = new QDockWidget(this);
    m_treeDock->setObjectName(QStringLiteral("AssemblyDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);

    m_properties = new PropertiesPanel(this);
    m_propertiesDock = new QDockWidget(this);
    m_propertiesDock->setObjectName(QStringLiteral("PropertiesDock"));
    m_propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::LeftDockWidgetArea, m_propertiesDock);

    // Jobs: the controller that solves run through, and its dock. Jobs of the configured
    // services (and local ones a closed session left) are listed once the window is up.
    m_jobController = new JobController(this);
    m_jobsDock = new JobsDock(m_jobController, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    QTimer::singleShot(0, m_jobController, &JobController::refreshRemoteJobs);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) resize(1400, 900);
    restoreState(settings.value("window/state").toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (m_jobController->hasRunningLocalJobs() &&
        QMessageBox::question(this, tr("Jobs Running"),
                              tr("Jobs are running on this computer. They stop when Werkbank "
                                 "closes; the Jobs dock offers to run them again at the next "
                                 "start. Close anyway?")) != QMessageBox::Yes) {
        e->ignore();
        return;
    }
    if (!confirmClose()) {
        e->ignore();
        return;
    }
    cancelImport();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    e->accept();
}

void MainWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(e);
}

void MainWindow::openFiles(const QStringList& given, OpenMode mode) {
    QStringList paths = given;
    if (openResultFolders(paths)) mode = OpenMode::Add;  // the result's surface is open
    if (openStudyFiles(paths)) mode = OpenMode::Replace; // the project's geometry is open
    if (paths.isEmpty()) return;
    if (mode == OpenMode::Ask) {
        mode = OpenMode::Replace;
        if (!m_document.isEmpty() || m_job) {
            QMessageBox box(QMessageBox::Question, tr("Open"),
                            tr("A model is already open. Replace it, or add the new file(s) to "
                               "the scene?"),
                            QMessageBox::NoButton, this);
            QPushButton* replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
            QPushButton* add = box.addButton(tr("&Add to Scene"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(add);
            box.exec();
            if (box.clickedButton() == replace)
                mode = OpenMode::Replace;
            else if (box.clickedButton() == add)
                mode = OpenMode::Add;
            else
                return;
        }
    }
    // Within one batch, the first file replaces (if asked) and the rest are added.
    for (int i = 0; i < paths.size(); ++i)
        m_queue.push_back({paths[i], i == 0 ? mode : OpenMode::Add});
    if (!m_job) startNextImport();
}

void MainWindow::startNextImport() {
    if (m_queue.empty()) {
        m_progress->hide();
        m_stageLabel->hide();
        m_cancelButton->hide();
        updateActions();
        return;
    }
    const PendingImport next = m_queue.front();
    m_queue.pop_front();
    core::io::ImportOptions options;
    options.quality = Preferences::tessellationQuality();
    if (const double unit = Preferences::meshUnit(); unit > 0) options.metresPerUnit = unit;
    options.limits = Preferences::importLimits();
    m_jobMode = next.mode;
    m_job = new ImportJob(next.path, options, this);
    connect(m_job, &ImportJob::progress, this, [this](const QString& stage, double fraction) {
        m_stageLabel->setText(ErrorText::stageName(stage));
        m_progress->setValue(static_cast<int>(fraction * 1000));
    });
    connect(m_job, &ImportJob::finished, this, &MainWindow::onImportFinished);
    connect(m_job, &ImportJob::failed, this, &MainWindow::onImportFailed);
    m_progress->setValue(0);
    m_progress->show();
    m_stageLabel->setText(tr("Opening %1…").arg(QFileInfo(next.path).fileName()));
    m_stageLabel->show();
    m_cancelButton->show();
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(next.path)));
    updateActions();
    m_job->start();
}

void MainWindow::onImportFinished(std::shared_ptr<const core::Assembly> assembly) {
    const QString path = m_job->path();
    m_job->deleteLater();
    m_job = nullptr;
    const bool fit = m_jobMode == OpenMode::Replace || m_document.isEmpty();
    if (m_jobMode == OpenMode::Replace)
        m_document.replace(path, std::move(assembly));
    else
        m_document.add(path, std::move(assembly));
    Preferences::addRecentFile(QFileInfo(path).absoluteFilePath());
    showScene(fit);
    if (m_jobMode == OpenMode::Replace) core::releaseFreeMemory(); // the previous model is gone
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    emit importFinished(path, true);
    startNextImport();
}

void MainWindow::onImportFailed(const core::Error& error) {
    const QString path = m_job->path();
    m_job->deleteLater();
    m_job = nullptr;
    if (error.code == core::ErrorCode::Cancelled) {
        statusBar()->showMessage(tr("Opening %1 was cancelled").arg(QFileInfo(path).fileName()),
                                 5000);
    } else {
        m_lastError = ErrorText::message(error);
        statusBar()->showMessage(m_lastError, 10000);
        // Non-blocking: the window (and what was open) stays usable.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Could not open file"),
                                    tr("Could not open %1.").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, this);
        box->setInformativeText(m_lastError);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importFinished(path, false);
    startNextImport();
}

void MainWindow::cancelImport() {
    m_queue.clear();
    if (m_job) m_job->cancel();
}

void MainWindow::showScene(bool fit) {
    const auto scene = m_document.scene();
    m_treeModel->setAssembly(scene);
    m_tree->expandToDepth(1);
    if (m_faceSelection) m_faceSelection->clear(); // its node numbers were the old scene's
    m_viewport->setAssembly(scene, fit);
    m_viewport->setHiddenNodes(m_treeModel->hiddenNodes());
    m_properties->showNode(scene, 0);
    updateModelParts();
    updateWindowTitle();
    updateActions();
}

void MainWindow::updateWindowTitle() {
    const QStringList files = m_document.filePaths();
    const QString project = projectSession() ? projectSession()->projectFile() : QString();
    if (!project.isEmpty()) {
        setWindowFilePath(project);
        setWindowTitle(tr("%1[*] — Werkbank").arg(QFileInfo(project).fileName()));
        return;
    }
    setWindowFilePath(files.size() == 1 ? files.first() : QString());
    setWindowTitle(files.isEmpty() ? tr("Werkbank")
                   : files.size() == 1
                       ? tr("%1[*] — Werkbank").arg(QFileInfo(files.first()).fileName())
                       : tr("%n files[*] — Werkbank", nullptr, int(files.size())));
    updateStudyActions();
}

std::vector<int> MainWindow::selectedNodes() const {
    std::vector<int> nodes;
    for (const QModelIndex& idx : m_tree->selectionModel()->selectedRows())
        nodes.push_back(m_treeModel->nodeForIndex(idx));
    return nodes;
}

void MainWindow::selectNode(int node, bool additive) {
    const QModelIndex idx = m_treeModel->indexForNode(node);
    auto flags = QItemSelectionModel::Rows |
                 (additive ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect);
    if (!idx.isValid()) {
        if (!additive) m_tree->selectionModel()->clearSelection();
        return;
    }
    m_tree->selectionModel()->select(idx, flags);
    m_tree->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
    m_tree->scrollTo(idx);
}

void MainWindow::onTreeSelectionChanged() {
    const std::vector<int> nodes = selectedNodes();
    m_viewport->setSelection(nodes);
    m_viewport->setHighlightedFace(-1, -1); // a pick sets it again right after
    m_properties->showNode(m_document.scene(), nodes.empty() ? 0 : nodes.front());
    updateActions();
}

void MainWindow::onPicked(int node, int face, bool additive) {
    selectNode(node, additive);
    studyFacePicked(node, face, additive);
    m_viewport->setHighlightedFace(node > 0 && face >= 0 ? node : -1, face);
    if (node > 0 && face >= 0)
        statusBar()->showMessage(tr("Face %1 of %2")
                                     .arg(face)
                                     .arg(QString::fromStdString(m_document.scene()->path(node))),
                                 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
    QStringList paths;
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return;
    e->acceptProposedAction();
    // Ask after the drop returns, so the drag source is not blocked by the dialog.
    QMetaObject::invokeMethod(
        this, [this, paths] { openFiles(paths); }, Qt::QueuedConnection);
}

} // namespace wb::app
