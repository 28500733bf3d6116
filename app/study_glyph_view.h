#pragma once
/// Draws the study's supports and loads in the viewport (render/study_glyphs.h), emphasises
/// the one selected in the Study dock, and names the one under the cursor in a tooltip.
/// GUI thread only.

#include "core/model/assembly.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace wb::app {

class StudyDock;
class StudyEditor;
class ViewportWidget;

class StudyGlyphView : public QObject {
    Q_OBJECT
public:
    /// The scene the viewport shows; its root's first child is the study's geometry file.
    using SceneProvider = std::function<std::shared_ptr<const core::Assembly>()>;

    /// Follows `editor` (every change, undo and redo included, and a new model, which sets
    /// the editor's model parts) and the current item of `dock`. None is owned.
    StudyGlyphView(StudyEditor* editor, StudyDock* dock, ViewportWidget* viewport,
                   SceneProvider scene, QObject* parent = nullptr);

    /// Draws the glyphs of the study as it is now.
    void refresh();
    /// The text naming the support or load of a glyph id: its name and translated type;
    /// empty for none.
    QString toolTip(int glyphId) const;

private:
    StudyEditor* m_editor;
    StudyDock* m_dock;
    ViewportWidget* m_viewport;
    SceneProvider m_scene;
};

} // namespace wb::app
