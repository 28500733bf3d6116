// Faces of placed parts: colours laid over them (a texture buffer of one texel per face of
// each tinted instance) and the faces seen inside a rectangle of the view.
#include "scene_renderer_impl.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace wb::render {

void SceneRenderer::setFaceTints(std::vector<FaceTint> tints) {
    m_impl->faceTints = std::move(tints);
    m_impl->tintsDirty = true;
}

void SceneRenderer::Impl::destroyFaceTints() {
    if (ready()) {
        gl->glDeleteTextures(1, &tintTexture);
        gl->glDeleteBuffers(1, &tintBuffer);
    }
    tintTexture = tintBuffer = 0;
    hasTints = false;
    tintsDirty = true;
}

void SceneRenderer::Impl::uploadFaceTints() {
    tintsDirty = false;
    instancesDirty = true;
    instanceTints.assign(instances.size(), 0);
    hasTints = false;
    if (!assembly || !ready()) return;
    // The glyphs' tints first: the stable sort keeps them under the explicit ones.
    std::vector<FaceTint> sorted;
    glyphs.appendTints(sorted);
    sorted.insert(sorted.end(), faceTints.begin(), faceTints.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const FaceTint& a, const FaceTint& b) {
        return a.face.node < b.face.node;
    });
    std::vector<std::uint32_t> texels; // RGBA8
    const int nodeCount = int(nodeInstance.size());
    for (std::size_t i = 0; i < sorted.size();) {
        const int node = sorted[i].face.node;
        std::size_t end = i;
        while (end < sorted.size() && sorted[end].face.node == node)
            ++end;
        const int instance = node >= 0 && node < nodeCount ? nodeInstance[node] : -1;
        const auto& mesh =
            instance >= 0 ? assembly->parts()[instances[instance].part].mesh : nullptr;
        const std::size_t faces = mesh ? std::size_t(std::max(mesh->faceCount, 0)) : 0;
        const std::size_t start = texels.size();
        if (faces > 0 && start + faces <= std::size_t(std::max(maxTextureBuffer, 0))) {
            texels.resize(start + faces, 0);
            for (std::size_t k = i; k < end; ++k) {
                const int face = sorted[k].face.face;
                if (face < 0 || std::size_t(face) >= faces) continue;
                const QRgb c = sorted[k].color;
                const std::uint8_t rgba[4] = {std::uint8_t(qRed(c)), std::uint8_t(qGreen(c)),
                                              std::uint8_t(qBlue(c)), std::uint8_t(qAlpha(c))};
                std::memcpy(&texels[start + std::size_t(face)], rgba, 4);
            }
            instanceTints[instance] = std::uint32_t(start + 1);
        }
        i = end;
    }
    if (texels.empty()) return;
    if (tintBuffer == 0) gl->glGenBuffers(1, &tintBuffer);
    gl->glBindBuffer(GL_TEXTURE_BUFFER, tintBuffer);
    gl->glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(texels.size() * sizeof(std::uint32_t)),
                     texels.data(), GL_DYNAMIC_DRAW);
    if (tintTexture == 0) {
        gl->glGenTextures(1, &tintTexture);
        gl->glBindTexture(GL_TEXTURE_BUFFER, tintTexture);
        gl->glTexBuffer(GL_TEXTURE_BUFFER, GL_RGBA8, tintBuffer);
        gl->glBindTexture(GL_TEXTURE_BUFFER, 0);
    }
    gl->glBindBuffer(GL_TEXTURE_BUFFER, 0);
    hasTints = true;
}

std::vector<core::NodeFace> SceneRenderer::pickRect(QRect logicalRect) {
    Impl& d = *m_impl;
    std::vector<core::NodeFace> faces;
    if (!d.ready() || !d.assembly) return faces;
    d.syncGpu();
    // Device pixels covered by the logical rectangle, flipped to GL's bottom-up rows.
    const QRect r = logicalRect.normalized();
    const double dpr = d.devicePixelRatio;
    const int x0 = int(std::floor(r.left() * dpr)), x1 = int(std::floor((r.right() + 1) * dpr));
    const int y0 = int(std::floor(r.top() * dpr)), y1 = int(std::floor((r.bottom() + 1) * dpr));
    const int height = d.pixelSize.height();
    const QRect area = QRect(QPoint(x0, height - y1), QPoint(x1 - 1, height - 1 - y0))
                           .intersected(QRect(QPoint(0, 0), d.pixelSize));
    if (area.isEmpty() || !d.pickBuffer.ensureSize(d.gl, d.pixelSize)) return faces;
    GLint previous = 0;
    d.gl->glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    d.pickBuffer.begin(d.gl, area);
    d.drawIdPass();
    const auto ids = d.pickBuffer.readIds(d.gl, area);
    d.pickBuffer.end(d.gl, GLuint(previous));
    d.gl->glDisable(GL_DEPTH_TEST);
    d.gl->glBindVertexArray(0);
    d.gl->glUseProgram(0);
    // Neighbouring pixels mostly repeat a face: drop the repeats before sorting.
    std::array<std::uint32_t, 2> last{0, 0};
    for (const auto& id : ids) {
        if (id == last) continue;
        last = id;
        if (id[0] == 0 || id[0] > d.instances.size() || id[1] == 0) continue;
        faces.push_back({d.instances[id[0] - 1].node, int(id[1]) - 1});
    }
    std::sort(faces.begin(), faces.end());
    faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
    return faces;
}

} // namespace wb::render
