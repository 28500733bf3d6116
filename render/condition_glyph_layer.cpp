// Drawing the symbols of supports and loads: hatching over faces (stripes in screen space),
// arrows of a constant size on screen (built in the vertex shader) and box outlines.
#include "condition_glyph_layer.h"

#include "condition_glyph_style.h"
#include "shaders.h"

#include <cstddef>
#include <utility>

namespace wb::render {
namespace {

using namespace glyph_style;

/// Per vertex of the arrow template: along = x * headStart + y, across = z * shaft half-width
/// + w * head half-width (relative to the arrow's length). Per instance: ArrowInstance.
const char* const kArrowVertex = R"(#version 330 core
layout(location = 0) in vec4 aShape;
layout(location = 1) in vec3 aAnchor;
layout(location = 2) in vec3 aDirection;
layout(location = 3) in vec3 aNormal;
layout(location = 4) in vec4 aSize; // length (logical px), tip at anchor, head start, head half
layout(location = 5) in float aShaftHalf;
layout(location = 6) in vec4 aColor;

uniform mat4 uView;
uniform mat4 uProjection;
uniform float uLogicalHeight;
uniform float uLift; // logical px

flat out vec4 vColor;

void main() {
    vec4 anchor = uView * vec4(aAnchor, 1.0);
    vec4 clip = uProjection * anchor;
    // The length of one logical pixel at the anchor's depth: arrows keep their size on screen.
    float unitsPerPixel = 2.0 * max(clip.w, 1e-20) / (uProjection[1][1] * uLogicalHeight);
    vec3 d = normalize(mat3(uView) * aDirection);
    vec3 n = mat3(uView) * aNormal;
    vec3 toEye = uProjection[2][3] != 0.0 ? normalize(-anchor.xyz) : vec3(0.0, 0.0, 1.0);
    vec3 side = cross(d, toEye);
    if (length(side) < 1e-4) side = cross(d, vec3(0.0, 1.0, 0.0));
    if (length(side) < 1e-4) side = vec3(1.0, 0.0, 0.0);
    side = normalize(side);
    float len = aSize.x * unitsPerPixel;
    vec3 start = anchor.xyz + n * (uLift * unitsPerPixel) - d * (len * aSize.y);
    float along = aShape.x * aSize.z + aShape.y;
    float across = aShape.z * aShaftHalf + aShape.w * aSize.w;
    gl_Position = uProjection * vec4(start + d * (along * len) + side * (across * len), 1.0);
    vColor = aColor;
}
)";

const char* const kArrowFragment = R"(#version 330 core
flat in vec4 vColor;
out vec4 fragColor;
void main() { fragColor = vColor; }
)";

/// Faces (part coordinates, placed by uModel) and lines in one flat colour; with a period,
/// only diagonal stripes of it in window space.
const char* const kFlatVertex = R"(#version 330 core
layout(location = 0) in vec3 aPosition;
uniform mat4 uModel;
uniform mat4 uView;
uniform mat4 uProjection;
void main() {
    vec4 viewPosition = uView * (uModel * vec4(aPosition, 1.0));
    gl_Position = uProjection * viewPosition;
}
)";

const char* const kFlatFragment = R"(#version 330 core
uniform vec3 uColor;
uniform float uPeriod; // device pixels; 0: solid
uniform float uFraction;
out vec4 fragColor;
void main() {
    if (uPeriod > 0.0 && mod(gl_FragCoord.x + gl_FragCoord.y, uPeriod) >= uPeriod * uFraction)
        discard;
    fragColor = vec4(uColor, 1.0);
}
)";

QVector3D rgb(QRgb c) {
    return {qRed(c) / 255.0f, qGreen(c) / 255.0f, qBlue(c) / 255.0f};
}

QMatrix4x4 toMatrix(const core::Transform& t) {
    QMatrix4x4 m;
    for (int k = 0; k < 16; ++k)
        m.data()[k] = float(t.m[std::size_t(k)]);
    return m;
}

} // namespace

