#include "gpu_part.h"

#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>

#include <cstddef>
#include <vector>

namespace wb::render {
namespace {

constexpr GLuint kPosition = 0, kNormal = 1, kModel = 2, kColor = 6, kPickId = 7, kFlags = 8,
                 kTintOffset = 9, kResultOffset = 10, kFaceColor = kFaceColorAttribute;

/// Per vertex: the colour of its face (Mesh::faceColors), 0 for none; empty when no face of
/// the mesh has a colour. A B-rep mesh's faces share no vertices; where a mesh's faces do, the
/// vertex takes the colour of the last face that uses it.
std::vector<std::uint32_t> vertexFaceColours(const core::Mesh& mesh) {
    std::vector<std::uint32_t> colours;
    if (mesh.faceColors.empty() || mesh.faceIds.size() != mesh.triangleCount()) return colours;
    colours.assign(mesh.vertexCount(), 0);
    bool any = false;
    for (std::size_t t = 0; t < mesh.faceIds.size(); ++t) {
        const std::uint32_t c = mesh.faceColor(mesh.faceIds[t]);
        if (c == 0) continue;
        any = true;
        for (std::size_t k = 0; k < 3; ++k)
            if (const std::uint32_t v = mesh.indices[3 * t + k]; v < colours.size()) colours[v] = c;
    }
    if (!any) colours.clear();
    return colours;
}

} // namespace

void setNoFaceColour() {
    // QOpenGLFunctions_3_3_Core lacks glVertexAttribI4ui; the extra functions have it.
    if (QOpenGLContext* context = QOpenGLContext::currentContext())
        context->extraFunctions()->glVertexAttribI4ui(kFaceColorAttribute, 0, 0, 0, 0);
}

void GpuPart::upload(GlFunctions* gl, const core::Mesh& source,
                     const std::vector<std::uint32_t>& featureEdges,
                     const std::vector<std::uint32_t>& allEdges, int maxTextureBuffer,
                     const std::vector<std::uint32_t>& coarseTriangles) {
    destroy(gl);
    core::Mesh withNormals;
    const core::Mesh* mesh = &source;
    if (source.normals.size() != source.positions.size()) {
        withNormals = source;
        withNormals.computeNormals();
        mesh = &withNormals;
    }
    const std::size_t positionBytes = mesh->positions.size() * sizeof(float);

    gl->glGenBuffers(1, &m_vertexBuffer);
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer);
    gl->glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(2 * positionBytes), nullptr,
                     GL_STATIC_DRAW);
    gl->glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(positionBytes),
                        mesh->positions.data());
    gl->glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(positionBytes),
                        static_cast<GLsizeiptr>(positionBytes), mesh->normals.data());
    if (const auto colours = vertexFaceColours(*mesh); !colours.empty()) {
        gl->glGenBuffers(1, &m_faceColourBuffer);
        gl->glBindBuffer(GL_ARRAY_BUFFER, m_faceColourBuffer);
        gl->glBufferData(GL_ARRAY_BUFFER,
                         static_cast<GLsizeiptr>(colours.size() * sizeof(std::uint32_t)),
                         colours.data(), GL_STATIC_DRAW);
    }
    gl->glGenBuffers(1, &m_instanceBuffer);
    makeVao(gl, m_triangles, mesh->indices, positionBytes);
    makeVao(gl, m_featureEdges, featureEdges, positionBytes);
    makeVao(gl, m_allEdges, allEdges, positionBytes);
    if (!coarseTriangles.empty()) makeVao(gl, m_coarse, coarseTriangles, positionBytes);

    const std::size_t triangles = mesh->triangleCount();
    if (mesh->faceIds.size() == triangles && triangles > 0 &&
        triangles <= static_cast<std::size_t>(maxTextureBuffer)) {
        gl->glGenBuffers(1, &m_faceBuffer);
        gl->glBindBuffer(GL_TEXTURE_BUFFER, m_faceBuffer);
        gl->glBufferData(GL_TEXTURE_BUFFER,
                         static_cast<GLsizeiptr>(triangles * sizeof(std::int32_t)),
                         mesh->faceIds.data(), GL_STATIC_DRAW);
        gl->glGenTextures(1, &m_faceTexture);
        gl->glBindTexture(GL_TEXTURE_BUFFER, m_faceTexture);
        gl->glTexBuffer(GL_TEXTURE_BUFFER, GL_R32I, m_faceBuffer);
        gl->glBindTexture(GL_TEXTURE_BUFFER, 0);
        gl->glBindBuffer(GL_TEXTURE_BUFFER, 0);
    }
    gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void GpuPart::makeVao(GlFunctions* gl, IndexedVao& target,
                      const std::vector<std::uint32_t>& indices, std::size_t normalOffset) {
    gl->glGenVertexArrays(1, &target.vao);
    gl->glBindVertexArray(target.vao);
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer);
    gl->glEnableVertexAttribArray(kPosition);
    gl->glVertexAttribPointer(kPosition, 3, GL_FLOAT, GL_FALSE, 0, bufferOffset(0));
    gl->glEnableVertexAttribArray(kNormal);
    gl->glVertexAttribPointer(kNormal, 3, GL_FLOAT, GL_FALSE, 0, bufferOffset(normalOffset));
    if (m_faceColourBuffer != 0) {
        // Without it the attribute reads the generic value 0: no face colour.
        gl->glBindBuffer(GL_ARRAY_BUFFER, m_faceColourBuffer);
        gl->glEnableVertexAttribArray(kFaceColor);
        gl->glVertexAttribIPointer(kFaceColor, 1, GL_UNSIGNED_INT, 0, bufferOffset(0));
    }
    gl->glGenBuffers(1, &target.indexBuffer);
    gl->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, target.indexBuffer);
    gl->glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
                     indices.data(), GL_STATIC_DRAW);
    target.count = static_cast<GLsizei>(indices.size());
    setupInstanceAttributes(gl);
    gl->glBindVertexArray(0);
}

