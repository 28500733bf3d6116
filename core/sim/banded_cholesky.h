#pragma once
/// Direct solver of the coarsest multigrid level: Cholesky of a symmetric banded matrix.

#include "operator_level.h"

#include "core/model/result.h"

#include <vector>

namespace wb::sim {

class BandedCholesky {
public:
    /// Estimated work (flops) and storage (doubles) to factor `level` with the axis ordering
    /// that gives the smallest band.
    static double factorCost(const OperatorLevel& level);
    static double storage(const OperatorLevel& level);

    /// Assembles and factors the level's matrix (identity rows for DOFs that are not free).
    /// Fails with ErrorCode::InvalidArgument when the matrix is not positive definite, which
    /// means the model can move freely.
    core::Result<bool> factor(const OperatorLevel& level);
    /// x = A^-1 b in the level's DOF numbering; b and x may alias.
    void solve(const double* b, double* x) const;

private:
    std::size_t m_n = 0, m_bw = 0;
    int m_nc = 1;
    int m_axis[3] = {0, 1, 2};
    std::size_t m_extent[3] = {};
    std::vector<double> m_band; ///< row i holds columns i-bw .. i
    mutable std::vector<double> m_work;
};

} // namespace wb::sim
