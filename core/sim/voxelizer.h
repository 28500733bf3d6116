#pragma once
/// Turns the placed part surfaces into a voxel model (parity over three ray directions).

#include "core/model/progress.h"
#include "surface.h"
#include "voxel_model.h"

namespace wb::sim {

/// Resolves the material of every instance (later assignments override earlier ones).
/// Error context "materials" when a part has none.
core::Result<std::vector<Material>> resolveInstanceMaterials(const Study& study,
                                                             const WorldSurface& surface);

/// Voxelizes every instance; a voxel is solid when at least two of the rays along x, y and z
/// through its centre see it inside (robust to small gaps and open edges). Later instances
/// override earlier ones; touching parts share nodes and are therefore bonded.
/// Errors: empty voxelization, too many voxels (context "mesh.voxel_size").
core::Result<VoxelModel> voxelize(const Study& study, const WorldSurface& surface,
                                  const std::vector<Material>& instanceMaterials);

} // namespace wb::sim
