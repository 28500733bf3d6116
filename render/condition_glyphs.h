#pragma once
/// Symbols drawn on faces of the model for supports and loads: tints, hatching, arrows of a
/// constant size on screen, and box outlines. Plain values; SceneRenderer draws them.

#include "core/model/assembly.h"

#include <QVector3D>
#include <QtGui/qrgb.h>

#include <vector>

namespace wb::render {

/// Arrows placed at a few sample points of each face of a glyph. Every arrow lies outside
/// the body: one that points into its face ends at the face, one that points away starts there.
struct GlyphArrows {
    enum class Direction {
        Along,      ///< along `vector` (assembly axes)
        IntoFaces,  ///< against each face's outward normal
        OutOfFaces, ///< along each face's outward normal
    };
    Direction direction = Direction::Along;
    QVector3D vector; ///< Along: the direction; its length does not matter
    /// false: a short mark without a head (a frictionless support's normal ticks).
    bool head = true;
};

/// One support or load as drawn: its faces, what is drawn on them, and its colour. Faces and
/// boxes not in the renderer's assembly are ignored.
struct ConditionGlyph {
    int id = -1;    ///< the caller's, returned by SceneRenderer::conditionGlyphAt()
    QRgb color = 0; ///< symbols, hatching and tint (alpha ignored)
    std::vector<core::NodeFace> faces;
    std::vector<core::BBox> boxes; ///< outlines, in assembly coordinates
    int tint = 0;                  ///< 0..255: how much of `color` is mixed into the faces
    bool hatch = false;            ///< diagonal stripes in `color` over the faces
    std::vector<GlyphArrows> arrows;
    bool emphasised = false; ///< drawn bigger and stronger (the item selected in a tree)
};

} // namespace wb::render
