#include "boundary_conditions.h"

#include "element_matrices.h"

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

namespace {

bool selected(const Selector& sel, const WorldTriangle& t, const WorldSurface& s) {
    if (const auto* box = std::get_if<BoxSelector>(&sel.value)) {
        const Vec3 c = (t.p[0] + t.p[1] + t.p[2]) * (1.0 / 3.0);
        for (int a = 0; a < 3; ++a)
            if (c[a] < box->min[a] || c[a] > box->max[a]) return false;
        return true;
    }
    const PlacedInstance& inst = s.instances[t.instance];
    for (const FaceRef& f : std::get<std::vector<FaceRef>>(sel.value))
        if (f.face == t.faceId && (f.part == inst.path || f.part == inst.partName)) return true;
    return false;
}

/// Calls f(point, weight, unitOutwardNormal) over area samples of the selected triangles.
template <typename F>
double sampleSelection(const Selector& sel, const WorldSurface& s, double spacing, F&& f) {
    double total = 0;
    for (const WorldTriangle& t : s.triangles) {
        if (!selected(sel, t, s)) continue;
        const Vec3 e1 = t.p[1] - t.p[0], e2 = t.p[2] - t.p[0];
        const Vec3 cr = e1.cross(e2);
        const double area = 0.5 * cr.length();
        if (area <= 0) continue;
        total += area;
        const Vec3 normal = cr * (1.0 / cr.length());
        const double longest = std::max({e1.length(), e2.length(), (t.p[2] - t.p[1]).length()});
        const int n = std::clamp(int(std::ceil(longest / spacing)), 1, 4000);
        const double w = area / (double(n) * n);
        for (int i = 0; i < n; ++i)
            for (int j = 0; i + j < n; ++j) {
                const double u = (i + 1.0 / 3.0) / n, v = (j + 1.0 / 3.0) / n;
                f(t.p[0] + e1 * u + e2 * v, w, normal);
                if (i + j + 1 < n) {
                    const double u2 = (i + 2.0 / 3.0) / n, v2 = (j + 2.0 / 3.0) / n;
                    f(t.p[0] + e1 * u2 + e2 * v2, w, normal);
                }
            }
    }
    return total;
}

std::unexpected<core::Error> emptySelection(const std::string& path) {
    return fail(ErrorCode::InvalidArgument, "sim.empty_selection",
                "the selection contains no surface of the model", path + ".select", {path});
}

} // namespace

