#pragma once
/// How the model surfaces are drawn.

namespace wb::render {

/// Shaded: smooth-shaded surfaces. ShadedEdges: shaded plus feature edges (creases and B-rep
/// face boundaries). Wireframe: every triangle edge, no surfaces.
enum class DisplayMode { Shaded, ShadedEdges, Wireframe };

} // namespace wb::render
