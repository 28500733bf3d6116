#include "multigrid.h"

#include "parallel.h"
#include "vector_ops.h"

#include <algorithm>
#include <cmath>

namespace wb::sim {

namespace {
constexpr double kMaxBandStorage = 1.5e8; ///< doubles
constexpr int kIterativeCoarseDegree = 40;
constexpr int kPowerIterations = 6;    ///< estimate of the largest eigenvalue of D^-1 A
constexpr double kLambdaSafety = 1.25; ///< margin over the (under-)estimate
} // namespace

core::Result<bool> Multigrid::setup(OperatorLevel fine, const MultigridOptions& options) {
    m_options = options;
    m_levels.clear();
    m_levels.push_back(std::move(fine));
    for (;;) {
        const OperatorLevel& last = m_levels.back();
        const double cost = BandedCholesky::factorCost(last);
        const bool canCoarsen = std::min({last.grid.nx, last.grid.ny, last.grid.nz}) >= 2;
        if (cost <= options.directCostLimit || !canCoarsen) {
            m_directCoarse = BandedCholesky::storage(last) <= kMaxBandStorage;
            break;
        }
        m_levels.push_back(coarsen(last));
    }
    const std::size_t L = m_levels.size();
    m_b.resize(L);
    m_x.resize(L);
    m_r.resize(L);
    m_d.resize(L);
    m_lambdaMax.assign(L, 1.0);
    for (std::size_t l = 0; l < L; ++l) {
        const std::size_t n = m_levels[l].dofs();
        if (l > 0) {
            m_b[l].assign(n, 0.0);
            m_x[l].assign(n, 0.0);
        }
        if (l + 1 < L || !m_directCoarse) {
            m_r[l].assign(n, 0.0);
            m_d[l].assign(n, 0.0);
            m_lambdaMax[l] = estimateLambdaMax(l);
        }
    }
    if (m_directCoarse) {
        auto ok = m_coarse.factor(m_levels.back());
        if (!ok) return ok;
    }
    return true;
}

double Multigrid::estimateLambdaMax(std::size_t l) {
    const OperatorLevel& L = m_levels[l];
    const std::size_t n = L.dofs();
    std::vector<double>& v = m_r[l];
    std::vector<double>& w = m_d[l];
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    for (std::size_t i = 0; i < n; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        v[i] = L.freeDof[i] ? 0.5 + double(state % 1000) / 1000.0 : 0.0;
    }
    double lambda = 1.0;
    for (int it = 0; it < kPowerIterations; ++it) {
        const double norm = std::sqrt(vec::dot(v.data(), v.data(), n));
        if (norm == 0) return 1.0;
        for (std::size_t i = 0; i < n; ++i)
            v[i] /= norm;
        L.apply(v.data(), w.data());
        for (std::size_t i = 0; i < n; ++i)
            w[i] *= L.invDiag[i];
        lambda = std::sqrt(vec::dot(w.data(), w.data(), n));
        std::swap(v, w);
    }
    return lambda * kLambdaSafety;
}

void Multigrid::smooth(std::size_t l, const double* b, double* x, bool zeroStart, int degree,
                       double lambdaMin) {
    const OperatorLevel& L = m_levels[l];
    const std::size_t n = L.dofs();
    double* r = m_r[l].data();
    double* d = m_d[l].data();
    const double* inv = L.invDiag.data();
    const double lmax = m_lambdaMax[l];
    const double theta = 0.5 * (lmax + lambdaMin), delta = 0.5 * (lmax - lambdaMin);
    const double sigma = theta / delta;
    double rho = 1.0 / sigma;
    if (zeroStart) {
        parallelFor(
            n,
            [&](std::size_t s, std::size_t e) {
                for (std::size_t i = s; i < e; ++i) {
                    d[i] = inv[i] * b[i] / theta;
                    x[i] = d[i];
                }
            },
            1 << 14);
    } else {
        L.apply(x, r);
        parallelFor(
            n,
            [&](std::size_t s, std::size_t e) {
                for (std::size_t i = s; i < e; ++i) {
                    d[i] = inv[i] * (b[i] - r[i]) / theta;
                    x[i] += d[i];
                }
            },
            1 << 14);
    }
    for (int k = 1; k < degree; ++k) {
        L.apply(x, r);
        const double rhoNew = 1.0 / (2.0 * sigma - rho);
        const double c1 = rhoNew * rho, c2 = 2.0 * rhoNew / delta;
        parallelFor(
            n,
            [&](std::size_t s, std::size_t e) {
                for (std::size_t i = s; i < e; ++i) {
                    d[i] = c1 * d[i] + c2 * inv[i] * (b[i] - r[i]);
                    x[i] += d[i];
                }
            },
            1 << 14);
        rho = rhoNew;
    }
}

void Multigrid::restrictTo(std::size_t fl, const double* fine, double* coarse) const {
    const OperatorLevel& F = m_levels[fl];
    const OperatorLevel& C = m_levels[fl + 1];
    const VoxelGrid& fg = F.grid;
    const VoxelGrid& cg = C.grid;
    const int nc = F.nc;
    parallelFor(std::size_t(cg.nz + 1), [&](std::size_t k0, std::size_t k1) {
        for (int k = int(k0); k < int(k1); ++k)
            for (int j = 0; j <= cg.ny; ++j)
                for (int i = 0; i <= cg.nx; ++i) {
                    const std::size_t cn = cg.node(i, j, k);
                    double acc[3] = {};
                    for (int dz = -1; dz <= 1; ++dz) {
                        const int fk = 2 * k + dz;
                        if (fk < 0 || fk > fg.nz) continue;
                        for (int dy = -1; dy <= 1; ++dy) {
                            const int fj = 2 * j + dy;
                            if (fj < 0 || fj > fg.ny) continue;
                            for (int dx = -1; dx <= 1; ++dx) {
                                const int fi = 2 * i + dx;
                                if (fi < 0 || fi > fg.nx) continue;
                                const double w =
                                    (dx ? 0.5 : 1.0) * (dy ? 0.5 : 1.0) * (dz ? 0.5 : 1.0);
                                const std::size_t fn = fg.node(fi, fj, fk);
                                for (int c = 0; c < nc; ++c)
                                    acc[c] += w * fine[fn * nc + c];
                            }
                        }
                    }
                    for (int c = 0; c < nc; ++c)
                        coarse[cn * nc + c] = C.freeDof[cn * nc + c] ? acc[c] : 0.0;
                }
    });
}

void Multigrid::prolongAdd(std::size_t fl, const double* coarse, double* fine) const {
    const OperatorLevel& F = m_levels[fl];
    const VoxelGrid& fg = F.grid;
    const VoxelGrid& cg = m_levels[fl + 1].grid;
    const int nc = F.nc;
    parallelFor(std::size_t(fg.nz + 1), [&](std::size_t k0, std::size_t k1) {
        for (int k = int(k0); k < int(k1); ++k)
            for (int j = 0; j <= fg.ny; ++j)
                for (int i = 0; i <= fg.nx; ++i) {
                    const std::size_t fn = fg.node(i, j, k);
                    if (F.nodeKind[fn] == kNodeSkip) continue;
                    const int ci[2] = {i / 2, (i + 1) / 2}, cj[2] = {j / 2, (j + 1) / 2},
                              ck[2] = {k / 2, (k + 1) / 2};
                    const int ni = (i & 1) ? 2 : 1, nj = (j & 1) ? 2 : 1, nk = (k & 1) ? 2 : 1;
                    const double w = 1.0 / (ni * nj * nk);
                    double acc[3] = {};
                    for (int c3 = 0; c3 < nk; ++c3)
                        for (int c2 = 0; c2 < nj; ++c2)
                            for (int c1 = 0; c1 < ni; ++c1) {
                                const std::size_t cn = cg.node(ci[c1], cj[c2], ck[c3]);
                                for (int c = 0; c < nc; ++c)
                                    acc[c] += w * coarse[cn * nc + c];
                            }
                    for (int c = 0; c < nc; ++c)
                        if (F.freeDof[fn * nc + c]) fine[fn * nc + c] += acc[c];
                }
    });
}

void Multigrid::vcycle(std::size_t l, const double* b, double* x) {
    const OperatorLevel& L = m_levels[l];
    const std::size_t n = L.dofs();
    if (l + 1 == m_levels.size()) {
        if (m_directCoarse)
            m_coarse.solve(b, x);
        else
            smooth(l, b, x, true, kIterativeCoarseDegree, m_lambdaMax[l] / 1000.0);
        return;
    }
    const double lmin = m_lambdaMax[l] / m_options.smoothingRange;
    smooth(l, b, x, true, m_options.smoothingDegree, lmin);
    double* r = m_r[l].data();
    L.apply(x, r);
    parallelFor(
        n,
        [&](std::size_t s, std::size_t e) {
            for (std::size_t i = s; i < e; ++i)
                r[i] = b[i] - r[i];
        },
        1 << 14);
    restrictTo(l, r, m_b[l + 1].data());
    vcycle(l + 1, m_b[l + 1].data(), m_x[l + 1].data());
    prolongAdd(l, m_x[l + 1].data(), x);
    smooth(l, b, x, false, m_options.smoothingDegree, lmin);
}

void Multigrid::apply(const double* r, double* z) {
    vcycle(0, r, z);
}

void Multigrid::solveCoarsest(const double* b, double* x) {
    vcycle(m_levels.size() - 1, b, x);
}

std::size_t Multigrid::memoryBytes() const {
    std::size_t bytes = 0;
    for (std::size_t l = 0; l < m_levels.size(); ++l)
        bytes += m_levels[l].memoryBytes() +
                 (m_b[l].size() + m_x[l].size() + m_r[l].size() + m_d[l].size()) * sizeof(double);
    return bytes;
}

} // namespace wb::sim
