#pragma once
/// Private state of SceneRenderer, shared by its drawing and interaction sources.

#include "axis_triad.h"
#include "condition_glyph_layer.h"
#include "gpu_part.h"
#include "pick_buffer.h"
#include "scene_renderer.h"

#include <QOpenGLShaderProgram>

#include <map>
#include <memory>
#include <vector>

namespace wb::render {

struct SceneRenderer::Impl {
    enum class Drag { None, Orbit, Pan };

    GlFunctions* gl = nullptr;
    std::unique_ptr<QOpenGLShaderProgram> shadedProgram, faceHighlightProgram, lineProgram,
        idProgram, backgroundProgram, overlayProgram;
    GLuint emptyVao = 0;
    int maxTextureBuffer = 0;
    bool softwareRasterizer = false; ///< e.g. Mesa llvmpipe
    AxisTriad triad;
    PickBuffer pickBuffer;

    std::shared_ptr<const core::Assembly> assembly;
    std::vector<core::Instance> instances; ///< pick id = index + 1
    std::vector<int> nodeInstance;         ///< node -> instance index or -1
    std::vector<core::BBox> partBoxes;
    std::vector<GpuPart> parts;
    bool partsUploaded = false;
    /// The scene is too big to redraw at full detail while the view moves: parts then draw
    /// their coarse triangles, without edges.
    bool coarseWhileMoving = false;
    bool moving = false;              ///< set by the viewport, e.g. while the wheel turns
    bool drawBackgroundPass = true;   ///< false: the target is cleared to transparent instead
    QMatrix4x4 lastViewProjection;    ///< of the last render()
    std::vector<char> instanceHidden; ///< per instance, as of the last updateInstances()
    bool instancesDirty = true;
    std::vector<bool> hidden;
    std::vector<int> selection;
    int highlightNode = -1;
    int highlightFace = -1;
    std::vector<FaceTint> faceTints;
    bool tintsDirty = false;
    bool hasTints = false;                    ///< some instance has a tint offset
    std::vector<std::uint32_t> instanceTints; ///< per instance: InstanceData::tintOffset
    GLuint tintBuffer = 0, tintTexture = 0;   ///< RGBA8 texture buffer of every tint
    DisplayMode mode = DisplayMode::ShadedEdges;
    ConditionGlyphLayer glyphs; ///< supports and loads (scene_glyphs.cpp)

    // Result display (scene_results.cpp)
    std::map<int, std::vector<float>> resultValues;        ///< per node, per vertex
    std::map<int, std::vector<float>> resultDisplacements; ///< per node, xyz per vertex
    ColourScale colourScale;
    double deformationScale = 0.0;
    bool resultDirty = false, colourTableDirty = true;
    bool hasDisplacements = false;              ///< some uploaded instance is displaced
    std::vector<std::uint32_t> instanceResults; ///< per instance: InstanceData::resultOffset
    std::vector<char> instanceColoured;         ///< per instance: flag bit 1
    GLuint resultBuffer = 0, resultTexture = 0; ///< RGBA32F texture buffer: value, dx, dy, dz
    GLuint colourTable = 0;                     ///< 1D RGBA8 texture of colourScale

    QSize pixelSize{1, 1};
    qreal devicePixelRatio = 1.0;
    Camera camera;

    Drag drag = Drag::None;
    QPoint lastPos;
    QVector3D pivot;
    float panDepth = 1.0f;

    bool ready() const { return gl != nullptr; }
    float aspect() const { return float(pixelSize.width()) / float(pixelSize.height()); }
    /// Uploads parts and rebuilds instance buffers when they changed.
    void syncGpu();
    void destroyParts();
    void resetPrograms();
    void updateInstances();
    /// Lays out the tints per instance (one texel per face of a tinted instance) and uploads
    /// them; marks the instances for an update.
    void uploadFaceTints();
    void destroyFaceTints();
    /// Lays out the results per instance (one texel per vertex) and uploads them.
    void uploadResults();
    void destroyResults();
    /// Binds the result buffer and colour table and sets the result uniforms of `program`
    /// (one built on shaders::kInstancedVertex); `deformation` overrides the scale.
    void bindResults(QOpenGLShaderProgram& program, bool colours, double deformation);
    bool deformed() const { return hasDisplacements && deformationScale != 0.0; }
    /// The undeformed feature edges, faint, over a deformed shape.
    void drawGhost(const QMatrix4x4& view, const QMatrix4x4& projection);
    /// Draws the ID pass (pick id, face id + 1) into the bound pick buffer.
    void drawIdPass();
    /// Per node: the node or one of its ancestors is marked in `seeds`.
    std::vector<char> inheritDown(const std::vector<char>& seeds) const;
    core::BBox visibleBox() const;

    /// Pixels (GL convention, origin bottom-left) that hold every visible instance and the
    /// axis triad under `viewProjection`, with a margin for lines and multisampling: one or
    /// two rectangles; the whole target where that cannot be told (geometry behind the eye).
    std::vector<QRect> contentRects(const QMatrix4x4& viewProjection) const;
    /// The axis triad's viewport (GL convention, device pixels) in the bottom-left corner.
    QRect triadViewport() const;
    void drawBackground();
    void drawModel(const QMatrix4x4& view, const QMatrix4x4& projection);
    GlyphScene glyphScene() const;
    GlyphView glyphView() const;
    /// Renders the ID pass restricted to one pixel and reads it back.
    PickSample sampleAt(QPoint logicalPos, QPoint* pixel);
    /// Assembly-space point at window pixel centre (x, y) and window depth.
    QVector3D unproject(QPoint pixel, float depth) const;
    /// The surface point under the cursor, or the cursor ray's crossing of the plane through
    /// the camera target when nothing is there.
    QVector3D pointUnderCursor(QPoint logicalPos);
};

} // namespace wb::render
