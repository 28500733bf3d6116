#pragma once
/// Geometric multigrid V-cycle over coarsened voxel grids: Chebyshev (Jacobi-preconditioned)
/// smoothing, rediscretised coarse levels, trilinear transfer and a banded Cholesky coarse solve.

#include "banded_cholesky.h"
#include "operator_level.h"

#include <vector>

namespace wb::sim {

struct MultigridOptions {
    int smoothingDegree = 2;      ///< Chebyshev steps before and after the coarse correction
    double smoothingRange = 20;   ///< smooth eigenvalues in [lambdaMax / range, lambdaMax]
    double directCostLimit = 2e8; ///< coarsen until the banded factorisation is this cheap
};

class Multigrid {
public:
    /// Builds the hierarchy from the fine level (taken over). Fails when the coarsest matrix
    /// is singular (a model free to move).
    core::Result<bool> setup(OperatorLevel fine, const MultigridOptions& options = {});

    const OperatorLevel& fine() const { return m_levels.front(); }
    std::size_t levelCount() const { return m_levels.size(); }
    /// z = V-cycle applied to r (a fixed symmetric linear operator; r and z must not alias).
    void apply(const double* r, double* z);
    std::size_t memoryBytes() const;

    const std::vector<OperatorLevel>& levels() const { return m_levels; }
    double lambdaMax(std::size_t level) const { return m_lambdaMax[level]; }
    const MultigridOptions& options() const { return m_options; }
    /// The coarsest-level solve of the V-cycle (direct, or the iterative fallback).
    void solveCoarsest(const double* b, double* x);

private:
    void vcycle(std::size_t level, const double* b, double* x);
    void smooth(std::size_t level, const double* b, double* x, bool zeroStart, int degree,
                double lambdaMin);
    void restrictTo(std::size_t fineLevel, const double* fine, double* coarse) const;
    void prolongAdd(std::size_t fineLevel, const double* coarse, double* fine) const;
    double estimateLambdaMax(std::size_t level);

    MultigridOptions m_options;
    std::vector<OperatorLevel> m_levels;
    std::vector<double> m_lambdaMax;
    std::vector<std::vector<double>> m_b, m_x, m_r, m_d;
    BandedCholesky m_coarse;
    bool m_directCoarse = true;
};

} // namespace wb::sim
