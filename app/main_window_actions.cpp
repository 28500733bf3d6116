// Actions, menus, toolbar and their texts for MainWindow.
#include "main_window.h"

#include "about_dialog.h"
#include "assembly_tree_model.h"
#include "jobs_dock.h"
#include "main_window_parts.h"
#include "preferences.h"
#include "preferences_dialog.h"
#include "properties_panel.h"
#include "viewport_widget.h"

#include "core/io/formats.h"
#include "core/model/process.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace wb::app {

void MainWindow::createActions() {
    m_actions = std::make_unique<Actions>();
    Actions& a = *m_actions;
    auto make = [this](const QKeySequence& key, auto slot, const char* icon = nullptr) {
        auto* action = new QAction(this);
        if (!key.isEmpty()) action->setShortcut(key);
        if (icon) action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    a.open = make(
        QKeySequence::Open, [this] { openDialog(OpenMode::Ask); }, "open");
    a.add = make(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openDialog(OpenMode::Add); },
        "add");
    a.reload = make(
        QKeySequence::Refresh, [this] { reload(); }, "reload");
    a.closeAll = make(QKeySequence::Close, [this] { closeAll(); });
    a.clearRecent = make({}, [this] { Preferences::clearRecentFiles(); });
    a.quit = make(QKeySequence::Quit, [this] { close(); });
    a.quit->setMenuRole(QAction::QuitRole);
    a.preferences = make(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) m_properties->refresh();
    });
    a.preferences->setMenuRole(QAction::PreferencesRole);
    a.cancelImport = make(
        QKeySequence(Qt::Key_Escape), [this] { cancelImport(); }, "cancel");
    addAction(a.cancelImport);
    a.fitAll = make(
        QKeySequence(Qt::Key_F), [this] { m_viewport->fitAll(); }, "fit_all");
    a.showAll = make(QKeySequence(Qt::SHIFT | Qt::Key_H), [this] { m_treeModel->showAll(); });
    a.isolate = make(QKeySequence(Qt::Key_I), [this] {
        const auto nodes = selectedNodes();
        if (!nodes.empty()) m_treeModel->isolate(nodes.front());
    });
    a.hide = make(QKeySequence(Qt::Key_H), [this] {
        for (int node : selectedNodes())
            m_treeModel->setHidden(node, true);
    });

    a.modes = new QActionGroup(this);
    auto mode = [&](render::DisplayMode m, Qt::Key key, const char* icon) {
        QAction* action = make(
            QKeySequence(Qt::ALT | key), [this, m] { m_viewport->setDisplayMode(m); }, icon);
        action->setCheckable(true);
        action->setChecked(m == m_viewport->displayMode());
        a.modes->addAction(action);
        return action;
    };
    a.shaded = mode(render::DisplayMode::Shaded, Qt::Key_1, "mode_shaded");
    a.shadedEdges = mode(render::DisplayMode::ShadedEdges, Qt::Key_2, "mode_edges");
    a.wireframe = mode(render::DisplayMode::Wireframe, Qt::Key_3, "mode_wireframe");

    const std::pair<render::StandardView, QKeySequence> views[] = {
        {render::StandardView::Iso, QKeySequence(Qt::Key_0)},
        {render::StandardView::Front, QKeySequence(Qt::Key_1)},
        {render::StandardView::Back, QKeySequence(Qt::CTRL | Qt::Key_1)},
        {render::StandardView::Right, QKeySequence(Qt::Key_3)},
        {render::StandardView::Left, QKeySequence(Qt::CTRL | Qt::Key_3)},
        {render::StandardView::Top, QKeySequence(Qt::Key_7)},
        {render::StandardView::Bottom, QKeySequence(Qt::CTRL | Qt::Key_7)},
    };
    for (const auto& [view, key] : views)
        a.views.emplace_back(make(
                                 key, [this, view] { m_viewport->setStandardView(view); },
                                 view == render::StandardView::Iso ? "view_iso" : nullptr),
                             view);
    a.about = make({}, [this] { showAboutDialog(this); });
    a.about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus() {
    m_menus = std::make_unique<Menus>();
    Actions& a = *m_actions;
    Menus& m = *m_menus;
    m.file = menuBar()->addMenu(QString());
    m.file->addAction(a.open);
    m.file->addAction(a.add);
    m.recent = m.file->addMenu(QString());
    connect(m.recent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m.file->addAction(a.reload);
    m.file->addAction(a.closeAll);
    m.file->addSeparator();
    m.file->addAction(a.quit);

    m.edit = menuBar()->addMenu(QString());
    m.edit->addAction(a.preferences);

    m.view = menuBar()->addMenu(QString());
    m.view->addAction(a.fitAll);
    m.standardViews = m.view->addMenu(QString());
    for (const auto& [action, view] : a.views)
        m.standardViews->addAction(action);
    m.view->addSeparator();
    m.view->addActions(a.modes->actions());
    m.view->addSeparator();
    m.view->addAction(a.hide);
    m.view->addAction(a.isolate);
    m.view->addAction(a.showAll);
    m.view->addSeparator();
    m.view->addAction(m_treeDock->toggleViewAction());
    m.view->addAction(m_propertiesDock->toggleViewAction());
    m.view->addAction(m_jobsDock->toggleViewAction());

    m.help = menuBar()->addMenu(QString());
    m.help->addAction(a.about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->addAction(a.open);
    m_toolBar->addAction(a.reload);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.fitAll);
    m_toolBar->addAction(a.views.front().first);
    m_toolBar->addSeparator();
    m_toolBar->addActions(a.modes->actions());
}

void MainWindow::retranslateUi() {
    Actions& a = *m_actions;
    Menus& m = *m_menus;
    m.file->setTitle(tr("&File"));
    m.recent->setTitle(tr("Open &Recent"));
    m.edit->setTitle(tr("&Edit"));
    m.view->setTitle(tr("&View"));
    m.standardViews->setTitle(tr("&Standard Views"));
    m.help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_treeDock->setWindowTitle(tr("Assembly"));
    m_propertiesDock->setWindowTitle(tr("Properties"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel opening the file"));

    a.open->setText(tr("&Open…"));
    a.open->setStatusTip(tr("Open a CAD or mesh file"));
    a.add->setText(tr("&Add to Scene…"));
    a.add->setStatusTip(tr("Add a file to the open scene"));
    a.reload->setText(tr("Re&load"));
    a.reload->setStatusTip(tr("Open the files again, with the current tessellation quality"));
    a.closeAll->setText(tr("&Close All"));
    a.clearRecent->setText(tr("&Clear List"));
    a.quit->setText(tr("&Quit"));
    a.preferences->setText(tr("&Preferences…"));
    a.cancelImport->setText(tr("Cancel Opening"));
    a.fitAll->setText(tr("&Fit All"));
    a.showAll->setText(tr("Show &All"));
    a.isolate->setText(tr("&Isolate"));
    a.isolate->setStatusTip(tr("Show only the selected node"));
    a.hide->setText(tr("&Hide"));
    a.shaded->setText(tr("&Shaded"));
    a.shadedEdges->setText(tr("Shaded with &Edges"));
    a.wireframe->setText(tr("&Wireframe"));
    for (const auto& [action, view] : a.views) {
        switch (view) {
        case render::StandardView::Iso:
            action->setText(tr("&Isometric"));
            break;
        case render::StandardView::Front:
            action->setText(tr("&Front"));
            break;
        case render::StandardView::Back:
            action->setText(tr("&Back"));
            break;
        case render::StandardView::Left:
            action->setText(tr("&Left"));
            break;
        case render::StandardView::Right:
            action->setText(tr("&Right"));
            break;
        case render::StandardView::Top:
            action->setText(tr("&Top"));
            break;
        case render::StandardView::Bottom:
            action->setText(tr("B&ottom"));
            break;
        }
    }
    a.about->setText(tr("&About Werkbank"));
    retranslateFaceActions();
    retranslateExportImage();
    retranslateStudy();
    updateWindowTitle();
    emit m_treeModel->headerDataChanged(Qt::Horizontal, 0, AssemblyTreeModel::ColumnCount - 1);
}

void MainWindow::updateRecentMenu() {
    QMenu* menu = m_menus->recent;
    menu->clear();
    const QStringList files = Preferences::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QAction* action =
            menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                            this, [this, path] { openFiles({path}); });
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) menu->addAction(tr("(empty)"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(m_actions->clearRecent);
}

void MainWindow::updateActions() {
    if (!m_actions) return;
    const bool hasScene = !m_document.isEmpty();
    const bool hasSelection = hasScene && !selectedNodes().empty();
    m_actions->reload->setEnabled(hasScene && !m_job);
    m_actions->cancelImport->setEnabled(m_job != nullptr);
    m_actions->closeAll->setEnabled(hasScene);
    if (m_exportImage) m_exportImage->setEnabled(hasScene);
    m_actions->isolate->setEnabled(hasSelection);
    m_actions->hide->setEnabled(hasSelection);
    m_actions->showAll->setEnabled(hasScene);
    updateFaceActions();
    updateStudyActions();
}

void MainWindow::openDialog(OpenMode mode) {
    QStringList patterns;
    QStringList filters;
    for (const core::io::FormatInfo& f : core::io::supportedFormats()) {
        QStringList globs;
        for (const std::string& ext : f.extensions)
            globs << QStringLiteral("*.") + QString::fromStdString(ext);
        patterns << globs;
        filters << QStringLiteral("%1 (%2)").arg(QString::fromStdString(f.name), globs.join(' '));
    }
    const QString projects = QStringLiteral("*.wbproj *.wbstudy.json");
    patterns << projects;
    filters.prepend(tr("Werkbank projects and studies (%1)").arg(projects));
    filters.prepend(tr("All supported files (%1)").arg(patterns.join(' ')));
    filters << tr("All files (*)");
    const QStringList recent = Preferences::recentFiles();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, mode == OpenMode::Add ? tr("Add to Scene") : tr("Open"), dir, filters.join(";;"));
    openFiles(paths, mode);
}

void MainWindow::reload() {
    const QStringList files = m_document.filePaths();
    openFiles(files, OpenMode::Replace);
}

void MainWindow::closeAll() {
    cancelImport();
    m_document.clear();
    showScene(true);
    core::releaseFreeMemory();
}

} // namespace wb::app
