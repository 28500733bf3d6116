#include "axis_triad.h"

#include <QOpenGLShaderProgram>

#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace wb::render {
namespace {

constexpr int kSegments = 20;
constexpr float kShaftRadius = 0.045f, kShaftLength = 0.70f, kHeadRadius = 0.11f;
constexpr float kLabelDistance = 1.22f, kLabelSize = 0.11f, kOrthoExtent = 1.35f;

/// An arrow along +X from the origin to x = 1: a capped cylinder and a cone.
core::Mesh arrowMesh() {
    core::Mesh m;
    auto vertex = [&](float x, float y, float z, float nx, float ny, float nz) {
        m.positions.insert(m.positions.end(), {x, y, z});
        m.normals.insert(m.normals.end(), {nx, ny, nz});
        return static_cast<std::uint32_t>(m.vertexCount() - 1);
    };
    const float coneSlope = kHeadRadius / (1.0f - kShaftLength);
    const float coneNormalLength = std::sqrt(1.0f + coneSlope * coneSlope);
    const auto disk = vertex(kShaftLength, 0, 0, -1, 0, 0);
    const auto back = vertex(0, 0, 0, -1, 0, 0);
    for (int i = 0; i < kSegments; ++i) {
        std::array<std::uint32_t, 6> ring[2];
        for (int k = 0; k < 2; ++k) {
            const float a = 2.0f * std::numbers::pi_v<float> * float(i + k) / kSegments;
            const float c = std::cos(a), s = std::sin(a);
            ring[k] = {vertex(0, kShaftRadius * c, kShaftRadius * s, 0, c, s),
                       vertex(kShaftLength, kShaftRadius * c, kShaftRadius * s, 0, c, s),
                       vertex(kShaftLength, kHeadRadius * c, kHeadRadius * s,
                              coneSlope / coneNormalLength, c / coneNormalLength,
                              s / coneNormalLength),
                       vertex(1.0f, 0, 0, coneSlope / coneNormalLength, c / coneNormalLength,
                              s / coneNormalLength),
                       vertex(kShaftLength, kHeadRadius * c, kHeadRadius * s, -1, 0, 0),
                       vertex(0, kShaftRadius * c, kShaftRadius * s, -1, 0, 0)};
        }
        m.indices.insert(m.indices.end(),
                         {ring[0][0], ring[1][0], ring[1][1], ring[0][0], ring[1][1], ring[0][1],
                          ring[0][2], ring[1][2], ring[0][3], disk, ring[1][4], ring[0][4], back,
                          ring[0][5], ring[1][5]});
    }
    return m;
}

/// Stroke glyphs in [-1, 1]^2 as line-segment endpoint pairs.
const std::vector<std::array<float, 2>>& glyph(int axis) {
    static const std::vector<std::array<float, 2>> kGlyphs[3] = {
        {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}},
        {{-1, 1}, {0, 0}, {1, 1}, {0, 0}, {0, 0}, {0, -1}},
        {{-1, 1}, {1, 1}, {1, 1}, {-1, -1}, {-1, -1}, {1, -1}},
    };
    return kGlyphs[axis];
}

} // namespace

void AxisTriad::initialize(GlFunctions* gl) {
    m_arrows.upload(gl, arrowMesh(), {}, {}, 0);
    // X red, Y green, Z blue; each arrow is the +X arrow rotated onto its axis.
    const float rotations[3][16] = {{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1},
                                    {0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1},
                                    {0, 0, 1, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 0, 1}};
    const std::uint8_t colors[3][4] = {{214, 58, 48, 255}, {74, 170, 64, 255}, {52, 104, 216, 255}};
    std::vector<InstanceData> instances(3);
    for (int i = 0; i < 3; ++i) {
        std::copy(std::begin(rotations[i]), std::end(rotations[i]), instances[i].model);
        std::copy(std::begin(colors[i]), std::end(colors[i]), instances[i].color);
        instances[i].pickId = 0;
        instances[i].flags = 0;
        instances[i].tintOffset = 0;
    }
    m_arrows.setInstances(gl, instances);

    gl->glGenVertexArrays(1, &m_labelVao);
    gl->glGenBuffers(1, &m_labelBuffer);
    gl->glBindVertexArray(m_labelVao);
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_labelBuffer);
    gl->glEnableVertexAttribArray(0);
    gl->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    gl->glBindVertexArray(0);
    gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void AxisTriad::destroy(GlFunctions* gl) {
    m_arrows.destroy(gl);
    gl->glDeleteVertexArrays(1, &m_labelVao);
    gl->glDeleteBuffers(1, &m_labelBuffer);
    m_labelVao = m_labelBuffer = 0;
}

void AxisTriad::draw(GlFunctions* gl, QOpenGLShaderProgram& meshProgram,
                     QOpenGLShaderProgram& overlayProgram, const QMatrix4x4& cameraView,
                     const QRect& viewport) {
    if (m_labelVao == 0) return;
    QMatrix4x4 view = cameraView;
    view.setColumn(3, {0, 0, -5, 1});
    QMatrix4x4 projection;
    projection.ortho(-kOrthoExtent, kOrthoExtent, -kOrthoExtent, kOrthoExtent, 1, 10);

    gl->glViewport(viewport.x(), viewport.y(), viewport.width(), viewport.height());
    gl->glEnable(GL_SCISSOR_TEST);
    gl->glScissor(viewport.x(), viewport.y(), viewport.width(), viewport.height());
    gl->glClear(GL_DEPTH_BUFFER_BIT);
    gl->glDisable(GL_SCISSOR_TEST);

    meshProgram.bind();
    meshProgram.setUniformValue("uView", view);
    meshProgram.setUniformValue("uProjection", projection);
    meshProgram.setUniformValue("uSelectionColor", QVector3D());
    m_arrows.drawTriangles(gl);

    std::vector<float> lines;
    const QVector3D colors[3] = {{0.85f, 0.2f, 0.18f}, {0.2f, 0.6f, 0.2f}, {0.2f, 0.38f, 0.85f}};
    overlayProgram.bind();
    gl->glBindVertexArray(m_labelVao);
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_labelBuffer);
    for (int axis = 0; axis < 3; ++axis) {
        QVector3D tip;
        tip[axis] = kLabelDistance;
        const QVector3D ndc = projection.map(view.map(tip));
        lines.clear();
        for (const auto& p : glyph(axis)) {
            lines.push_back(ndc.x() + p[0] * kLabelSize * 0.75f);
            lines.push_back(ndc.y() + p[1] * kLabelSize);
        }
        gl->glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(lines.size() * sizeof(float)),
                         lines.data(), GL_STREAM_DRAW);
        overlayProgram.setUniformValue("uColor", colors[axis]);
        gl->glDrawArrays(GL_LINES, 0, static_cast<GLsizei>(lines.size() / 2));
    }
    gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
    gl->glBindVertexArray(0);
}

} // namespace wb::render
