// The parts of a frame besides the model: the background gradient, and where the model and the
// axis triad fall on the target (for offscreen read-back).
#include "scene_renderer_impl.h"

#include "scene_constants.h"

#include <algorithm>
#include <cmath>

namespace wb::render {

using namespace scene;

QRgb SceneRenderer::backgroundAt(int y, int height) {
    // The background shader: smoothstep over the height, bottom to top, at pixel centres.
    const double h = height > 0 ? (double(height - 1 - y) + 0.5) / double(height) : 0.5;
    const double t = h * h * (3.0 - 2.0 * h);
    const QVector3D c = kBackgroundBottom + (kBackgroundTop - kBackgroundBottom) * float(t);
    const auto byte = [](float v) { return int(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return qRgb(byte(c.x()), byte(c.y()), byte(c.z()));
}

void SceneRenderer::setDrawBackground(bool draw) {
    m_impl->drawBackgroundPass = draw;
}

std::vector<QRect> SceneRenderer::contentRects() const {
    return m_impl->contentRects(m_impl->lastViewProjection);
}

std::vector<QRect> SceneRenderer::Impl::contentRects(const QMatrix4x4& viewProjection) const {
    const QRect full(QPoint(0, 0), pixelSize);
    if (deformed()) return {full}; // displaced vertices may leave the parts' boxes
    // Every vertex of small scenes (exact), the corners of each part's box for big ones.
    std::size_t vertices = 0;
    for (std::size_t i = 0; i < instances.size(); ++i)
        if (i < instanceHidden.size() && !instanceHidden[i])
            if (const auto& mesh = assembly->parts()[instances[i].part].mesh)
                vertices += mesh->vertexCount();
    const bool exact = vertices <= kExactContentVertices;
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    bool behind = false;
    const auto add = [&](const QMatrix4x4& m, float x, float y, float z) {
        const QVector4D clip = m.map(QVector4D(x, y, z, 1.0f));
        if (!(clip.w() > 1e-6f)) {
            behind = true;
            return;
        }
        // Kept within a little more than the target: points just in front of the eye would
        // land far outside any int.
        const double w = pixelSize.width(), h = pixelSize.height();
        const double px =
            std::clamp((double(clip.x()) / clip.w() * 0.5 + 0.5) * w, -1.0 - w, 2.0 * w);
        const double py =
            std::clamp((double(clip.y()) / clip.w() * 0.5 + 0.5) * h, -1.0 - h, 2.0 * h);
        x0 = std::min(x0, px), x1 = std::max(x1, px), y0 = std::min(y0, py), y1 = std::max(y1, py);
    };
    for (std::size_t i = 0; i < instances.size() && !behind; ++i) {
        if (i >= instanceHidden.size() || instanceHidden[i]) continue;
        const auto& mesh = assembly->parts()[instances[i].part].mesh;
        if (!mesh || mesh->vertexCount() == 0) continue;
        QMatrix4x4 world;
        for (int k = 0; k < 16; ++k)
            world.data()[k] = float(instances[i].world.m[k]);
        const QMatrix4x4 m = viewProjection * world;
        if (exact) {
            for (std::size_t v = 0; v < mesh->vertexCount(); ++v)
                add(m, mesh->positions[3 * v], mesh->positions[3 * v + 1],
                    mesh->positions[3 * v + 2]);
        } else {
            const core::BBox box = mesh->bbox();
            for (int c = 0; c < 8; ++c)
                add(m, float(c & 1 ? box.max.x : box.min.x), float(c & 2 ? box.max.y : box.min.y),
                    float(c & 4 ? box.max.z : box.min.z));
        }
    }
    if (behind || !std::isfinite(x0) || !std::isfinite(x1) || !std::isfinite(y0) ||
        !std::isfinite(y1))
        return {full};
    QRect content;
    if (x1 >= x0) {
        // Arrows of supports and loads stand out of the model by up to their length.
        const int margin =
            kContentMargin + int(std::ceil(glyphs.screenMargin() * devicePixelRatio));
        content = QRect(QPoint(int(std::floor(x0)) - margin, int(std::floor(y0)) - margin),
                        QPoint(int(std::ceil(x1)) + margin, int(std::ceil(y1)) + margin));
    }
    // Lines at the border of the triad's viewport may touch the pixels beside it.
    const QRect triadRect =
        triadViewport().adjusted(-kContentMargin, -kContentMargin, kContentMargin, kContentMargin);
    content &= full;
    // One rectangle around both where that costs little more than two, else the two.
    const QRect both = content | triadRect;
    const auto area = [](const QRect& r) { return qint64(r.width()) * r.height(); };
    if (content.isEmpty() || area(both) <= area(content) + 2 * area(triadRect))
        return {both & full};
    return {content, triadRect & full};
}

} // namespace wb::render
