#pragma once
/// The main window: viewport, assembly tree, properties, import with progress and cancel.

#include "document.h"

#include <QMainWindow>
#include <QPointer>

#include <deque>
#include <memory>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;
class QToolButton;
class QTreeView;

namespace wb::core {
struct Error;
}

namespace wb::app {

class AssemblyTreeModel;
class FaceSelection;
class ImportJob;
class ProjectResults;
class ProjectSession;
class StudyDock;
class StudyEditor;
class JobController;
class ResultDisplay;
class LiveResults;
class JobsDock;
class PropertiesPanel;
class ViewportWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// How a file joins the scene: ask the user (when something is open), replace or add.
    enum class OpenMode { Ask, Replace, Add };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Queues imports of `paths`; they run one after the other on a worker thread.
    void openFiles(const QStringList& paths, OpenMode mode = OpenMode::Ask);
    bool isImporting() const { return m_job != nullptr; }
    /// Cancels the running import and drops the queued ones.
    void cancelImport();

    const Document& document() const { return m_document; }
    AssemblyTreeModel* treeModel() const { return m_treeModel; }
    QTreeView* treeView() const { return m_tree; }
    ViewportWidget* viewport() const { return m_viewport; }
    /// Nodes selected in the tree (and so in the viewport).
    std::vector<int> selectedNodes() const;
    void selectNode(int node, bool additive = false);
    /// The last import error shown to the user (translated), empty if none.
    QString lastError() const { return m_lastError; }
    /// The faces picked in the viewport (for supports and loads); cleared when the scene
    /// changes. FaceSelection::faceRefs() gives them as a study's `select.faces`.
    FaceSelection* faceSelection() const { return m_faceSelection; }

    // main_window_study.cpp
    StudyEditor* studyEditor() const;
    StudyDock* studyDock() const;
    ProjectSession* projectSession() const;
    /// Offers to restore the project of a session that did not end normally.
    void offerRecovery();
    /// Solves the study (F9): enabled only when the study can run.
    void solve();
    /// Runs simulation jobs (solve, cancel, results); shown in the Jobs dock.
    JobController* jobController() const { return m_jobController; }
    JobsDock* jobsDock() const { return m_jobsDock; }
    /// The result shown on the model in the viewport (main_window_study.cpp).
    ResultDisplay* resultDisplay() const { return m_resultDisplay; }
    LiveResults* liveResults() const { return m_liveResults; }

signals:
    /// After each file: `ok` false on error or cancel.
    void importFinished(const QString& path, bool ok);
    /// After a project or study file was opened (or failed to open).
    void projectOpened(const QString& path, bool ok);

protected:
    void changeEvent(QEvent* e) override;
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    struct PendingImport {
        QString path;
        OpenMode mode;
    };
    // main_window_actions.cpp
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateRecentMenu();
    void updateActions();
    // main_window.cpp
    void createDocks();
    void startNextImport();
    void onImportFinished(std::shared_ptr<const core::Assembly> assembly);
    void onImportFailed(const core::Error& error);
    void showScene(bool fit);
    void updateWindowTitle();
    void onTreeSelectionChanged();
    void onPicked(int node, int face, bool additive);
    void openDialog(OpenMode mode);
    void reload();
    void closeAll();
    void restoreLayout();
    // main_window_faces.cpp: face pick mode, its actions and texts
    void createFaceActions();
    void retranslateFaceActions();
    void updateFaceActions();
    // main_window_study.cpp
    void createStudy();
    void retranslateStudy();
    void updateStudyActions();
    void updateModelParts();
    void studyFacePicked(int node, int face, bool additive);
    /// Opens the project and study files among `paths` and removes them from it.
    bool openStudyFiles(QStringList& paths);
    /// Asks to save a changed project; false when the user cancels closing.
    bool confirmClose();
    /// Keeps the project's record of a job (state, result folder) in step with the job.
    void updateProjectJob(const QString& id);
    // main_window_results.cpp
    /// The project's results in the study tree, their out-of-date marking (also in the Jobs
    /// dock) and opening a result from the Jobs dock.
    void createResults();
    // main_window_result_folder.cpp
    /// Opens the result folders among `paths` on their own and removes them from it.
    bool openResultFolders(QStringList& paths);
    void openResultFolder(const QString& dir);
    /// File › Export Image….
    void createExportImage();
    void retranslateExportImage();
    // main_window_probes.cpp: the Probes dock and the probes kept in the project.
    void createProbes();

    Document m_document;
    AssemblyTreeModel* m_treeModel = nullptr;
    QTreeView* m_tree = nullptr;
    ViewportWidget* m_viewport = nullptr;
    PropertiesPanel* m_properties = nullptr;
    QDockWidget* m_treeDock = nullptr;
    QDockWidget* m_propertiesDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    JobController* m_jobController = nullptr;
    ResultDisplay* m_resultDisplay = nullptr;
    LiveResults* m_liveResults = nullptr;
    JobsDock* m_jobsDock = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_stageLabel = nullptr;
    QToolButton* m_cancelButton = nullptr;

    std::deque<PendingImport> m_queue;
    ImportJob* m_job = nullptr;
    OpenMode m_jobMode = OpenMode::Replace;
    QString m_lastError;
    bool m_syncingSelection = false;
    FaceSelection* m_faceSelection = nullptr;
    QAction* m_exportImage = nullptr;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
    struct Menus;
    std::unique_ptr<Menus> m_menus;
    struct StudyUi;
    std::unique_ptr<StudyUi> m_study;
};

} // namespace wb::app
