// Supports and loads drawn over the model (condition_glyph_layer.h) and what lies under a pixel.
#include "scene_renderer_impl.h"

namespace wb::render {

void SceneRenderer::setConditionGlyphs(std::vector<ConditionGlyph> glyphs) {
    m_impl->glyphs.setGlyphs(std::move(glyphs));
    m_impl->tintsDirty = true;
}

int SceneRenderer::conditionGlyphAt(QPoint logicalPos) {
    Impl& d = *m_impl;
    if (!d.ready() || !d.assembly || d.glyphs.glyphs().empty()) return -1;
    d.syncGpu();
    const int arrow =
        d.glyphs.arrowAt(d.glyphScene(), d.glyphView(), QPointF(logicalPos) + QPointF(0.5, 0.5));
    if (arrow >= 0) return arrow;
    const PickResult hit = pick(logicalPos);
    if (!hit.hit()) return -1;
    const int face = hit.face >= 0 ? d.glyphs.faceOwner({hit.node, hit.face}) : -1;
    return face >= 0 ? face : d.glyphs.boxOwner(hit.point);
}

GlyphScene SceneRenderer::Impl::glyphScene() const {
    return {assembly.get(), &instances, &nodeInstance, &instanceHidden};
}

GlyphView SceneRenderer::Impl::glyphView() const {
    return {camera.view(), camera.projection(aspect()), pixelSize, devicePixelRatio};
}

} // namespace wb::render
