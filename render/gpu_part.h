#pragma once
/// GPU buffers of one part mesh and of its instances.

#include "gl_functions.h"

#include "core/model/mesh.h"

#include <cstdint>
#include <vector>

namespace wb::render {

/// Vertex attribute of shaders::kInstancedVertex holding a vertex's face colour from the file
/// (0xRRGGBBAA, 0: none). Parts without face colours leave it disabled: the renderer sets its
/// generic value to 0 (setNoFaceColour).
inline constexpr GLuint kFaceColorAttribute = 11;

/// Sets the generic value of kFaceColorAttribute to 0 in the current context, for vertex arrays
/// that do not feed it (parts without face colours, the axis triad).
void setNoFaceColour();

/// Per-instance vertex data (attributes 2-10 of shaders::kInstancedVertex).
struct InstanceData {
    float model[16];       ///< column-major world matrix
    std::uint8_t color[4]; ///< RGBA8
    std::uint32_t pickId;  ///< instance index + 1; 0 = not pickable
    std::uint32_t flags;   ///< bit 0: selected; bit 1: coloured by a result
    /// 1 + the first texel of the instance's face tints (one per face) in the scene's tint
    /// buffer; 0: no tints.
    std::uint32_t tintOffset;
    /// 1 + the first texel of the instance's result (value and displacement per vertex) in
    /// the scene's result buffer; 0: no result.
    std::uint32_t resultOffset;
};

/// One VBO (positions, then normals), a VBO of face colours per vertex when the mesh has
/// face colours, one 32-bit IBO, an optional feature-edge IBO, a
/// per-triangle face-id texture buffer and an instance buffer. Needs the GL context current
/// in every call; destroy() before the context goes away.
class GpuPart {
public:
    /// Uploads `mesh` (normals computed when missing). `featureEdges`, `allEdges`: GL_LINES
    /// vertex pairs. `maxTextureBuffer`: GL_MAX_TEXTURE_BUFFER_SIZE; larger meshes get no
    /// face ids.
    /// `coarseTriangles`: a decimated index list over the same vertices, drawn while the view
    /// moves (see mesh_lod.h); empty for none.
    void upload(GlFunctions* gl, const core::Mesh& mesh,
                const std::vector<std::uint32_t>& featureEdges,
                const std::vector<std::uint32_t>& allEdges, int maxTextureBuffer,
                const std::vector<std::uint32_t>& coarseTriangles = {});
    /// Replaces the instances drawn (hidden ones are simply left out).
    void setInstances(GlFunctions* gl, const std::vector<InstanceData>& instances);
    void destroy(GlFunctions* gl);

    /// Binds the face-id texture buffer to `unit`; returns false when there is none.
    bool bindFaceIds(GlFunctions* gl, int unit) const;
    /// `coarse`: the decimated triangles when the part has them.
    void drawTriangles(GlFunctions* gl, bool coarse = false) const;
    bool hasCoarse() const { return m_coarse.vao != 0; }
    void drawFeatureEdges(GlFunctions* gl) const;
    void drawAllEdges(GlFunctions* gl) const;

    bool isUploaded() const { return m_triangles.vao != 0; }
    int instanceCount() const { return m_instanceCount; }
    std::size_t triangleCount() const { return std::size_t(m_triangles.count) / 3; }

private:
    void setupInstanceAttributes(GlFunctions* gl) const;

    /// One vertex array per index buffer: triangles, feature edges, all edges.
    struct IndexedVao {
        GLuint vao = 0, indexBuffer = 0;
        GLsizei count = 0;
    };
    void makeVao(GlFunctions* gl, IndexedVao& target, const std::vector<std::uint32_t>& indices,
                 std::size_t normalOffset);
    void drawInstanced(GlFunctions* gl, const IndexedVao& source, GLenum primitive) const;

    IndexedVao m_triangles, m_featureEdges, m_allEdges, m_coarse;
    GLuint m_vertexBuffer = 0, m_instanceBuffer = 0;
    GLuint m_faceBuffer = 0, m_faceTexture = 0;
    GLuint m_faceColourBuffer = 0; ///< uint per vertex, 0 when the mesh has no face colours
    int m_instanceCount = 0;
};

} // namespace wb::render
