#pragma once
/// Internal to SceneRenderer: the geometry of ConditionGlyphs (sample points, face triangles,
/// box edges), their GPU buffers, drawing and hit testing.

#include "condition_glyphs.h"
#include "gl_functions.h"
#include "scene_renderer.h"

#include <QMatrix4x4>
#include <QOpenGLShaderProgram>
#include <QPointF>
#include <QSize>

#include <cstdint>
#include <memory>
#include <vector>

namespace wb::render {

/// The scene the glyphs lie on, as SceneRenderer keeps it (instance i has pick id i + 1).
struct GlyphScene {
    const core::Assembly* assembly = nullptr;
    const std::vector<core::Instance>* instances = nullptr;
    const std::vector<int>* nodeInstance = nullptr;    ///< node -> instance or -1
    const std::vector<char>* instanceHidden = nullptr; ///< per instance; missing = shown
};

/// The camera and target a frame is drawn with.
struct GlyphView {
    QMatrix4x4 view, projection;
    QSize pixelSize{1, 1}; ///< device pixels
    qreal devicePixelRatio = 1.0;
};

/// Thread affinity: SceneRenderer's. initialize(), draw() and destroy() need its context.
class ConditionGlyphLayer {
public:
    bool initialize(GlFunctions* gl, QString* log);
    void destroy(GlFunctions* gl);

    /// Replaces the glyphs; their geometry is built at the next draw() or hit test.
    void setGlyphs(std::vector<ConditionGlyph> glyphs);
    const std::vector<ConditionGlyph>& glyphs() const { return m_glyphs; }
    /// The glyphs' face tints, emphasised ones last, to lie under other tints.
    void appendTints(std::vector<FaceTint>& tints) const;
    /// Logical pixels that arrows reach beyond the faces they stand on.
    float screenMargin() const;

    /// Hatching, arrows and box outlines over the model drawn before into the bound target.
    void draw(GlFunctions* gl, const GlyphScene& scene, const GlyphView& view);
    /// The id of the glyph with an arrow under `logicalPos` (origin top-left), or -1.
    int arrowAt(const GlyphScene& scene, const GlyphView& view, QPointF logicalPos);
    /// The id of the glyph drawn on `face` (the emphasised one, else the last), or -1.
    int faceOwner(const core::NodeFace& face) const;
    /// The id of the glyph with a box that holds `point` (assembly coordinates), or -1.
    int boxOwner(const QVector3D& point) const;

    /// One arrow as the vertex shader takes it (instance attributes).
    struct ArrowInstance {
        float anchor[3];    ///< assembly coordinates, on the face
        float direction[3]; ///< unit, assembly axes
        float normal[3];    ///< the face's outward unit normal there
        float size[4];   ///< length (logical px), tip at anchor (0/1), head start, head half-width
        float shaftHalf; ///< shaft half-width, relative to the length
        std::uint8_t color[4];
    };

private:
    /// Builds the CPU geometry of every glyph over `scene`.
    void build(const GlyphScene& scene);
    void upload(GlFunctions* gl, const GlyphScene& scene);
    /// Arrows of glyph `g` at up to `count` points of one face (`tris`) of an instance.
    void addArrows(int g, int instance, const core::Instance& inst, const core::Mesh& mesh,
                   const std::vector<std::uint32_t>& tris, int count);
    void addBoxEdges(int g);

    /// Triangles of a glyph's faces on one instance: a range of m_facePositions (part
    /// coordinates), drawn with the instance's world matrix.
    struct FaceBatch {
        int glyph = 0, instance = 0;
        int first = 0, count = 0; ///< vertices
    };
    struct BoxLines {
        int glyph = 0, first = 0, count = 0;
    };

    std::vector<ConditionGlyph> m_glyphs;
    bool m_built = false, m_uploaded = false;
    std::vector<ArrowInstance> m_arrows;
    std::vector<int> m_arrowInstance, m_arrowGlyph; ///< per arrow
    std::vector<float> m_facePositions;             ///< xyz per vertex
    std::vector<FaceBatch> m_faceBatches;
    std::vector<float> m_boxPositions; ///< xyz per vertex, GL_LINES
    std::vector<BoxLines> m_boxLines;
    std::vector<char> m_uploadedHidden; ///< instanceHidden as of the last arrow upload
    int m_uploadedArrows = 0;

    std::unique_ptr<QOpenGLShaderProgram> m_arrowProgram, m_flatProgram;
    GLuint m_arrowVao = 0, m_templateBuffer = 0, m_arrowBuffer = 0;
    GLuint m_faceVao = 0, m_faceBuffer = 0, m_boxVao = 0, m_boxBuffer = 0;
};

} // namespace wb::render
