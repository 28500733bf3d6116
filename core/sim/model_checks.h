#pragma once
/// Checks before solving: every connected body must be held.

#include "boundary_conditions.h"
#include "voxel_model.h"

namespace wb::sim {

/// Fails (context "supports") when a connected group of voxels has no prescribed DOF (thermal:
/// and no convection), or, in elasticity, when its constrained components leave any of the six
/// rigid motions free (translation along an axis, rotation about one): a body held only by
/// frictionless supports on one plane can slide; on three perpendicular planes it is held.
core::Result<bool> checkSupported(const VoxelModel& model, const BoundaryData& boundary);

} // namespace wb::sim
