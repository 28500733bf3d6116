#pragma once
/// The Study dock: the study tree, the property editor of the selected item (or the summary of
/// the selected result) and the list of problems that keep the study from running. GUI thread
/// only.

#include "study_editor.h"

#include <QDockWidget>

#include <QModelIndex>
#include <QSet>

#include <functional>

class QAction;
class QStackedWidget;
class QListWidget;
class QMenu;
class QToolButton;
class QTreeView;

namespace wb::app {

class ProjectResults;
class ResultSummaryView;
struct ResultEntry;
class StudyPropertyPanel;
class StudyTreeModel;

class StudyDock : public QDockWidget {
    Q_OBJECT
public:
    StudyDock(StudyEditor* editor, QWidget* parent = nullptr);

    /// Where new supports and loads take their faces from: the viewport's face selection.
    void setFaceSelectionProvider(std::function<std::vector<sim::FaceRef>()> provider);
    /// Where "Use selected parts" takes part paths from.
    void setPartSelectionProvider(std::function<std::vector<std::string>()> provider);
    void setServiceLabel(const QString& label);
    /// The project's results, shown in the tree's Results group (not owned).
    void setResults(ProjectResults* results);

    QTreeView* tree() const { return m_tree; }
    StudyTreeModel* model() const { return m_model; }
    StudyPropertyPanel* propertyPanel() const { return m_panel; }
    QListWidget* problemList() const { return m_problems; }
    StudyItemRef currentItem() const;
    void selectItem(StudyItemRef item);
    /// Selects the result of `jobId` in the tree and shows its summary; false when the project
    /// has no result of that job.
    bool selectResult(const QString& jobId);
    /// Shows a result's summary that is not the project's (no node is selected).
    void showResult(const ResultEntry& entry);
    ResultSummaryView* resultView() const { return m_resultView; }
    /// The job whose result is selected in the tree; empty when none.
    QString currentResult() const { return m_selectedResult; }

    /// Adds a support or load of `type` on the currently selected faces; returns its ref.
    StudyItemRef addCondition(StudyItemRef::Kind list, const std::string& type);
    void deleteCurrent();
    void duplicateCurrent();
    void renameCurrent();
    void toggleSuppressCurrent();

signals:
    /// The faces of `faces` should be shown selected in the viewport.
    void showFaces(const std::vector<sim::FaceRef>& faces);
    /// The user asks to choose a material for assignment `index`.
    void browseMaterialRequested(int index);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void rebuildAddMenus();
    void refreshProblems();
    void updateActions();
    void useSelectedFaces(StudyItemRef item);
    void useSelectedParts(int index);
    QString newName(const QString& base) const;
    void onCurrentChanged(const QModelIndex& current);
    void onResultsChanged();
    void expandTree();

    StudyEditor* m_editor;
    StudyTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    StudyPropertyPanel* m_panel = nullptr;
    ResultSummaryView* m_resultView = nullptr;
    QStackedWidget* m_pages = nullptr;
    ProjectResults* m_results = nullptr;
    QString m_selectedResult;    ///< the job of the selected result node
    QSet<QString> m_seenResults; ///< results the tree has shown (new ones open expanded)
    QSet<QString> m_openResults; ///< results expanded in the tree
    QListWidget* m_problems = nullptr;
    QMenu* m_supportMenu = nullptr;
    QMenu* m_loadMenu = nullptr;
    QToolButton* m_addSupport = nullptr;
    QToolButton* m_addLoad = nullptr;
    QAction* m_addMaterial = nullptr;
    QAction* m_addProbe = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_suppress = nullptr;
    std::function<std::vector<sim::FaceRef>()> m_faces;
    std::function<std::vector<std::string>()> m_parts;
    StudyItemRef m_selected;
};

} // namespace wb::app