core::Result<BoundaryData> buildBoundary(const Study& study, const WorldSurface& surface,
                                         const VoxelModel& model) {
    const VoxelGrid& g = model.grid;
    BoundaryData bd;
    bd.nc = study.analysis == Analysis::StaticStructural ? 3 : 1;
    const int nc = bd.nc;
    const std::size_t nodes = g.nodeCount();
    bd.dirichlet.assign(nodes * nc, 0);
    bd.prescribed.assign(nodes * nc, 0.0);
    bd.load.assign(nodes * nc, 0.0);
    if (nc == 1) bd.robin.assign(nodes, 0.0);
    const double spacing = g.h / 3.0;

    auto spread = [&](const Point3& p, auto&& fn) {
        const VoxelHit hit = nearestSolidVoxel(model, p);
        if (!hit.found) return;
        for (int c = 0; c < 8; ++c) {
            const double w = shapeValue(c, {hit.xi[0], hit.xi[1], hit.xi[2]});
            if (w != 0)
                fn(g.node(hit.i + (c & 1), hit.j + ((c >> 1) & 1), hit.k + ((c >> 2) & 1)), w);
        }
    };
    auto nearestNode = [&](const Point3& p) -> std::size_t {
        const VoxelHit hit = nearestSolidVoxel(model, p);
        return g.node(hit.i + (hit.xi[0] >= 0.5), hit.j + (hit.xi[1] >= 0.5),
                      hit.k + (hit.xi[2] >= 0.5));
    };

    for (std::size_t s = 0; s < study.supports.size(); ++s) {
        const Support& sup = study.supports[s];
        const double area =
            sampleSelection(sup.select, surface, spacing, [&](const Vec3& p, double, const Vec3&) {
                const std::size_t n = nearestNode({p.x, p.y, p.z});
                for (int c = 0; c < nc; ++c) {
                    bd.dirichlet[n * nc + c] = 1;
                    bd.prescribed[n * nc + c] =
                        sup.type == SupportType::FixedTemperature ? sup.temperature : 0.0;
                }
            });
        if (area <= 0) return emptySelection("supports[" + std::to_string(s) + "]");
    }

    for (std::size_t li = 0; li < study.loads.size(); ++li) {
        const Load& load = study.loads[li];
        const std::string path = "loads[" + std::to_string(li) + "]";
        if (load.type == LoadType::Gravity || (load.type == LoadType::HeatSource && !load.select)) {
            for (int k = 0; k < g.nz; ++k)
                for (int j = 0; j < g.ny; ++j)
                    for (int i = 0; i < g.nx; ++i) {
                        const std::size_t v = g.voxel(i, j, k);
                        if (!model.solid(v)) continue;
                        const double vol8 = g.h * g.h * g.h / 8.0;
                        std::size_t nd[8];
                        voxelNodes(g, i, j, k, nd);
                        for (std::size_t n : nd) {
                            if (load.type == LoadType::Gravity) {
                                const double m =
                                    model.materials[model.voxelMaterial[v]].density * vol8;
                                for (int c = 0; c < 3; ++c)
                                    bd.load[n * 3 + c] += m * load.vector[c];
                            } else {
                                bd.load[n] += load.value * vol8;
                            }
                        }
                    }
            continue;
        }
        if (load.type == LoadType::HeatSource) {
            const auto* box = std::get_if<BoxSelector>(&load.select->value);
            if (!box)
                return fail(ErrorCode::Unsupported, "sim.unsupported_selector",
                            "a heat source takes a box selection", path + ".select");
            std::size_t count = 0;
            for (int k = 0; k < g.nz; ++k)
                for (int j = 0; j < g.ny; ++j)
                    for (int i = 0; i < g.nx; ++i) {
                        const std::size_t v = g.voxel(i, j, k);
                        const Point3 c{g.origin[0] + (i + 0.5) * g.h, g.origin[1] + (j + 0.5) * g.h,
                                       g.origin[2] + (k + 0.5) * g.h};
                        bool inside = model.solid(v);
                        for (int a = 0; a < 3 && inside; ++a)
                            inside = c[a] >= box->min[a] && c[a] <= box->max[a];
                        if (!inside) continue;
                        ++count;
                        std::size_t nd[8];
                        voxelNodes(g, i, j, k, nd);
                        for (std::size_t n : nd)
                            bd.load[n] += load.value * g.h * g.h * g.h / 8.0;
                    }
            if (count == 0) return emptySelection(path);
            continue;
        }
        double area = 0;
        sampleSelection(*load.select, surface, spacing,
                        [&](const Vec3&, double w, const Vec3&) { area += w; });
        if (area <= 0) return emptySelection(path);
        sampleSelection(
            *load.select, surface, spacing, [&](const Vec3& p, double w, const Vec3& normal) {
                spread({p.x, p.y, p.z}, [&](std::size_t n, double sw) {
                    switch (load.type) {
                    case LoadType::Force:
                        for (int c = 0; c < 3; ++c)
                            bd.load[n * 3 + c] += load.vector[c] * w / area * sw;
                        break;
                    case LoadType::Pressure:
                        bd.load[n * 3 + 0] -= load.value * w * sw * normal.x;
                        bd.load[n * 3 + 1] -= load.value * w * sw * normal.y;
                        bd.load[n * 3 + 2] -= load.value * w * sw * normal.z;
                        break;
                    case LoadType::HeatFlux:
                        bd.load[n] += load.value * w * sw;
                        break;
                    case LoadType::Convection:
                        bd.robin[n] += load.coefficient * w * sw;
                        bd.load[n] += load.coefficient * load.ambientTemperature * w * sw;
                        break;
                    default:
                        break;
                    }
                });
            });
    }
    return bd;
}

} // namespace wb::sim
