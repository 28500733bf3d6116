#pragma once
/// The property editor below the study tree: edits the selected item through undo commands.
/// Values are typed in the user's locale and unit system (QuantityEditor). GUI thread only.

#include "study_editor.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QUndoCommand;
class QVBoxLayout;

namespace wb::app {

class StudyPropertyPanel : public QWidget {
    Q_OBJECT
public:
    explicit StudyPropertyPanel(StudyEditor* editor, QWidget* parent = nullptr);

    /// Shows `item` (a group or a list item).
    void showItem(StudyItemRef item);
    StudyItemRef item() const { return m_item; }

signals:
    /// The user asks to apply the faces selected in the viewport to `item`.
    void useSelectedFacesRequested(StudyItemRef item);
    /// The user asks to see `item`'s faces selected in the viewport.
    void showFacesRequested(StudyItemRef item);
    /// The user asks to set a material assignment's parts to the parts selected in the tree.
    void useSelectedPartsRequested(int materialIndex);
    /// The user asks to choose a material from the library for an assignment.
    void browseMaterialRequested(int materialIndex);

protected:
    void changeEvent(QEvent* e) override;

private:
    void rebuild();
    void refreshValues();
    void buildAnalysis();
    void buildCondition();
    void buildMaterial();
    void buildMesh();
    void buildProbe();
    void buildGroupHint();
    void push(QUndoCommand* command);
    /// A key that changes when the widgets must be built anew (not when only values change).
    QString structureKey() const;

    StudyEditor* m_editor;
    StudyItemRef m_item;
    QString m_key;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_content = nullptr;
    QFormLayout* m_form = nullptr;
    /// Refreshes the editors' values from the study (skipping the one being typed in).
    std::vector<std::function<void()>> m_refreshers;
    double m_estimateVoxelSize = 0; ///< m; what the resolution control gives, for "exact"
};

} // namespace wb::app