bool ConditionGlyphLayer::initialize(GlFunctions* gl, QString* log) {
    m_arrowProgram = shaders::buildProgram(kArrowVertex, kArrowFragment, log);
    if (m_arrowProgram) m_flatProgram = shaders::buildProgram(kFlatVertex, kFlatFragment, log);
    if (!m_flatProgram) {
        m_arrowProgram.reset();
        return false;
    }
    // The arrow: a shaft of two triangles and a head.
    const float shape[9][4] = {{0, 0, -1, 0}, {1, 0, -1, 0}, {1, 0, 1, 0},
                               {0, 0, -1, 0}, {1, 0, 1, 0},  {0, 0, 1, 0},
                               {1, 0, 0, -1}, {0, 1, 0, 0},  {1, 0, 0, 1}};
    gl->glGenVertexArrays(1, &m_arrowVao);
    gl->glGenBuffers(1, &m_templateBuffer);
    gl->glGenBuffers(1, &m_arrowBuffer);
    gl->glBindVertexArray(m_arrowVao);
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_templateBuffer);
    gl->glBufferData(GL_ARRAY_BUFFER, sizeof(shape), shape, GL_STATIC_DRAW);
    gl->glEnableVertexAttribArray(0);
    gl->glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, 0, nullptr);
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_arrowBuffer);
    constexpr GLsizei stride = sizeof(ArrowInstance);
    const struct {
        GLuint location;
        GLint size;
        GLenum type;
        GLboolean normalize;
        std::size_t offset;
    } attributes[] = {{1, 3, GL_FLOAT, GL_FALSE, offsetof(ArrowInstance, anchor)},
                      {2, 3, GL_FLOAT, GL_FALSE, offsetof(ArrowInstance, direction)},
                      {3, 3, GL_FLOAT, GL_FALSE, offsetof(ArrowInstance, normal)},
                      {4, 4, GL_FLOAT, GL_FALSE, offsetof(ArrowInstance, size)},
                      {5, 1, GL_FLOAT, GL_FALSE, offsetof(ArrowInstance, shaftHalf)},
                      {6, 4, GL_UNSIGNED_BYTE, GL_TRUE, offsetof(ArrowInstance, color)}};
    for (const auto& a : attributes) {
        gl->glEnableVertexAttribArray(a.location);
        gl->glVertexAttribPointer(a.location, a.size, a.type, a.normalize, stride,
                                  bufferOffset(a.offset));
        gl->glVertexAttribDivisor(a.location, 1);
    }
    for (auto [vao, buffer] :
         {std::pair{&m_faceVao, &m_faceBuffer}, std::pair{&m_boxVao, &m_boxBuffer}}) {
        gl->glGenVertexArrays(1, vao);
        gl->glGenBuffers(1, buffer);
        gl->glBindVertexArray(*vao);
        gl->glBindBuffer(GL_ARRAY_BUFFER, *buffer);
        gl->glEnableVertexAttribArray(0);
        gl->glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
    }
    gl->glBindVertexArray(0);
    gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_uploaded = false;
    return true;
}

void ConditionGlyphLayer::destroy(GlFunctions* gl) {
    for (GLuint* vao : {&m_arrowVao, &m_faceVao, &m_boxVao}) {
        gl->glDeleteVertexArrays(1, vao);
        *vao = 0;
    }
    for (GLuint* buffer : {&m_templateBuffer, &m_arrowBuffer, &m_faceBuffer, &m_boxBuffer}) {
        gl->glDeleteBuffers(1, buffer);
        *buffer = 0;
    }
    m_arrowProgram.reset();
    m_flatProgram.reset();
    m_uploaded = false;
}

