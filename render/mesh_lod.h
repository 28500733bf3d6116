#pragma once
/// Coarse stand-ins for big meshes, drawn while the user drags the view.

#include "core/model/mesh.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wb::render {

/// Vertex clustering over the mesh's own vertices: every vertex snaps to the first vertex of
/// its grid cell, triangles that collapse are dropped. The result indexes the original vertex
/// array (no new vertex data) and has about `targetTriangles` triangles (never more than the
/// mesh). Runs in O(vertices + triangles).
std::vector<std::uint32_t> clusteredIndices(const core::Mesh& mesh, std::size_t targetTriangles);

} // namespace wb::render
