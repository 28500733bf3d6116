#pragma once
/// Result fields sampled at the vertices of a part's display mesh.

#include "core/model/assembly.h"
#include "core/model/mesh.h"
#include "core/model/transform.h"
#include "result_view.h"
#include "solve.h"

#include <map>

namespace wb::sim {

/// Samples field `name` at every vertex of `mesh` placed by `toMetres` (the instance's world
/// transform composed with the assembly's unit scale, so that it yields metres). Returns
/// `components` floats per vertex, NaN at vertices farther than 1.5 voxels from every solid
/// voxel (a part the voxel model lost or did not hold); empty when the field does not exist.
/// Thread-safe.
std::vector<float> sampleOnSurface(const SolveResult& result, const std::string& name,
                                   const core::Mesh& mesh, const core::Transform& toMetres);

/// A view sampled on every instance of an assembly, keyed by the instance's node.
struct AssemblySamples {
    /// One value per mesh vertex, reduced as the view says (NaN: no value).
    std::map<int, std::vector<float>> values;
    /// x, y, z per mesh vertex in the assembly's units (0 where there is no value); only
    /// when asked for and the result has a displacement field.
    std::map<int, std::vector<float>> displacements;
};
/// Samples `view` (and the displacements when `withDisplacements`) at the vertices of every
/// instance of `assembly`, each at its own place. Thread-safe.
AssemblySamples sampleOnAssembly(const SolveResult& result, const core::Assembly& assembly,
                                 const ScalarView& view, bool withDisplacements);

} // namespace wb::sim
