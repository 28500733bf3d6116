#pragma once
/// The Study dock: the study tree, the property editor of the selected item and the list of
/// problems that keep the study from running. GUI thread only.

#include "study_editor.h"

#include <QDockWidget>

#include <functional>

class QAction;
class QListWidget;
class QMenu;
class QToolButton;
class QTreeView;

namespace wb::app {

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

    QTreeView* tree() const { return m_tree; }
    StudyTreeModel* model() const { return m_model; }
    StudyPropertyPanel* propertyPanel() const { return m_panel; }
    QListWidget* problemList() const { return m_problems; }
    StudyItemRef currentItem() const;
    void selectItem(StudyItemRef item);

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

    StudyEditor* m_editor;
    StudyTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    StudyPropertyPanel* m_panel = nullptr;
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
