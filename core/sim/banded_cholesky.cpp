#include "banded_cholesky.h"

#include <algorithm>
#include <cmath>

namespace wb::sim {

namespace {
void axisOrder(const VoxelGrid& g, int axis[3], std::size_t extent[3]) {
    const std::size_t n[3] = {std::size_t(g.nx + 1), std::size_t(g.ny + 1), std::size_t(g.nz + 1)};
    axis[0] = 0;
    axis[1] = 1;
    axis[2] = 2;
    std::sort(axis, axis + 3, [&](int a, int b) { return n[a] < n[b]; });
    for (int d = 0; d < 3; ++d)
        extent[d] = n[axis[d]];
}
std::size_t bandwidth(int nc, const std::size_t e[3]) {
    return std::size_t(nc) * (1 + e[0] + e[0] * e[1]) + nc - 1;
}
} // namespace

double BandedCholesky::factorCost(const OperatorLevel& level) {
    int axis[3];
    std::size_t e[3];
    axisOrder(level.grid, axis, e);
    const double bw = double(bandwidth(level.nc, e));
    return double(level.dofs()) * bw * bw;
}

double BandedCholesky::storage(const OperatorLevel& level) {
    int axis[3];
    std::size_t e[3];
    axisOrder(level.grid, axis, e);
    return double(level.dofs()) * double(bandwidth(level.nc, e) + 1);
}

core::Result<bool> BandedCholesky::factor(const OperatorLevel& level) {
    const VoxelGrid& g = level.grid;
    axisOrder(g, m_axis, m_extent);
    m_nc = level.nc;
    m_n = level.dofs();
    m_bw = bandwidth(m_nc, m_extent);
    const std::size_t w = m_bw + 1;
    m_band.assign(m_n * w, 0.0);
    m_work.assign(m_n, 0.0);
    auto perm = [&](int i, int j, int k) {
        const int idx[3] = {i, j, k};
        return std::size_t(idx[m_axis[0]]) +
               m_extent[0] *
                   (std::size_t(idx[m_axis[1]]) + m_extent[1] * std::size_t(idx[m_axis[2]]));
    };
    auto at = [&](std::size_t r, std::size_t c) -> double& {
        return m_band[r * w + (c + m_bw - r)];
    };
    const int ke = 8 * m_nc;
    for (int k = 0; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                const std::size_t v = g.voxel(i, j, k);
                if (!level.voxelSolid(v)) continue;
                std::size_t nodes[8], pn[8];
                voxelNodes(g, i, j, k, nodes);
                for (int c = 0; c < 8; ++c)
                    pn[c] = perm(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
                for (int a = 0; a < 8; ++a)
                    for (int ca = 0; ca < m_nc; ++ca) {
                        if (!level.freeDof[nodes[a] * m_nc + ca]) continue;
                        const std::size_t r = pn[a] * m_nc + ca;
                        for (int b = 0; b < 8; ++b)
                            for (int cb = 0; cb < m_nc; ++cb) {
                                if (!level.freeDof[nodes[b] * m_nc + cb]) continue;
                                const std::size_t col = pn[b] * m_nc + cb;
                                if (col > r) continue;
                                const int idx = (a * m_nc + ca) * ke + b * m_nc + cb;
                                at(r, col) += level.coefA[v] * level.matA[idx] +
                                              level.coefB[v] * level.matB[idx];
                            }
                    }
            }
    for (int k = 0; k <= g.nz; ++k)
        for (int j = 0; j <= g.ny; ++j)
            for (int i = 0; i <= g.nx; ++i) {
                const std::size_t n = g.node(i, j, k), p = perm(i, j, k);
                for (int c = 0; c < m_nc; ++c) {
                    const std::size_t r = p * m_nc + c;
                    if (!level.freeDof[n * m_nc + c])
                        at(r, r) = 1.0;
                    else if (!level.robin.empty())
                        at(r, r) += level.robin[n];
                }
            }
    double maxDiag = 0;
    for (std::size_t r = 0; r < m_n; ++r)
        maxDiag = std::max(maxDiag, at(r, r));
    for (std::size_t r = 0; r < m_n; ++r) {
        const std::size_t c0 = r > m_bw ? r - m_bw : 0;
        for (std::size_t c = c0; c <= r; ++c) {
            double s = at(r, c);
            const std::size_t k0 = std::max(c0, c > m_bw ? c - m_bw : 0);
            const double* rowR = &m_band[r * w + (m_bw - r)];
            const double* rowC = &m_band[c * w + (m_bw - c)];
            for (std::size_t q = k0; q < c; ++q)
                s -= rowR[q] * rowC[q];
            if (c == r) {
                if (!(s > 1e-10 * maxDiag))
                    return core::fail(
                        core::ErrorCode::InvalidArgument, "sim.rigid_body",
                        "the model can move freely: add supports that hold every part", "supports");
                at(r, r) = std::sqrt(s);
            } else {
                at(r, c) = s / at(c, c);
            }
        }
    }
    return true;
}

void BandedCholesky::solve(const double* b, double* x) const {
    const std::size_t w = m_bw + 1;
    // b is in grid order; map into band order
    std::vector<double>& y = m_work;
    const std::size_t e0 = m_extent[0], e1 = m_extent[1];
    std::size_t n[3];
    for (int d = 0; d < 3; ++d)
        n[m_axis[d]] = m_extent[d];
    auto gridNode = [&](std::size_t p) {
        std::size_t idx[3];
        idx[m_axis[0]] = p % e0;
        idx[m_axis[1]] = (p / e0) % e1;
        idx[m_axis[2]] = p / (e0 * e1);
        return idx[0] + n[0] * (idx[1] + n[1] * idx[2]);
    };
    for (std::size_t p = 0; p < m_n / m_nc; ++p) {
        const std::size_t gnode = gridNode(p);
        for (int c = 0; c < m_nc; ++c)
            y[p * m_nc + c] = b[gnode * m_nc + c];
    }
    for (std::size_t r = 0; r < m_n; ++r) {
        const std::size_t c0 = r > m_bw ? r - m_bw : 0;
        const double* row = &m_band[r * w + (m_bw - r)];
        double s = y[r];
        for (std::size_t q = c0; q < r; ++q)
            s -= row[q] * y[q];
        y[r] = s / row[r];
    }
    for (std::size_t r = m_n; r-- > 0;) {
        const double* row = &m_band[r * w + (m_bw - r)];
        y[r] /= row[r];
        const double yr = y[r];
        const std::size_t c0 = r > m_bw ? r - m_bw : 0;
        for (std::size_t q = c0; q < r; ++q)
            y[q] -= row[q] * yr;
    }
    for (std::size_t p = 0; p < m_n / m_nc; ++p) {
        const std::size_t gnode = gridNode(p);
        for (int c = 0; c < m_nc; ++c)
            x[gnode * m_nc + c] = y[p * m_nc + c];
    }
}

} // namespace wb::sim
