#pragma once
/// Result fields sampled at the vertices of a part's display mesh.

#include "core/model/mesh.h"
#include "core/model/transform.h"
#include "solve.h"

namespace wb::sim {

/// Samples field `name` at every vertex of `mesh` placed by `toMetres` (the instance's world
/// transform composed with the assembly's unit scale, so that it yields metres). Returns
/// `components` floats per vertex, NaN at vertices farther than 1.5 voxels from every solid
/// voxel (a part the voxel model lost or did not hold); empty when the field does not exist.
/// Thread-safe.
std::vector<float> sampleOnSurface(const SolveResult& result, const std::string& name,
                                   const core::Mesh& mesh, const core::Transform& toMetres);

} // namespace wb::sim
