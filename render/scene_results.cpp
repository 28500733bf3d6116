// Results on placed parts: per-vertex values coloured through a ColourScale (a 1D texture),
// per-vertex displacements times a deformation scale, and the undeformed ghost.
#include "scene_renderer_impl.h"

#include "scene_constants.h"

#include <cmath>

namespace wb::render {
namespace {

constexpr int kResultUnit = 2, kColourTableUnit = 3;
/// Values at or above this magnitude mean "no value" to the shader.
constexpr float kNoValue = 3.0e38f;
constexpr QVector4D kGhostColor{0.08f, 0.09f, 0.12f, 0.45f};

QVector3D rgb(QRgb c) {
    return QVector3D(float(qRed(c)), float(qGreen(c)), float(qBlue(c))) / 255.0f;
}

} // namespace

void SceneRenderer::setResultColours(int node, std::vector<float> perVertex) {
    if (perVertex.empty())
        m_impl->resultValues.erase(node);
    else
        m_impl->resultValues[node] = std::move(perVertex);
    m_impl->resultDirty = true;
}

void SceneRenderer::setColourScale(const ColourScale& scale) {
    m_impl->colourScale = scale;
    m_impl->colourTableDirty = true;
}

const ColourScale& SceneRenderer::colourScale() const {
    return m_impl->colourScale;
}

void SceneRenderer::setResultDisplacements(int node, std::vector<float> xyz) {
    if (xyz.empty())
        m_impl->resultDisplacements.erase(node);
    else
        m_impl->resultDisplacements[node] = std::move(xyz);
    m_impl->resultDirty = true;
}

void SceneRenderer::setDeformationScale(double scale) {
    m_impl->deformationScale = std::isfinite(scale) ? scale : 0.0;
}

double SceneRenderer::deformationScale() const {
    return m_impl->deformationScale;
}

void SceneRenderer::clearResult() {
    m_impl->resultValues.clear();
    m_impl->resultDisplacements.clear();
    m_impl->resultDirty = true;
}

bool SceneRenderer::hasResult() const {
    return !m_impl->resultValues.empty();
}

void SceneRenderer::Impl::destroyResults() {
    if (ready()) {
        gl->glDeleteTextures(1, &resultTexture);
        gl->glDeleteBuffers(1, &resultBuffer);
        gl->glDeleteTextures(1, &colourTable);
    }
    resultTexture = resultBuffer = colourTable = 0;
    hasDisplacements = false;
    resultDirty = colourTableDirty = true;
}

void SceneRenderer::Impl::uploadResults() {
    resultDirty = false;
    instancesDirty = true;
    instanceResults.assign(instances.size(), 0);
    instanceColoured.assign(instances.size(), 0);
    hasDisplacements = false;
    if (!assembly || !ready()) return;
    std::vector<float> texels; // value, dx, dy, dz per vertex
    const std::size_t limit = std::size_t(std::max(maxTextureBuffer, 0));
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const auto& mesh = assembly->parts()[instances[i].part].mesh;
        const std::size_t n = mesh ? mesh->vertexCount() : 0;
        const auto values = resultValues.find(instances[i].node);
        const auto moves = resultDisplacements.find(instances[i].node);
        const bool coloured = values != resultValues.end() && values->second.size() == n;
        const bool moved = moves != resultDisplacements.end() && moves->second.size() == 3 * n;
        const std::size_t start = texels.size() / 4;
        if (n == 0 || (!coloured && !moved) || start + n > limit) continue;
        texels.resize(texels.size() + 4 * n, 0.0f);
        float* out = texels.data() + 4 * start;
        for (std::size_t v = 0; v < n; ++v) {
            const float value = coloured ? values->second[v] : 0.0f;
            out[4 * v] = std::isfinite(value) ? value : kNoValue;
            if (!moved) continue;
            for (int c = 0; c < 3; ++c) {
                const float d = moves->second[3 * v + std::size_t(c)];
                out[4 * v + 1 + std::size_t(c)] = std::isfinite(d) ? d : 0.0f;
            }
        }
        instanceResults[i] = std::uint32_t(start + 1);
        instanceColoured[i] = coloured;
        hasDisplacements = hasDisplacements || moved;
    }
    if (texels.empty()) return;
    if (resultBuffer == 0) gl->glGenBuffers(1, &resultBuffer);
    gl->glBindBuffer(GL_TEXTURE_BUFFER, resultBuffer);
    gl->glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(texels.size() * sizeof(float)), texels.data(),
                     GL_DYNAMIC_DRAW);
    if (resultTexture == 0) {
        gl->glGenTextures(1, &resultTexture);
        gl->glBindTexture(GL_TEXTURE_BUFFER, resultTexture);
        gl->glTexBuffer(GL_TEXTURE_BUFFER, GL_RGBA32F, resultBuffer);
        gl->glBindTexture(GL_TEXTURE_BUFFER, 0);
    }
    gl->glBindBuffer(GL_TEXTURE_BUFFER, 0);
}

