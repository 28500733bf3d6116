#pragma once
/// The regular voxel grid of a study: geometry, per-voxel material and node numbering.

#include "material.h"
#include "study.h"

#include <cstdint>
#include <vector>

namespace wb::sim {

/// Voxel (i,j,k) spans origin + h*[i,i+1] x ...; node (i,j,k) sits at origin + h*(i,j,k).
struct VoxelGrid {
    int nx = 0, ny = 0, nz = 0; ///< voxels per axis
    double h = 0;               ///< voxel edge (m)
    Point3 origin{};            ///< corner of voxel (0,0,0), metres

    std::size_t voxelCount() const { return std::size_t(nx) * ny * nz; }
    std::size_t nodeCount() const { return std::size_t(nx + 1) * (ny + 1) * (nz + 1); }
    std::size_t voxel(int i, int j, int k) const { return (std::size_t(k) * ny + j) * nx + i; }
    std::size_t node(int i, int j, int k) const {
        return (std::size_t(k) * (ny + 1) + j) * (nx + 1) + i;
    }
    Point3 nodePosition(std::size_t n) const {
        const std::size_t nx1 = nx + 1, ny1 = ny + 1;
        return {origin[0] + h * double(n % nx1), origin[1] + h * double((n / nx1) % ny1),
                origin[2] + h * double(n / (nx1 * ny1))};
    }
};

constexpr std::uint16_t kEmptyVoxel = 0xFFFF;

/// Result of voxelization: which voxels are solid and of which material.
struct VoxelModel {
    VoxelGrid grid;
    std::vector<std::uint16_t> voxelMaterial; ///< index into materials, or kEmptyVoxel
    std::vector<Material> materials;
    std::size_t solidVoxels = 0;

    bool solid(std::size_t v) const { return voxelMaterial[v] != kEmptyVoxel; }
    /// Nodes of solid voxels (1) versus nodes touching no solid voxel (0).
    std::vector<std::uint8_t> activeNodes() const;
};

/// The 8 nodes of voxel (i,j,k) in local order a + 2b + 4c (a along x, b along y, c along z).
inline void voxelNodes(const VoxelGrid& g, int i, int j, int k, std::size_t out[8]) {
    for (int c = 0; c < 8; ++c)
        out[c] = g.node(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
}

/// Calls fn(v, i, j, k, nodes[8]) for each solid voxel of layer k, in x-fastest order.
template <typename F> void forEachSolidVoxelInLayer(const VoxelModel& model, int k, F&& fn) {
    const VoxelGrid& g = model.grid;
    for (int j = 0; j < g.ny; ++j)
        for (int i = 0; i < g.nx; ++i) {
            const std::size_t v = g.voxel(i, j, k);
            if (!model.solid(v)) continue;
            std::size_t nd[8];
            voxelNodes(g, i, j, k, nd);
            fn(v, i, j, k, nd);
        }
}

/// Calls fn(v, i, j, k, nodes[8]) for each solid voxel, in the grid's voxel order.
template <typename F> void forEachSolidVoxel(const VoxelModel& model, F&& fn) {
    for (int k = 0; k < model.grid.nz; ++k)
        forEachSolidVoxelInLayer(model, k, fn);
}

} // namespace wb::sim
