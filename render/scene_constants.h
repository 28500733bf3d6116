#pragma once
/// The looks and limits SceneRenderer's sources share (internal to render).

#include <QVector3D>
#include <QVector4D>

#include <cstddef>

namespace wb::render::scene {

inline constexpr QVector3D kBackgroundTop{0.83f, 0.86f, 0.91f};
inline constexpr QVector3D kBackgroundBottom{0.42f, 0.46f, 0.53f};
inline constexpr QVector3D kSelectionColor{1.0f, 0.62f, 0.12f};
inline constexpr QVector3D kFaceHighlightColor{0.25f, 0.75f, 1.0f};
inline constexpr QVector4D kEdgeColor{0.06f, 0.07f, 0.08f, 1.0f};
/// The axis triad's square and its distance from the corner, in logical pixels.
inline constexpr int kTriadSize = 110, kTriadMargin = 4;
/// Above this many triangles in the scene (counting instances), views that move draw coarse
/// stand-ins: a software rasterizer then keeps several frames per second.
inline constexpr std::size_t kInteractiveTriangles = 60000;
/// Parts smaller than this are always drawn at full detail.
inline constexpr std::size_t kMinCoarseTriangles = 2000;
/// Scenes up to this many vertices get their exact screen rectangle, bigger ones their boxes'.
inline constexpr std::size_t kExactContentVertices = 400'000;
/// Pixels around the projected model: feature lines, multisampling and rounding.
inline constexpr int kContentMargin = 3;

} // namespace wb::render::scene
