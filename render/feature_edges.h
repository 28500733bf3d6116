#pragma once
/// Feature-edge extraction for the "shaded with edges" display mode.

#include "core/model/mesh.h"

#include <cstdint>
#include <vector>

namespace wb::render {

/// Returns vertex-index pairs (GL_LINES) of the edges worth drawing: boundary and non-manifold
/// edges, creases whose dihedral angle exceeds `creaseDegrees`, and edges between triangles of
/// different B-rep faces. Vertices are matched by position (to a millionth of the mesh size),
/// so meshes split per face or along seams work.
/// Runs once per part at upload; O(n log n) in the triangle count.
std::vector<std::uint32_t> featureEdges(const core::Mesh& mesh, float creaseDegrees = 30.0f);

/// Feature edges and every distinct edge (for wireframe), both as GL_LINES vertex pairs.
struct MeshEdges {
    std::vector<std::uint32_t> feature;
    std::vector<std::uint32_t> all;
};
MeshEdges meshEdges(const core::Mesh& mesh, float creaseDegrees = 30.0f);

} // namespace wb::render
