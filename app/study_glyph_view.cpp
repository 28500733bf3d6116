#include "study_glyph_view.h"

#include "study_dock.h"
#include "study_editor.h"
#include "study_text.h"
#include "study_tree_model.h"
#include "viewport_widget.h"

#include "render/study_glyphs.h"

#include <QItemSelectionModel>
#include <QTreeView>

namespace wb::app {

StudyGlyphView::StudyGlyphView(StudyEditor* editor, StudyDock* dock, ViewportWidget* viewport,
                               SceneProvider scene, QObject* parent)
    : QObject(parent), m_editor(editor), m_dock(dock), m_viewport(viewport),
      m_scene(std::move(scene)) {
    connect(editor, &StudyEditor::changed, this, &StudyGlyphView::refresh);
    connect(dock->tree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StudyGlyphView::refresh);
    viewport->setGlyphToolTipProvider([this](int id) { return toolTip(id); });
    refresh();
}

void StudyGlyphView::refresh() {
    const auto scene = m_scene ? m_scene() : nullptr;
    if (!scene || scene->node(0).children.empty()) {
        m_viewport->setConditionGlyphs({});
        return;
    }
    const int geometry = scene->node(0).children.front();
    const StudyItemRef current = m_dock->currentItem();
    int emphasised = -1;
    if (current.isListItem() && current.kind == StudyItemRef::Kind::Supports)
        emphasised = render::supportGlyphId(current.index);
    else if (current.isListItem() && current.kind == StudyItemRef::Kind::Loads)
        emphasised = render::loadGlyphId(current.index);
    m_viewport->setConditionGlyphs(
        render::studyGlyphs(m_editor->study(), *scene, geometry, emphasised));
}

QString StudyGlyphView::toolTip(int glyphId) const {
    const render::StudyGlyphItem item = render::studyGlyphItem(glyphId);
    const auto& list = item.load ? m_editor->study().loads : m_editor->study().supports;
    if (item.index < 0 || item.index >= int(list.size())) return {};
    const sim::Condition& c = list[std::size_t(item.index)];
    const QString type = StudyText::conditionTypeName(c.type);
    if (c.name.empty()) return type;
    //: Tooltip over a support or load in the viewport: its name, then its type.
    return tr("%1 (%2)").arg(QString::fromStdString(c.name), type);
}

} // namespace wb::app
