#pragma once
/// Supports and loads of a study mapped from the selected surface triangles onto grid nodes.

#include "surface.h"
#include "voxel_model.h"

#include <vector>

namespace wb::sim {

/// Nodal boundary data for a grid with `nc` DOF per node.
struct BoundaryData {
    int nc = 3;
    std::vector<std::uint8_t> dirichlet; ///< per DOF
    std::vector<double> prescribed;      ///< per DOF (value where dirichlet)
    std::vector<double> load;            ///< per DOF: nodal force (N) or heat (W)
    std::vector<double> robin;           ///< per node: lumped h*A (W/K), thermal only
    /// Per support of the study (by index in Study::supports; empty for a suppressed one): the
    /// DOFs it holds, ascending. A DOF that several supports prescribe counts for the last of
    /// them in the study's order, the one whose value it takes, so each held DOF is in exactly
    /// one list.
    std::vector<std::vector<std::size_t>> supportDofs;
};

/// Applies every support and load. Selections spread over the surface by area: each
/// selected triangle is sampled finely and every sample is tied to the nearest solid voxel
/// (trilinear weights for loads, nearest corner for supports). Errors name the selector
/// whose selection is empty ("supports[0].select").
core::Result<BoundaryData> buildBoundary(const Study& study, const WorldSurface& surface,
                                         const VoxelModel& model);

/// Nearest solid voxel to `p` and the local coordinates of p in it (clamped to [0,1]).
struct VoxelHit {
    int i = 0, j = 0, k = 0;
    double xi[3] = {};
    bool found = false;
};
VoxelHit nearestSolidVoxel(const VoxelModel& model, const Point3& p);

} // namespace wb::sim
