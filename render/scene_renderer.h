#pragma once
/// Draws a core::Assembly with OpenGL 3.3 core: instanced parts, feature edges, picking,
/// navigation, axis triad and gradient background.

#include "camera.h"
#include "colour_map.h"
#include "condition_glyphs.h"
#include "display_mode.h"
#include "pick_result.h"
#include "standard_view.h"

#include "core/model/assembly.h"

#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>
#include <QtGui/qopengl.h>
#include <QtGui/qrgb.h>

#include <memory>
#include <vector>

namespace wb::render {

/// A colour laid over one face of the part placed at a node: `color`'s RGB mixed into the
/// shading by its alpha (255: the colour alone).
struct FaceTint {
    core::NodeFace face;
    QRgb color = 0;
};

/// Thread affinity: lives on the thread that owns the GL context; every call except camera()
/// needs that context current. Call releaseGl() (context current) before the context dies.
/// Per frame the CPU work is proportional to the number of parts, never to triangles.
class SceneRenderer {
public:
    SceneRenderer();
    ~SceneRenderer();
    SceneRenderer(const SceneRenderer&) = delete;
    SceneRenderer& operator=(const SceneRenderer&) = delete;

    /// Compiles the programs; needs a current OpenGL 3.3 core (or newer) context.
    bool initialize(QString* error = nullptr);
    /// Frees every GL object; the renderer can be initialized again afterwards.
    void releaseGl();
    bool isInitialized() const;

    /// Shares the assembly; each Part's mesh is uploaded once (with its feature edges) at the
    /// next render() or pick(). Resets hidden nodes, selection and face highlight; fits the view.
    void setAssembly(std::shared_ptr<const core::Assembly> assembly);
    std::shared_ptr<const core::Assembly> assembly() const;
    /// `hiddenPerNode[i]` hides node i and its subtree; missing entries are visible.
    void setHiddenNodes(const std::vector<bool>& hiddenPerNode);
    /// Highlights the subtree of each node.
    void setSelection(const std::vector<int>& nodes);
    /// Highlights one B-rep face of the instance at `node`; node -1 clears.
    void setHighlightedFace(int node, int face);
    /// Lays colours over faces (replacing the previous ones), seen in the shaded modes; faces
    /// not in the assembly are ignored. Needs no GL context: the tints are uploaded at the next
    /// render(). Cost per change: the tinted instances' face counts, never their triangles.
    void setFaceTints(std::vector<FaceTint> tints);
    /// Draws the symbols of supports and loads (replacing the previous ones) over the model;
    /// their tints lie under setFaceTints()' tints. Needs no GL context; setAssembly() drops
    /// them. Cost per change: the glyphs' parts' triangles, on the next render().
    void setConditionGlyphs(std::vector<ConditionGlyph> glyphs);
    /// The id of the glyph under `logicalPos` (logical pixels, origin top-left): an arrow
    /// drawn there, else the glyph on the face or with a box around the surface point there;
    /// -1 when none.
    int conditionGlyphAt(QPoint logicalPos);
    void setDisplayMode(DisplayMode mode);

    /// Colours the part placed at `node` by a result: one value per vertex of its mesh (NaN:
    /// no value, drawn in the scale's invalid colour), mapped through setColourScale(). An
    /// empty vector, or one of the wrong size, removes the node's colours. Instances sharing
    /// a mesh keep their own values. Needs no GL context; uploaded at the next render().
    void setResultColours(int node, std::vector<float> perVertex);
    /// The scale values become colours by (a 1D texture; bands exact). Cheap.
    void setColourScale(const ColourScale& scale);
    const ColourScale& colourScale() const;
    /// Displaces each vertex of the part at `node` by x, y, z (assembly units, world axes)
    /// times the deformation scale; empty or wrong size removes it.
    void setResultDisplacements(int node, std::vector<float> xyz);
    /// 0 draws the undeformed shape. While a deformed shape is drawn, the undeformed feature
    /// edges stay visible as a faint ghost. Picking sees the deformed shape.
    void setDeformationScale(double scale);
    double deformationScale() const;
    /// Removes every result colour and displacement (setAssembly() does too).
    void clearResult();
    /// Whether some instance is coloured by a result.
    bool hasResult() const;

    /// The gradient background the frame is drawn over, as 8-bit RGB for a row `y` of `height`
    /// (0 = top), and whether render() draws it (the default) or leaves the target cleared to
    /// transparent black, so that a caller can put the frame over the gradient itself: the
    /// anti-aliased result is the same and the frame is cheaper on software rasterizers.
    static QRgb backgroundAt(int y, int height);
    void setDrawBackground(bool draw);
    /// The pixels (GL convention: origin bottom-left, device pixels) where the last render()
    /// drew more than the background: one or two rectangles around the projected visible model
    /// and the axis triad, with a margin. Offscreen read-back takes only these. Costs a pass over
    /// the visible vertices (their boxes for big scenes).
    std::vector<QRect> contentRects() const;
    DisplayMode displayMode() const;

    /// Size of the target in device pixels, and device pixels per logical pixel.
    void resize(QSize pixelSize, qreal devicePixelRatio);
    /// Draws background, model, edges and the axis triad into `targetFbo` (0 = default).
    /// Multisampling is the target's: give a QOpenGLWidget / FBO samples for anti-aliasing.
    /// On a software rasterizer (llvmpipe) frames drawn during a mouse drag skip the extra
    /// samples, which makes them several times faster; the frame after mouseRelease() is full.
    void render(GLuint targetFbo);
    /// The instance and face under `logicalPos` (logical pixels, origin top-left).
    PickResult pick(QPoint logicalPos);
    /// Every face visible somewhere in `logicalRect` (logical pixels, origin top-left): what
    /// the picking pass draws there, so faces hidden behind others do not count. Sorted.
    std::vector<core::NodeFace> pickRect(QRect logicalRect);

    Camera& camera();
    /// Fits the whole visible assembly into the view.
    void fitAll();
    /// Looks along a standard direction and fits.
    void setStandardView(StandardView view);

    /// Left-drag orbits about the point under the cursor; middle-drag or shift+left-drag pans.
    void mousePress(QPoint pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers);
    void mouseMove(QPoint pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers);
    void mouseRelease(QPoint pos);
    /// While true (besides during a drag), big scenes draw their coarse stand-ins; the viewport
    /// sets it during a burst of wheel events and clears it when the burst ends.
    void setMoving(bool moving);
    /// Zooms toward the point under the cursor; positive `angleDeltaY` zooms in (120 = a notch).
    void wheel(QPoint pos, int angleDeltaY);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace wb::render
