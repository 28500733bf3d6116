#include "model_checks.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace wb::sim {

namespace {
struct UnionFind {
    std::vector<std::uint32_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
    std::uint32_t find(std::uint32_t a) {
        while (parent[a] != a)
            a = parent[a] = parent[parent[a]];
        return a;
    }
    void unite(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};
} // namespace

namespace {

/// The constraints on one connected body's rigid motions (u = t + w x p): each constrained
/// component c at node p removes the mode row [e_c, p x e_c]; the body is held when these rows
/// span all six modes, i.e. their Gram matrix is regular. Fixed nodes, single components
/// (frictionless, displacement) and any mix count alike.
struct RigidModes {
    double gram[6][6] = {};

    void add(const Point3& p, int c) {
        double row[6] = {};
        row[c] = 1;
        const int a = (c + 1) % 3, b = (c + 2) % 3; // p x e_c has p[b] at a and -p[a] at b
        row[3 + a] = p[b];
        row[3 + b] = -p[a];
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 6; ++j)
                gram[i][j] += row[i] * row[j];
    }

    /// Cholesky with a pivot threshold relative to the largest diagonal entry: positions are
    /// scaled to the model's extent, so the rows of a rank-deficient set cancel to rounding.
    bool held() const {
        double m[6][6], scale = 0;
        for (int i = 0; i < 6; ++i) {
            scale = std::max(scale, gram[i][i]);
            for (int j = 0; j < 6; ++j)
                m[i][j] = gram[i][j];
        }
        if (scale <= 0) return false;
        for (int k = 0; k < 6; ++k) {
            if (m[k][k] <= 1e-12 * scale) return false;
            const double d = std::sqrt(m[k][k]);
            for (int i = k; i < 6; ++i)
                m[i][k] /= d;
            for (int j = k + 1; j < 6; ++j)
                for (int i = j; i < 6; ++i)
                    m[i][j] -= m[i][k] * m[j][k];
        }
        return true;
    }
};

} // namespace

core::Result<bool> checkSupported(const VoxelModel& model, const BoundaryData& bd) {
    const VoxelGrid& g = model.grid;
    // union over nodes of solid voxels
    UnionFind uf(g.nodeCount());
    std::size_t nodes[8];
    for (int k = 0; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i)
                if (model.solid(g.voxel(i, j, k))) {
                    voxelNodes(g, i, j, k, nodes);
                    for (int c = 1; c < 8; ++c)
                        uf.unite(std::uint32_t(nodes[0]), std::uint32_t(nodes[c]));
                }
    const std::vector<std::uint8_t> active = model.activeNodes();
    const int nc = bd.nc;
    // positions about the grid's centre in units of its extent keep the Gram matrix scaled
    const double extent = g.h * std::max({g.nx, g.ny, g.nz});
    Point3 centre;
    for (int a = 0; a < 3; ++a)
        centre[a] = g.origin[a] + 0.5 * extent;
    std::vector<std::uint8_t> heldScalar; // conduction: any fixed or convective node holds
    std::unordered_map<std::uint32_t, RigidModes> modes; // elasticity: per body root
    if (nc == 1) heldScalar.assign(g.nodeCount(), 0);
    for (std::size_t n = 0; n < g.nodeCount(); ++n) {
        if (!active[n]) continue;
        const std::uint32_t root = uf.find(std::uint32_t(n));
        if (nc == 1) {
            if (bd.dirichlet[n] || (!bd.robin.empty() && bd.robin[n] > 0)) heldScalar[root] = 1;
            continue;
        }
        Point3 p = g.nodePosition(n);
        for (int a = 0; a < 3; ++a)
            p[a] = (p[a] - centre[a]) / extent;
        for (int c = 0; c < nc; ++c)
            if (bd.dirichlet[n * nc + c]) modes[root].add(p, c);
    }
    for (std::size_t n = 0; n < g.nodeCount(); ++n) {
        if (!active[n] || uf.find(std::uint32_t(n)) != n) continue;
        const bool held = nc == 1
                              ? heldScalar[n] != 0
                              : modes.count(std::uint32_t(n)) && modes.at(std::uint32_t(n)).held();
        if (!held)
            return core::fail(
                core::ErrorCode::InvalidArgument, "sim.rigid_body",
                nc == 3 ? "a part of the model can move freely: add supports that hold every part "
                          "in x, y and z and against rotation (a single frictionless plane lets "
                          "it slide)"
                        : "a part of the model has no fixed temperature or convection",
                "supports");
    }
    return true;
}

} // namespace wb::sim
