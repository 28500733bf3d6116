#pragma once
/// Checks before solving: every connected body must be held.

#include "boundary_conditions.h"
#include "voxel_model.h"

namespace wb::sim {

/// Fails (context "supports") when a connected group of voxels has no prescribed DOF (thermal:
/// and no convection), or, in elasticity, fewer than three non-collinear fixed nodes.
core::Result<bool> checkSupported(const VoxelModel& model, const BoundaryData& boundary);

} // namespace wb::sim