void GpuPart::setupInstanceAttributes(GlFunctions* gl) const {
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_instanceBuffer);
    constexpr GLsizei stride = sizeof(InstanceData);
    for (GLuint c = 0; c < 4; ++c) {
        gl->glEnableVertexAttribArray(kModel + c);
        gl->glVertexAttribPointer(
            kModel + c, 4, GL_FLOAT, GL_FALSE, stride,
            bufferOffset(offsetof(InstanceData, model) + c * 4 * sizeof(float)));
        gl->glVertexAttribDivisor(kModel + c, 1);
    }
    gl->glEnableVertexAttribArray(kColor);
    gl->glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                              bufferOffset(offsetof(InstanceData, color)));
    gl->glVertexAttribDivisor(kColor, 1);
    gl->glEnableVertexAttribArray(kPickId);
    gl->glVertexAttribIPointer(kPickId, 1, GL_UNSIGNED_INT, stride,
                               bufferOffset(offsetof(InstanceData, pickId)));
    gl->glVertexAttribDivisor(kPickId, 1);
    gl->glEnableVertexAttribArray(kFlags);
    gl->glVertexAttribIPointer(kFlags, 1, GL_UNSIGNED_INT, stride,
                               bufferOffset(offsetof(InstanceData, flags)));
    gl->glVertexAttribDivisor(kFlags, 1);
    gl->glEnableVertexAttribArray(kTintOffset);
    gl->glVertexAttribIPointer(kTintOffset, 1, GL_UNSIGNED_INT, stride,
                               bufferOffset(offsetof(InstanceData, tintOffset)));
    gl->glVertexAttribDivisor(kTintOffset, 1);
    gl->glEnableVertexAttribArray(kResultOffset);
    gl->glVertexAttribIPointer(kResultOffset, 1, GL_UNSIGNED_INT, stride,
                               bufferOffset(offsetof(InstanceData, resultOffset)));
    gl->glVertexAttribDivisor(kResultOffset, 1);
}

void GpuPart::setInstances(GlFunctions* gl, const std::vector<InstanceData>& instances) {
    gl->glBindBuffer(GL_ARRAY_BUFFER, m_instanceBuffer);
    gl->glBufferData(GL_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(instances.size() * sizeof(InstanceData)),
                     instances.empty() ? nullptr : instances.data(), GL_DYNAMIC_DRAW);
    gl->glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_instanceCount = static_cast<int>(instances.size());
}

void GpuPart::destroy(GlFunctions* gl) {
    for (IndexedVao* v : {&m_triangles, &m_featureEdges, &m_allEdges, &m_coarse}) {
        gl->glDeleteVertexArrays(1, &v->vao);
        gl->glDeleteBuffers(1, &v->indexBuffer);
    }
    const GLuint buffers[] = {m_vertexBuffer, m_instanceBuffer, m_faceBuffer, m_faceColourBuffer};
    gl->glDeleteBuffers(4, buffers);
    gl->glDeleteTextures(1, &m_faceTexture);
    *this = GpuPart{};
}

bool GpuPart::bindFaceIds(GlFunctions* gl, int unit) const {
    gl->glActiveTexture(GL_TEXTURE0 + static_cast<GLenum>(unit));
    gl->glBindTexture(GL_TEXTURE_BUFFER, m_faceTexture);
    return m_faceTexture != 0;
}

void GpuPart::drawInstanced(GlFunctions* gl, const IndexedVao& source, GLenum primitive) const {
    if (m_instanceCount == 0 || source.count == 0) return;
    gl->glBindVertexArray(source.vao);
    gl->glDrawElementsInstanced(primitive, source.count, GL_UNSIGNED_INT, nullptr, m_instanceCount);
}

void GpuPart::drawTriangles(GlFunctions* gl, bool coarse) const {
    drawInstanced(gl, coarse && m_coarse.vao ? m_coarse : m_triangles, GL_TRIANGLES);
}

void GpuPart::drawFeatureEdges(GlFunctions* gl) const {
    drawInstanced(gl, m_featureEdges, GL_LINES);
}

void GpuPart::drawAllEdges(GlFunctions* gl) const {
    drawInstanced(gl, m_allEdges, GL_LINES);
}

} // namespace wb::render
