#include "gpu_part.h"

#include <cstddef>

namespace wb::render {
namespace {

constexpr GLuint kPosition = 0, kNormal = 1, kModel = 2, kColor = 6, kPickId = 7, kFlags = 8,
                 kTintOffset = 9, kResultOffset = 10;

} // namespace

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
    const GLuint buffers[] = {m_vertexBuffer, m_instanceBuffer, m_faceBuffer};
    gl->glDeleteBuffers(3, buffers);
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
