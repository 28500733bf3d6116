#pragma once
/// Faces of a mesh that has no B-rep faces (STL, OBJ, ...): facets joined across the edges
/// where the surface bends less than a feature angle. The importers, werkbank-solve's STL
/// reader and so the GUI, the CLI and the server all number them the same way.

#include "mesh.h"

#include <cstdint>
#include <vector>

namespace wb::core {

/// Two facets sharing an edge belong to the same face when their normals differ by less than
/// this many degrees.
inline constexpr double kFeatureAngleDegrees = 30.0;

/// Splits `mesh` into faces and returns, per triangle, its face (and the number of faces in
/// `faceCount`). Vertices are welded by position first, so the result depends only on the
/// triangles' coordinates and their order, not on how the vertices are indexed or on normals.
/// Two non-degenerate triangles sharing an edge join when their normals (the second flipped
/// if the two wind the edge the same way) differ by less than `angleDegrees`; a face is a
/// connected set of joined triangles. A degenerate triangle (no area) joins the face of its
/// lowest-numbered non-degenerate edge neighbour, or is a face of its own. Faces are numbered
/// in the order of their lowest triangle index. Linear time; a few flat arrays, nothing
/// allocated per triangle.
std::vector<std::int32_t> featureFaces(const Mesh& mesh, int& faceCount,
                                       double angleDegrees = kFeatureAngleDegrees);

/// True when the mesh already has faces of its own: a face id per triangle and more than one
/// face (an OCCT tessellation, the solids of an ASCII STL).
bool hasFaceStructure(const Mesh& mesh);

/// Sets `faceIds` and `faceCount` from featureFaces() unless the mesh hasFaceStructure().
void assignFeatureFaces(Mesh& mesh, double angleDegrees = kFeatureAngleDegrees);

} // namespace wb::core