void ConditionGlyphLayer::upload(GlFunctions* gl, const GlyphScene& scene) {
    m_uploaded = true;
    // Arrows on hidden instances are left out.
    m_uploadedHidden = scene.instanceHidden ? *scene.instanceHidden : std::vector<char>{};
    std::vector<ArrowInstance> shown;
    shown.reserve(m_arrows.size());
    for (std::size_t i = 0; i < m_arrows.size(); ++i) {
        const auto instance = std::size_t(m_arrowInstance[i]);
        if (instance < m_uploadedHidden.size() && m_uploadedHidden[instance]) continue;
        shown.push_back(m_arrows[i]);
    }
    m_uploadedArrows = int(shown.size());
    const auto send = [&](GLuint buffer, const void* data, std::size_t bytes) {
        gl->glBindBuffer(GL_ARRAY_BUFFER, buffer);
        gl->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(bytes), bytes ? data : nullptr,
                         GL_DYNAMIC_DRAW);
    };
    send(m_arrowBuffer, shown.data(), shown.size() * sizeof(ArrowInstance));
    send(m_faceBuffer, m_facePositions.data(), m_facePositions.size() * sizeof(float));
    send(m_boxBuffer, m_boxPositions.data(), m_boxPositions.size() * sizeof(float));
    gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void ConditionGlyphLayer::draw(GlFunctions* gl, const GlyphScene& scene, const GlyphView& v) {
    if (m_glyphs.empty() || !m_flatProgram || !scene.assembly) return;
    if (!m_built) build(scene);
    if (!m_uploaded || (scene.instanceHidden && *scene.instanceHidden != m_uploadedHidden))
        upload(gl, scene);
    const auto hidden = [&](int instance) {
        return scene.instanceHidden && std::size_t(instance) < scene.instanceHidden->size() &&
               (*scene.instanceHidden)[std::size_t(instance)];
    };
    gl->glEnable(GL_DEPTH_TEST);
    gl->glDepthFunc(GL_LEQUAL);
    gl->glDisable(GL_BLEND);

    // Stripes on the faces: just in front of the faces (drawn with a polygon offset), without
    // writing depth, so that edges and arrows still show.
    m_flatProgram->bind();
    m_flatProgram->setUniformValue("uView", v.view);
    m_flatProgram->setUniformValue("uProjection", v.projection);
    if (!m_faceBatches.empty()) {
        gl->glDepthMask(GL_FALSE);
        gl->glEnable(GL_POLYGON_OFFSET_FILL);
        gl->glPolygonOffset(-1.0f, -1.0f);
        m_flatProgram->setUniformValue("uPeriod", float(kHatchPeriod * v.devicePixelRatio));
        gl->glBindVertexArray(m_faceVao);
        for (const FaceBatch& b : m_faceBatches) {
            if (hidden(b.instance)) continue;
            const ConditionGlyph& g = m_glyphs[std::size_t(b.glyph)];
            m_flatProgram->setUniformValue(
                "uModel", toMatrix((*scene.instances)[std::size_t(b.instance)].world));
            m_flatProgram->setUniformValue("uColor", rgb(g.color));
            m_flatProgram->setUniformValue("uFraction",
                                           g.emphasised ? kEmphasisHatchFraction : kHatchFraction);
            gl->glDrawArrays(GL_TRIANGLES, b.first, b.count);
        }
        gl->glDisable(GL_POLYGON_OFFSET_FILL);
        gl->glDepthMask(GL_TRUE);
    }
    // Arrows and boxes may reach beyond the scene's depth range: clamped, not clipped.
    gl->glEnable(GL_DEPTH_CLAMP);
    // Box outlines over everything: a box reaches into the body it selects faces of.
    if (!m_boxLines.empty()) {
        gl->glDisable(GL_DEPTH_TEST);
        m_flatProgram->setUniformValue("uModel", QMatrix4x4());
        m_flatProgram->setUniformValue("uPeriod", 0.0f);
        gl->glBindVertexArray(m_boxVao);
        for (const BoxLines& l : m_boxLines) {
            m_flatProgram->setUniformValue("uColor", rgb(m_glyphs[std::size_t(l.glyph)].color));
            gl->glDrawArrays(GL_LINES, l.first, l.count);
        }
        gl->glEnable(GL_DEPTH_TEST);
    }
    if (m_uploadedArrows > 0) {
        m_arrowProgram->bind();
        m_arrowProgram->setUniformValue("uView", v.view);
        m_arrowProgram->setUniformValue("uProjection", v.projection);
        m_arrowProgram->setUniformValue("uLogicalHeight",
                                        float(v.pixelSize.height() / v.devicePixelRatio));
        m_arrowProgram->setUniformValue("uLift", kLiftPixels);
        gl->glBindVertexArray(m_arrowVao);
        gl->glDrawArraysInstanced(GL_TRIANGLES, 0, 9, m_uploadedArrows);
    }
    gl->glDisable(GL_DEPTH_CLAMP);
    gl->glBindVertexArray(0);
}

} // namespace wb::render
