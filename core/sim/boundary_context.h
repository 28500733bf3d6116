#pragma once
/// What a support or load type needs to put itself onto the grid's nodes: the selected surface
/// sampled by area, the nearest solid voxel of a point, and the nodal boundary data it fills.
/// Used by the analyses' apply functions (core/sim/analyses/); one per buildBoundary call.

#include "boundary_conditions.h"
#include "element_matrices.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace wb::sim {

class BoundaryContext {
public:
    BoundaryContext(const WorldSurface& surface, const VoxelModel& model, BoundaryData& data)
        : m_surface(surface), m_model(model), m_data(data), m_spacing(model.grid.h / 3.0) {}

    const VoxelModel& model() const { return m_model; }
    const VoxelGrid& grid() const { return m_model.grid; }
    BoundaryData& data() { return m_data; }
    int components() const { return m_data.nc; }

    /// True when surface triangle `t` is in the selection.
    bool selected(const Selector& sel, const WorldTriangle& t) const;

    /// Calls f(point, area weight, unit outward normal) over area samples of the selected
    /// triangles; returns the selected area.
    template <typename F> double sampleSelection(const Selector& sel, F&& f) const;

    /// The selected area (m^2).
    double selectionArea(const Selector& sel) const {
        return sampleSelection(sel, [](const core::Vec3&, double, const core::Vec3&) {});
    }

    /// Spreads a point onto the 8 nodes of its nearest solid voxel: fn(node, trilinear weight).
    template <typename F> void spread(const Point3& p, F&& fn) const;

    /// The grid node nearest to `p` among the corners of its nearest solid voxel.
    std::size_t nearestNode(const Point3& p) const;

    /// Calls fn(voxel index, i, j, k, its 8 nodes) for every solid voxel.
    template <typename F> void forEachSolidVoxel(F&& fn) const;

    /// Prescribes every component to `value` at the nodes nearest to the selection's samples.
    /// An error naming `path` when the selection is empty.
    core::Result<bool> prescribe(const Selector& sel, double value, const std::string& path);

    /// Prescribes, at the node nearest to each area sample of the selection, the components
    /// that pick(unit outward normal) returns (bit c = component c), each to values[c]. Only
    /// whole DOFs are constrained, the one form the operator, the multigrid levels and the CUDA
    /// backend all carry. An error naming `path` when the selection is empty.
    template <typename Pick>
    core::Result<bool> prescribe(const Selector& sel, const double* values, Pick&& pick,
                                 const std::string& path);

    /// The error for a selection that contains no surface of the model.
    static std::unexpected<core::Error> emptySelection(const std::string& path);

    /// Per DOF: 1 + the index of the support that last prescribed it, 0 when none has.
    /// Filled by prescribe() while buildBoundary applies the supports.
    std::vector<std::uint32_t>& heldBy() { return m_heldBy; }
    /// The support whose DOFs prescribe() records (index in Study::supports).
    void setSupport(std::size_t index) { m_support = std::uint32_t(index + 1); }

private:
    const WorldSurface& m_surface;
    const VoxelModel& m_model;
    BoundaryData& m_data;
    double m_spacing;
    std::vector<std::uint32_t> m_heldBy;
    std::uint32_t m_support = 0;
};

template <typename F> double BoundaryContext::sampleSelection(const Selector& sel, F&& f) const {
    using core::Vec3;
    // Each triangle is cut at the midpoint of its longest edge until no edge is longer than
    // kPiece spacings; each piece is then split into n x n similar triangles (n <= kPiece)
    // with a sample at the centroid of each. Slivers of CAD tessellations (long and thin) thus
    // get samples by their area, not by the square of their length.
    constexpr int kPiece = 16;
    const double maxEdge = kPiece * m_spacing;
    double total = 0;
    struct Piece {
        Vec3 a, b, c;
    };
    std::vector<Piece> stack;
    for (const WorldTriangle& t : m_surface.triangles) {
        if (!selected(sel, t)) continue;
        const Vec3 cr = (t.p[1] - t.p[0]).cross(t.p[2] - t.p[0]);
        const double area = 0.5 * cr.length();
        if (area <= 0) continue;
        total += area;
        const Vec3 normal = cr * (1.0 / cr.length());
        stack.assign(1, {t.p[0], t.p[1], t.p[2]});
        while (!stack.empty()) {
            Piece q = stack.back();
            stack.pop_back();
            const double ab = (q.b - q.a).length(), bc = (q.c - q.b).length(),
                         ca = (q.a - q.c).length();
            const double longest = std::max({ab, bc, ca});
            if (longest > maxEdge) {
                // rotate so that a-b is the longest edge, then cut it at its midpoint
                if (bc == longest) q = {q.b, q.c, q.a};
                else if (ca == longest) q = {q.c, q.a, q.b};
                const Vec3 m = (q.a + q.b) * 0.5;
                stack.push_back({q.a, m, q.c});
                stack.push_back({m, q.b, q.c});
                continue;
            }
            const Vec3 e1 = q.b - q.a, e2 = q.c - q.a;
            const double pieceArea = 0.5 * e1.cross(e2).length();
            const int n = std::clamp(int(std::ceil(longest / m_spacing)), 1, kPiece);
            const double w = pieceArea / (double(n) * n);
            for (int i = 0; i < n; ++i)
                for (int j = 0; i + j < n; ++j) {
                    const double u = (i + 1.0 / 3.0) / n, v = (j + 1.0 / 3.0) / n;
                    f(q.a + e1 * u + e2 * v, w, normal);
                    if (i + j + 1 < n) {
                        const double u2 = (i + 2.0 / 3.0) / n, v2 = (j + 2.0 / 3.0) / n;
                        f(q.a + e1 * u2 + e2 * v2, w, normal);
                    }
                }
        }
    }
    return total;
}

template <typename Pick>
core::Result<bool> BoundaryContext::prescribe(const Selector& sel, const double* values,
                                              Pick&& pick, const std::string& path) {
    const int nc = m_data.nc;
    const double area =
        sampleSelection(sel, [&](const core::Vec3& p, double, const core::Vec3& normal) {
            const unsigned mask = pick(normal);
            if (mask == 0) return;
            const std::size_t n = nearestNode({p.x, p.y, p.z});
            for (int c = 0; c < nc; ++c)
                if (mask & (1u << c)) {
                    m_data.dirichlet[n * nc + c] = 1;
                    m_data.prescribed[n * nc + c] = values[c];
                    if (!m_heldBy.empty()) m_heldBy[n * nc + c] = m_support;
                }
        });
    if (area <= 0) return emptySelection(path);
    return true;
}

template <typename F> void BoundaryContext::spread(const Point3& p, F&& fn) const {
    const VoxelHit hit = nearestSolidVoxel(m_model, p);
    if (!hit.found) return;
    const VoxelGrid& g = m_model.grid;
    for (int c = 0; c < 8; ++c) {
        const double w = shapeValue(c, {hit.xi[0], hit.xi[1], hit.xi[2]});
        if (w != 0) fn(g.node(hit.i + (c & 1), hit.j + ((c >> 1) & 1), hit.k + ((c >> 2) & 1)), w);
    }
}

template <typename F> void BoundaryContext::forEachSolidVoxel(F&& fn) const {
    wb::sim::forEachSolidVoxel(m_model, fn);
}

} // namespace wb::sim