void SceneRenderer::Impl::bindResults(QOpenGLShaderProgram& program, bool colours,
                                      double deformation) {
    gl->glActiveTexture(GL_TEXTURE0 + kResultUnit);
    gl->glBindTexture(GL_TEXTURE_BUFFER, resultTexture);
    program.setUniformValue("uDeformationScale", hasDisplacements ? float(deformation) : 0.0f);
    if (colours) {
        if (colourTableDirty) {
            colourTableDirty = false;
            // A multiple of the bands, so that every band's texels are its colour alone.
            const int bands = std::max(colourScale.bands, 0);
            const int size = bands > 0 ? bands * std::max(2, (256 + bands - 1) / bands) : 256;
            const std::vector<QRgb> table = colourScale.table(size);
            if (colourTable == 0) gl->glGenTextures(1, &colourTable);
            gl->glActiveTexture(GL_TEXTURE0 + kColourTableUnit);
            gl->glBindTexture(GL_TEXTURE_1D, colourTable);
            gl->glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            gl->glTexImage1D(GL_TEXTURE_1D, 0, GL_RGBA8, GLsizei(table.size()), 0, GL_BGRA,
                             GL_UNSIGNED_BYTE, table.data());
            gl->glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            gl->glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            gl->glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        }
        gl->glActiveTexture(GL_TEXTURE0 + kColourTableUnit);
        gl->glBindTexture(GL_TEXTURE_1D, colourTable);
        program.setUniformValue("uScaleMin", float(colourScale.min));
        program.setUniformValue("uScaleMax", float(colourScale.max));
        program.setUniformValue("uBands", std::max(colourScale.bands, 0));
        program.setUniformValue("uBelowColor", rgb(colourScale.below));
        program.setUniformValue("uAboveColor", rgb(colourScale.above));
        program.setUniformValue("uInvalidColor", rgb(colourScale.invalid));
    }
    gl->glActiveTexture(GL_TEXTURE0);
}

void SceneRenderer::Impl::drawGhost(const QMatrix4x4& view, const QMatrix4x4& projection) {
    if (!deformed()) return;
    lineProgram->bind();
    lineProgram->setUniformValue("uView", view);
    lineProgram->setUniformValue("uProjection", projection);
    lineProgram->setUniformValue("uLineColor", kGhostColor);
    lineProgram->setUniformValue("uSelectionColor", scene::kSelectionColor);
    lineProgram->setUniformValue("uUseInstanceColor", false);
    bindResults(*lineProgram, false, 0.0);
    // Seen through the deformed shape: faint, blended, without depth test.
    gl->glDisable(GL_DEPTH_TEST);
    gl->glEnable(GL_BLEND);
    gl->glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    for (const GpuPart& part : parts)
        part.drawFeatureEdges(gl);
    gl->glDisable(GL_BLEND);
    gl->glEnable(GL_DEPTH_TEST);
}

} // namespace wb::render
