#pragma once
/// Turns the placed part surfaces into a voxel model (parity over three ray directions).

#include "core/model/progress.h"
#include "surface.h"
#include "voxel_model.h"

#include <optional>

namespace wb::sim {

/// Resolves the material of every instance (later assignments override earlier ones).
/// Error context "materials" when a part has none.
core::Result<std::vector<Material>> resolveInstanceMaterials(const Study& study,
                                                             const WorldSurface& surface);

/// The voxel edge (m) `study` asks for on `surface`: its voxel size, or the edge that gives its
/// target count of voxels over the enclosed volume.
double studyVoxelSize(const Study& study, const WorldSurface& surface);

/// The grid voxelize() lays over `surface` with edge `h`: its corner at the surface's lowest
/// corner, as many voxels per axis as cover the bounds. nullopt when that is more than 2e9
/// voxels or the surface is empty.
std::optional<VoxelGrid> voxelGridFor(const WorldSurface& surface, double h);

/// The solid voxels of one instance in a box of the grid (the box of its triangles and one
/// voxel more on each side, within the grid).
struct InstanceVoxels {
    int lo[3] = {0, 0, 0};           ///< first voxel of the box
    int n[3] = {0, 0, 0};            ///< voxels of the box per axis
    std::vector<std::uint8_t> solid; ///< 1 = solid, x fastest; empty when not voxelized
    std::size_t boxVoxels() const { return std::size_t(n[0]) * n[1] * n[2]; }
};

/// Voxelizes instance `instance` of `surface` on `grid` exactly as voxelize() does. A box of
/// more than `maxBoxVoxels` voxels, or an instance without triangles, is left empty.
InstanceVoxels voxelizeInstance(const WorldSurface& surface, const VoxelGrid& grid, int instance,
                                std::size_t maxBoxVoxels = std::size_t(-1));

/// Voxelizes every instance; a voxel is solid when at least two of the rays along x, y and z
/// through its centre see it inside (robust to small gaps and open edges). Later instances
/// override earlier ones; touching parts share nodes and are therefore bonded.
/// Errors: empty voxelization, too many voxels (context "mesh.voxel_size").
core::Result<VoxelModel> voxelize(const Study& study, const WorldSurface& surface,
                                  const std::vector<Material>& instanceMaterials);

} // namespace wb::sim
