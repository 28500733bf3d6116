#pragma once
/// One grid level of a matrix-free voxel operator (hex8 elasticity with 3 DOF per node, or
/// conduction with 1): per-voxel coefficients times precomputed unit-cube element matrices.

#include "voxel_model.h"

#include <cstdint>
#include <vector>

namespace wb::sim {

constexpr std::uint16_t kNodeSkip = 0;
constexpr std::uint16_t kNodeGather = 0xFFFF;

/// Element matrix = coefA[v] * matA + coefB[v] * matB (each already scaled by the voxel edge).
/// Elasticity: (lambda, mu); conduction: (k, 0). A DOF that is not free (Dirichlet, or at a
/// node touching no solid voxel) has a zero row and column: vectors keep it at zero.
struct OperatorLevel {
    int nc = 1;
    VoxelGrid grid;
    std::vector<double> coefA, coefB;    ///< per voxel; both zero = empty voxel
    std::vector<double> matA, matB;      ///< (8 nc)^2 row-major
    std::vector<std::uint8_t> dirichlet; ///< per DOF: prescribed
    std::vector<std::uint8_t> freeDof;   ///< per DOF: unknown of the system
    std::vector<double> robin;           ///< per node lumped convection (nc == 1), or empty
    /// Per node: kNodeSkip, kNodeGather (element by element), or the occupancy pattern
    /// (bit e = voxel (i-1+(e&1), j-1+(e>>1&1), k-1+(e>>2))) whose stencil applies.
    std::vector<std::uint16_t> nodeKind;
    std::vector<double> stencil; ///< per pattern: [dz,dy][c][dx,c2] of dominant voxels
    double dominantA = 0, dominantB = 0;
    std::vector<double> matDominant; ///< dominantA * matA + dominantB * matB
    std::vector<double> invDiag;     ///< per DOF, zero where not free

    std::size_t dofs() const { return grid.nodeCount() * std::size_t(nc); }
    bool voxelSolid(std::size_t v) const { return coefA[v] != 0 || coefB[v] != 0; }

    /// Computes freeDof from the voxels and `dirichlet`, then nodeKind, stencil and invDiag.
    void finalize();
    /// y = A x (rows of non-free DOFs set to zero). Uses every core.
    void apply(const double* x, double* y) const;
    /// Memory held by this level (bytes).
    std::size_t memoryBytes() const;
};

/// Element matrices of the analysis scaled to edge `h`.
void setElementMatrices(OperatorLevel& level, double h);

/// The next coarser level: 2x2x2 voxels merged, coefficients averaged (empty counts as zero),
/// a coarse DOF prescribed when any fine prescribed DOF lies in its interpolation support.
OperatorLevel coarsen(const OperatorLevel& fine);

} // namespace wb::sim
