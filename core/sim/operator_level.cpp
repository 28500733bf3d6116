#include "operator_level.h"

#include "element_matrices.h"
#include "parallel.h"
#include "simd_dispatch.h"

#include <algorithm>
#include <map>

namespace wb::sim {

void setElementMatrices(OperatorLevel& level, double h) {
    if (level.nc == 3) {
        const auto& e = elasticityElement();
        level.matA.assign(e.lambdaPart.begin(), e.lambdaPart.end());
        level.matB.assign(e.muPart.begin(), e.muPart.end());
    } else {
        const auto& k = conductionElement();
        level.matA.assign(k.begin(), k.end());
        level.matB.assign(k.size(), 0.0);
    }
    for (double& v : level.matA)
        v *= h;
    for (double& v : level.matB)
        v *= h;
}

namespace {

/// Calls f(voxelIndex, localIndexOfNode) for each existing voxel around node (i,j,k).
template <typename F> void forAdjacentVoxels(const VoxelGrid& g, int i, int j, int k, F&& f) {
    for (int e = 0; e < 8; ++e) {
        const int vi = i - 1 + (e & 1), vj = j - 1 + ((e >> 1) & 1), vk = k - 1 + ((e >> 2) & 1);
        if (vi < 0 || vj < 0 || vk < 0 || vi >= g.nx || vj >= g.ny || vk >= g.nz) continue;
        f(g.voxel(vi, vj, vk), (1 - (e & 1)) + 2 * (1 - ((e >> 1) & 1)) + 4 * (1 - ((e >> 2) & 1)),
          vi, vj, vk);
    }
}

template <int NC>
[[gnu::always_inline]] inline void applyRows(const OperatorLevel& L, const double* x, double* y,
                                             std::size_t r0, std::size_t r1) {
    const VoxelGrid& g = L.grid;
    const std::size_t nx1 = g.nx + 1, ny1 = g.ny + 1, plane = nx1 * ny1;
    constexpr int kE = 8 * NC;
    const double* A = L.matA.data();
    const double* B = L.matB.data();
    const double* S = L.stencil.data();
    const double* D = L.matDominant.data();
    std::ptrdiff_t rowOffsets[9];
    for (int r = 0; r < 9; ++r)
        rowOffsets[r] = (std::ptrdiff_t(r / 3) - 1) * std::ptrdiff_t(plane) +
                        (std::ptrdiff_t(r % 3) - 1) * std::ptrdiff_t(nx1);
    for (std::size_t row = r0; row < r1; ++row) {
        const int j = int(row % ny1), k = int(row / ny1);
        for (int i = 0; i <= g.nx; ++i) {
            const std::size_t n = row * nx1 + i;
            const std::uint16_t kind = L.nodeKind[n];
            double acc[NC] = {};
            if (kind != kNodeGather && kind != kNodeSkip) {
                // 9 rows (dy, dz) of three consecutive neighbours: contiguous 3 * NC values
                const double* St = S + std::size_t(kind) * (27 * NC * NC);
                // rows outside the grid carry zero coefficients: skip them (i is never on a face)
                const int dz0 = k > 0 ? 0 : 1, dz1 = k < g.nz ? 2 : 1, dy0 = j > 0 ? 0 : 1,
                          dy1 = j < g.ny ? 2 : 1;
                for (int r = 0; r < 9; ++r) {
                    if (r / 3 < dz0 || r / 3 > dz1 || r % 3 < dy0 || r % 3 > dy1) continue;
                    const double* xr = x + (std::ptrdiff_t(n) + rowOffsets[r] - 1) * NC;
                    const double* blk = St + r * (NC * 3 * NC);
                    for (int c = 0; c < NC; ++c) {
                        double s = 0;
                        for (int q = 0; q < 3 * NC; ++q)
                            s += blk[c * 3 * NC + q] * xr[q];
                        acc[c] += s;
                    }
                }
            } else if (kind == kNodeGather) {
                forAdjacentVoxels(g, i, j, k, [&](std::size_t v, int ln, int vi, int vj, int vk) {
                    const double a = L.coefA[v], b = L.coefB[v];
                    if (a == 0 && b == 0) return;
                    double xe[kE];
                    for (int c = 0; c < 8; ++c) {
                        const std::size_t m =
                            g.node(vi + (c & 1), vj + ((c >> 1) & 1), vk + ((c >> 2) & 1));
                        for (int c2 = 0; c2 < NC; ++c2)
                            xe[c * NC + c2] = x[m * NC + c2];
                    }
                    if (a == L.dominantA && b == L.dominantB) {
                        for (int c = 0; c < NC; ++c) {
                            const double* rd = D + (ln * NC + c) * kE;
                            double sd = 0;
                            for (int q = 0; q < kE; ++q)
                                sd += rd[q] * xe[q];
                            acc[c] += sd;
                        }
                        return;
                    }
                    for (int c = 0; c < NC; ++c) {
                        const double* ra = A + (ln * NC + c) * kE;
                        const double* rb = B + (ln * NC + c) * kE;
                        double sa = 0, sb = 0;
                        for (int q = 0; q < kE; ++q) {
                            sa += ra[q] * xe[q];
                            sb += rb[q] * xe[q];
                        }
                        acc[c] += a * sa + b * sb;
                    }
                });
            }
            if (!L.robin.empty()) acc[0] += L.robin[n] * x[n * NC];
            for (int c = 0; c < NC; ++c)
                y[n * NC + c] = L.freeDof[n * NC + c] ? acc[c] : 0.0;
        }
    }
}

// Most of a solve's time: built for each SIMD variant (simd_dispatch.h).
WB_SIM_KERNEL_CLONES void applyRowsVector(const OperatorLevel& L, const double* x, double* y,
                                          std::size_t r0, std::size_t r1) {
    applyRows<3>(L, x, y, r0, r1);
}

WB_SIM_KERNEL_CLONES void applyRowsScalar(const OperatorLevel& L, const double* x, double* y,
                                          std::size_t r0, std::size_t r1) {
    applyRows<1>(L, x, y, r0, r1);
}

} // namespace

void OperatorLevel::apply(const double* x, double* y) const {
    const std::size_t rows = std::size_t(grid.ny + 1) * (grid.nz + 1);
    parallelFor(
        rows,
        [&](std::size_t b, std::size_t e) {
            if (nc == 3)
                applyRowsVector(*this, x, y, b, e);
            else
                applyRowsScalar(*this, x, y, b, e);
        },
        4);
}

void OperatorLevel::finalize() {
    const VoxelGrid& g = grid;
    const std::size_t nodes = g.nodeCount();
    const int ke = 8 * nc;
    // dominant coefficient pair
    std::map<std::pair<double, double>, std::size_t> counts;
    for (std::size_t v = 0; v < coefA.size(); ++v)
        if (voxelSolid(v)) ++counts[{coefA[v], coefB[v]}];
    std::size_t best = 0;
    for (const auto& [key, count] : counts)
        if (count > best) {
            best = count;
            dominantA = key.first;
            dominantB = key.second;
        }
    matDominant.resize(matA.size());
    for (std::size_t q = 0; q < matA.size(); ++q)
        matDominant[q] = dominantA * matA[q] + dominantB * matB[q];
    // one 27-point stencil per occupancy pattern of the 8 voxels around a node (dominant voxels)
    const std::size_t blockSize = std::size_t(27) * nc * nc;
    stencil.assign(256 * blockSize, 0.0);
    for (int pattern = 1; pattern < 256; ++pattern) {
        double* st = stencil.data() + pattern * blockSize;
        for (int e = 0; e < 8; ++e) {
            if (!((pattern >> e) & 1)) continue;
            const int ex = e & 1, ey = (e >> 1) & 1, ez = (e >> 2) & 1;
            const int ln = (1 - ex) + 2 * (1 - ey) + 4 * (1 - ez);
            for (int m = 0; m < 8; ++m) {
                const int dx = (m & 1) - (1 - ex), dy = ((m >> 1) & 1) - (1 - ey),
                          dz = ((m >> 2) & 1) - (1 - ez);
                const int r = (dz + 1) * 3 + (dy + 1);
                for (int c = 0; c < nc; ++c)
                    for (int c2 = 0; c2 < nc; ++c2)
                        st[(r * nc + c) * 3 * nc + (dx + 1) * nc + c2] +=
                            matDominant[(ln * nc + c) * ke + m * nc + c2];
            }
        }
    }
    freeDof.assign(nodes * nc, 0);
    nodeKind.assign(nodes, 0);
    invDiag.assign(nodes * nc, 0.0);
    parallelFor(std::size_t(g.nz + 1), [&](std::size_t k0, std::size_t k1) {
        for (int k = int(k0); k < int(k1); ++k)
            for (int j = 0; j <= g.ny; ++j)
                for (int i = 0; i <= g.nx; ++i) {
                    const std::size_t n = g.node(i, j, k);
                    int solidCount = 0, pattern = 0;
                    bool homogeneous = true;
                    double diag[3] = {};
                    forAdjacentVoxels(
                        g, i, j, k, [&](std::size_t v, int ln, int vi, int vj, int vk) {
                            if (!voxelSolid(v)) return;
                            ++solidCount;
                            pattern |= 1 << ((vi - i + 1) + 2 * (vj - j + 1) + 4 * (vk - k + 1));
                            homogeneous =
                                homogeneous && coefA[v] == dominantA && coefB[v] == dominantB;
                            for (int c = 0; c < nc; ++c) {
                                const int idx = (ln * nc + c) * ke + ln * nc + c;
                                diag[c] += coefA[v] * matA[idx] + coefB[v] * matB[idx];
                            }
                        });
                    if (!robin.empty()) diag[0] += robin[n];
                    bool anyFree = false;
                    for (int c = 0; c < nc; ++c) {
                        const bool f = solidCount > 0 && !dirichlet[n * nc + c] && diag[c] > 0;
                        freeDof[n * nc + c] = f;
                        invDiag[n * nc + c] = f ? 1.0 / diag[c] : 0.0;
                        anyFree = anyFree || f;
                    }
                    const bool interior = i > 0 && i < g.nx;
                    nodeKind[n] =
                        !anyFree ? kNodeSkip
                                 : (interior && homogeneous ? std::uint16_t(pattern) : kNodeGather);
                }
    });
}

OperatorLevel coarsen(const OperatorLevel& fine) {
    OperatorLevel c;
    c.nc = fine.nc;
    const VoxelGrid& fg = fine.grid;
    c.grid.nx = (fg.nx + 1) / 2;
    c.grid.ny = (fg.ny + 1) / 2;
    c.grid.nz = (fg.nz + 1) / 2;
    c.grid.h = 2 * fg.h;
    c.grid.origin = fg.origin;
    const VoxelGrid& cg = c.grid;
    c.coefA.assign(cg.voxelCount(), 0.0);
    c.coefB.assign(cg.voxelCount(), 0.0);
    for (int k = 0; k < cg.nz; ++k)
        for (int j = 0; j < cg.ny; ++j)
            for (int i = 0; i < cg.nx; ++i) {
                double a = 0, b = 0;
                for (int e = 0; e < 8; ++e) {
                    const int fi = 2 * i + (e & 1), fj = 2 * j + ((e >> 1) & 1),
                              fk = 2 * k + ((e >> 2) & 1);
                    if (fi >= fg.nx || fj >= fg.ny || fk >= fg.nz) continue;
                    a += fine.coefA[fg.voxel(fi, fj, fk)];
                    b += fine.coefB[fg.voxel(fi, fj, fk)];
                }
                c.coefA[cg.voxel(i, j, k)] = a / 8;
                c.coefB[cg.voxel(i, j, k)] = b / 8;
            }
    setElementMatrices(c, cg.h);
    c.dirichlet.assign(cg.nodeCount() * c.nc, 0);
    if (!fine.robin.empty()) c.robin.assign(cg.nodeCount(), 0.0);
    for (int k = 0; k <= cg.nz; ++k)
        for (int j = 0; j <= cg.ny; ++j)
            for (int i = 0; i <= cg.nx; ++i) {
                const std::size_t cn = cg.node(i, j, k);
                for (int dz = -1; dz <= 1; ++dz)
                    for (int dy = -1; dy <= 1; ++dy)
                        for (int dx = -1; dx <= 1; ++dx) {
                            const int fi = 2 * i + dx, fj = 2 * j + dy, fk = 2 * k + dz;
                            if (fi < 0 || fj < 0 || fk < 0 || fi > fg.nx || fj > fg.ny ||
                                fk > fg.nz)
                                continue;
                            const std::size_t fn = fg.node(fi, fj, fk);
                            for (int comp = 0; comp < c.nc; ++comp)
                                if (fine.dirichlet[fn * c.nc + comp])
                                    c.dirichlet[cn * c.nc + comp] = 1;
                            if (!c.robin.empty())
                                c.robin[cn] += fine.robin[fn] * (dx ? 0.5 : 1.0) *
                                               (dy ? 0.5 : 1.0) * (dz ? 0.5 : 1.0);
                        }
            }
    c.finalize();
    return c;
}

std::size_t OperatorLevel::memoryBytes() const {
    return (coefA.size() + coefB.size() + invDiag.size() + robin.size()) * sizeof(double) +
           dirichlet.size() + freeDof.size() + nodeKind.size() * sizeof(std::uint16_t) +
           stencil.size() * sizeof(double);
}

} // namespace wb::sim
