#include "model_checks.h"

#include <numeric>

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
    struct Held {
        int count = 0;
        Point3 a{}, b{};
        bool nonCollinear = false;
    };
    std::vector<Held> held(g.nodeCount());
    const int nc = bd.nc;
    for (std::size_t n = 0; n < g.nodeCount(); ++n) {
        if (!active[n]) continue;
        bool fixed = true;
        for (int c = 0; c < nc; ++c)
            fixed = fixed && bd.dirichlet[n * nc + c];
        const bool robin = !bd.robin.empty() && bd.robin[n] > 0;
        if (!fixed && !robin) continue;
        Held& h = held[uf.find(std::uint32_t(n))];
        const Point3 p = g.nodePosition(n);
        if (nc == 1 || h.nonCollinear) {
            h.count = std::max(h.count, 3);
            h.nonCollinear = true;
            continue;
        }
        if (h.count == 0)
            h.a = p;
        else if (h.count == 1)
            h.b = p;
        else {
            const double u[3] = {h.b[0] - h.a[0], h.b[1] - h.a[1], h.b[2] - h.a[2]};
            const double v[3] = {p[0] - h.a[0], p[1] - h.a[1], p[2] - h.a[2]};
            const double cx = u[1] * v[2] - u[2] * v[1], cy = u[2] * v[0] - u[0] * v[2],
                         cz = u[0] * v[1] - u[1] * v[0];
            if (cx * cx + cy * cy + cz * cz > 1e-6 * g.h * g.h * g.h * g.h) h.nonCollinear = true;
        }
        ++h.count;
    }
    for (std::size_t n = 0; n < g.nodeCount(); ++n) {
        if (!active[n] || uf.find(std::uint32_t(n)) != n) continue;
        if (!held[n].nonCollinear)
            return core::fail(
                core::ErrorCode::InvalidArgument, "sim.rigid_body",
                nc == 3 ? "a part of the model can move freely: add supports that hold every part"
                        : "a part of the model has no fixed temperature or convection",
                "supports");
    }
    return true;
}

} // namespace wb::sim
