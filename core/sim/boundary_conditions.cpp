#include "boundary_conditions.h"

#include "analysis.h"
#include "boundary_context.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb::sim {

using core::ErrorCode;
using core::fail;
using core::Vec3;

VoxelHit nearestSolidVoxel(const VoxelModel& model, const Point3& p) {
    const VoxelGrid& g = model.grid;
    const int n[3] = {g.nx, g.ny, g.nz};
    int base[3];
    for (int a = 0; a < 3; ++a)
        base[a] = std::clamp(int(std::floor((p[a] - g.origin[a]) / g.h)), 0, n[a] - 1);
    VoxelHit best;
    double bestDist = std::numeric_limits<double>::infinity();
    const int maxRadius = std::max({n[0], n[1], n[2]});
    for (int radius = 0; radius <= maxRadius && !best.found;
         radius = radius == 0 ? 1 : radius * 2) {
        for (int k = std::max(0, base[2] - radius); k <= std::min(n[2] - 1, base[2] + radius); ++k)
            for (int j = std::max(0, base[1] - radius); j <= std::min(n[1] - 1, base[1] + radius);
                 ++j)
                for (int i = std::max(0, base[0] - radius);
                     i <= std::min(n[0] - 1, base[0] + radius); ++i) {
                    if (!model.solid(g.voxel(i, j, k))) continue;
                    const int idx[3] = {i, j, k};
                    double d2 = 0, xi[3];
                    for (int a = 0; a < 3; ++a) {
                        const double t = (p[a] - g.origin[a]) / g.h - idx[a];
                        xi[a] = std::clamp(t, 0.0, 1.0);
                        d2 += (t - xi[a]) * (t - xi[a]);
                    }
                    // prefer the voxel whose centre is nearer when several contain p
                    double c2 = 0;
                    for (int a = 0; a < 3; ++a)
                        c2 += (xi[a] - 0.5) * (xi[a] - 0.5);
                    const double score = d2 * 1e6 + c2;
                    if (score < bestDist) {
                        bestDist = score;
                        best = {i, j, k, {xi[0], xi[1], xi[2]}, true};
                    }
                }
    }
    return best;
}

bool BoundaryContext::selected(const Selector& sel, const WorldTriangle& t) const {
    if (const auto* box = std::get_if<BoxSelector>(&sel.value)) {
        const Vec3 c = (t.p[0] + t.p[1] + t.p[2]) * (1.0 / 3.0);
        for (int a = 0; a < 3; ++a)
            if (c[a] < box->min[a] || c[a] > box->max[a]) return false;
        return true;
    }
    const PlacedInstance& inst = m_surface.instances[t.instance];
    for (const FaceRef& f : std::get<std::vector<FaceRef>>(sel.value))
        if (f.face == t.faceId && (f.part == inst.path || f.part == inst.partName)) return true;
    return false;
}

std::size_t BoundaryContext::nearestNode(const Point3& p) const {
    const VoxelHit hit = nearestSolidVoxel(m_model, p);
    return m_model.grid.node(hit.i + (hit.xi[0] >= 0.5), hit.j + (hit.xi[1] >= 0.5),
                             hit.k + (hit.xi[2] >= 0.5));
}

core::Result<bool> BoundaryContext::prescribe(const Selector& sel, double value,
                                              const std::string& path) {
    const std::vector<double> values(std::size_t(m_data.nc), value);
    return prescribe(
        sel, values.data(), [](const Vec3&) { return ~0u; }, path);
}

std::unexpected<core::Error> BoundaryContext::emptySelection(const std::string& path) {
    return fail(ErrorCode::InvalidArgument, "sim.empty_selection",
                "the selection contains no surface of the model", path + ".select", {path});
}

core::Result<BoundaryData> buildBoundary(const Study& study, const WorldSurface& surface,
                                         const VoxelModel& model) {
    auto kind = analysisNamed(study.analysis);
    if (!kind) return std::unexpected(kind.error());
    const VoxelGrid& g = model.grid;
    BoundaryData bd;
    bd.nc = (*kind)->dofsPerNode;
    const std::size_t nodes = g.nodeCount();
    bd.dirichlet.assign(nodes * bd.nc, 0);
    bd.prescribed.assign(nodes * bd.nc, 0.0);
    bd.load.assign(nodes * bd.nc, 0.0);
    if ((*kind)->op == OperatorKind::Conduction) bd.robin.assign(nodes, 0.0);
    BoundaryContext context(surface, model, bd);
    context.heldBy().assign(nodes * bd.nc, 0);
    auto applyAll = [&](const std::vector<Condition>& items, const char* list, const char* noun,
                        auto lookup) -> core::Result<bool> {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].suppressed) continue;
            if (std::string_view(list) == "supports") context.setSupport(i);
            const std::string path = std::string(list) + "[" + std::to_string(i) + "]";
            const ConditionKind* ck = lookup(items[i].type);
            if (!ck)
                return fail(ErrorCode::InvalidArgument, "study.invalid_field",
                            "'" + items[i].type + "' is not a " + noun + " of " + (*kind)->name,
                            path + ".type", {path + ".type", items[i].type});
            auto ok = ck->apply(context, items[i], path);
            if (!ok) return ok;
        }
        return true;
    };
    auto sup = applyAll(study.supports, "supports", "support",
                        [&](std::string_view t) { return (*kind)->support(t); });
    if (!sup) return std::unexpected(sup.error());
    auto lds = applyAll(study.loads, "loads", "load",
                        [&](std::string_view t) { return (*kind)->load(t); });
    if (!lds) return std::unexpected(lds.error());
    // the dense per-DOF owners become one short list per support
    bd.supportDofs.resize(study.supports.size());
    const std::vector<std::uint32_t>& heldBy = context.heldBy();
    for (std::size_t d = 0; d < heldBy.size(); ++d)
        if (heldBy[d] != 0 && bd.dirichlet[d]) bd.supportDofs[heldBy[d] - 1].push_back(d);
    return bd;
}

} // namespace wb::sim
