#include "voxelizer.h"

#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <unistd.h>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

core::Result<std::vector<Material>> resolveInstanceMaterials(const Study& study,
                                                             const WorldSurface& surface) {
    std::vector<Material> out;
    for (const PlacedInstance& inst : surface.instances) {
        std::optional<Material> chosen;
        for (std::size_t i = 0; i < study.materials.size(); ++i) {
            const MaterialAssignment& a = study.materials[i];
            if (!globMatch(a.parts, inst.path) && !globMatch(a.parts, inst.partName)) continue;
            if (a.inlineMaterial) {
                chosen = *a.inlineMaterial;
            } else {
                auto m = libraryMaterial(a.libraryId);
                if (!m) {
                    auto e = m.error();
                    e.context = "materials[" + std::to_string(i) + "].material";
                    return std::unexpected(e);
                }
                chosen = *m;
            }
        }
        if (!chosen)
            return fail(ErrorCode::InvalidArgument, "sim.part_without_material",
                        "no material assigned to part '" + inst.path + "'", "materials",
                        {inst.path});
        out.push_back(*chosen);
    }
    return out;
}

namespace {

struct SubGrid {
    int lo[3], n[3];
};

/// Adds one vote per voxel of `sub` whose centre lies inside along rays parallel to `axis`.
void parityVotes(const std::vector<const WorldTriangle*>& tris, const VoxelGrid& g,
                 const SubGrid& sub, int axis, std::vector<std::uint8_t>& votes) {
    const int u = (axis + 1) % 3, v = (axis + 2) % 3;
    const double jitterU = g.h * 1.3e-7 * 0.6180339887, jitterV = g.h * 1.1e-7 * 0.4142135623;
    struct Hit {
        std::size_t column;
        double t;
        bool operator<(const Hit& o) const {
            return column != o.column ? column < o.column : t < o.t;
        }
    };
    std::vector<Hit> hits;
    for (const WorldTriangle* tri : tris) {
        const double au = tri->p[0][u], av = tri->p[0][v], bu = tri->p[1][u], bv = tri->p[1][v];
        const double cu = tri->p[2][u], cv = tri->p[2][v];
        const double det = (bu - au) * (cv - av) - (bv - av) * (cu - au);
        if (std::abs(det) < 1e-300) continue;
        auto index = [&](double x, int ax, bool upper) {
            const double f = (x - g.origin[ax]) / g.h - 0.5;
            const int i = upper ? int(std::floor(f)) : int(std::ceil(f));
            return std::clamp(i, sub.lo[ax], sub.lo[ax] + sub.n[ax] - 1);
        };
        const int iu0 = index(std::min({au, bu, cu}), u, false),
                  iu1 = index(std::max({au, bu, cu}), u, true);
        const int iv0 = index(std::min({av, bv, cv}), v, false),
                  iv1 = index(std::max({av, bv, cv}), v, true);
        for (int iv = iv0; iv <= iv1; ++iv) {
            const double pv = g.origin[v] + (iv + 0.5) * g.h + jitterV;
            for (int iu = iu0; iu <= iu1; ++iu) {
                const double pu = g.origin[u] + (iu + 0.5) * g.h + jitterU;
                const double w0 = ((bu - pu) * (cv - pv) - (bv - pv) * (cu - pu)) / det;
                const double w1 = ((cu - pu) * (av - pv) - (cv - pv) * (au - pu)) / det;
                const double w2 = 1.0 - w0 - w1;
                if (w0 < 0 || w1 < 0 || w2 < 0) continue;
                const double t = w0 * tri->p[0][axis] + w1 * tri->p[1][axis] + w2 * tri->p[2][axis];
                const std::size_t column =
                    std::size_t(iv - sub.lo[v]) * sub.n[u] + (iu - sub.lo[u]);
                hits.push_back({column, t});
            }
        }
    }
    std::sort(hits.begin(), hits.end());
    for (std::size_t h = 0; h + 1 < hits.size();) {
        if (hits[h].column != hits[h + 1].column) {
            ++h;
            continue;
        }
        const std::size_t column = hits[h].column;
        const int iu = int(column % sub.n[u]), iv = int(column / sub.n[u]);
        const double f0 = (hits[h].t - g.origin[axis]) / g.h - 0.5;
        const double f1 = (hits[h + 1].t - g.origin[axis]) / g.h - 0.5;
        const int a0 = std::max(int(std::ceil(f0)), sub.lo[axis]) - sub.lo[axis];
        const int a1 = std::min(int(std::floor(f1)), sub.lo[axis] + sub.n[axis] - 1) - sub.lo[axis];
        for (int a = a0; a <= a1; ++a) {
            int idx[3];
            idx[axis] = a;
            idx[u] = iu;
            idx[v] = iv;
            ++votes[(std::size_t(idx[2]) * sub.n[1] + idx[1]) * sub.n[0] + idx[0]];
        }
        h += 2;
    }
}

} // namespace

double studyVoxelSize(const Study& study, const WorldSurface& surface) {
    if (study.voxelSize) return *study.voxelSize;
    return std::cbrt(std::max(surface.volume, 1e-30) / double(study.targetVoxels.value_or(1)));
}

std::optional<VoxelGrid> voxelGridFor(const WorldSurface& surface, double h) {
    if (surface.bounds.isEmpty() || !(h > 0) || !std::isfinite(h)) return std::nullopt;
    VoxelGrid g;
    g.h = h;
    const core::Vec3 size = surface.bounds.size();
    double counts[3];
    for (int a = 0; a < 3; ++a) {
        g.origin[a] = surface.bounds.min[a];
        counts[a] = std::max(1.0, std::ceil(size[a] / h - 1e-6));
    }
    if (counts[0] * counts[1] * counts[2] > 2e9) return std::nullopt;
    g.nx = int(counts[0]);
    g.ny = int(counts[1]);
    g.nz = int(counts[2]);
    return g;
}

InstanceVoxels voxelizeInstance(const WorldSurface& surface, const VoxelGrid& g, int instance,
                                std::size_t maxBoxVoxels) {
    InstanceVoxels out;
    std::vector<const WorldTriangle*> tris;
    core::BBox box;
    for (const WorldTriangle& t : surface.triangles)
        if (t.instance == instance) {
            tris.push_back(&t);
            for (const auto& p : t.p)
                box.add(p);
        }
    if (tris.empty()) return out;
    SubGrid sub;
    for (int a = 0; a < 3; ++a) {
        const int total = a == 0 ? g.nx : (a == 1 ? g.ny : g.nz);
        const int lo =
            std::clamp(int(std::floor((box.min[a] - g.origin[a]) / g.h)) - 1, 0, total - 1);
        const int hi =
            std::clamp(int(std::ceil((box.max[a] - g.origin[a]) / g.h)) + 1, lo + 1, total);
        sub.lo[a] = out.lo[a] = lo;
        sub.n[a] = out.n[a] = hi - lo;
    }
    if (out.boxVoxels() > maxBoxVoxels) return out;
    std::vector<std::uint8_t> votes(out.boxVoxels(), 0);
    for (int axis = 0; axis < 3; ++axis)
        parityVotes(tris, g, sub, axis, votes);
    for (std::uint8_t& v : votes)
        v = v >= 2 ? 1 : 0;
    out.solid = std::move(votes);
    return out;
}

core::Result<VoxelModel> voxelize(const Study& study, const WorldSurface& surface,
                                  const std::vector<Material>& instanceMaterials) {
    if (surface.triangles.empty() || surface.bounds.isEmpty())
        return fail(ErrorCode::InvalidArgument, "sim.empty_voxelization",
                    "the geometry has no triangles to voxelize", "geometry.file");
    const std::string sizeField = study.voxelSize ? "mesh.voxel_size" : "mesh.target_voxels";
    const auto grid = voxelGridFor(surface, studyVoxelSize(study, surface));
    if (!grid)
        return fail(ErrorCode::ResourceExhausted, "sim.too_many_voxels",
                    "the voxel size gives too many voxels", sizeField);
    // rough footprint of the solve (vectors, multigrid, fields) against the machine's memory
    auto kind = analysisNamed(study.analysis);
    if (!kind) return std::unexpected(kind.error());
    const double nodes = double(grid->nx + 1) * double(grid->ny + 1) * double(grid->nz + 1);
    const double estimate = nodes * (*kind)->bytesPerNode + double(grid->voxelCount()) * 24.0;
    const double physical = double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGE_SIZE));
    if (physical > 0 && estimate > 0.8 * physical)
        return fail(ErrorCode::ResourceExhausted, "sim.too_many_voxels",
                    "the model needs about " + std::to_string(int(estimate / 1e9)) +
                        " GB, more than this machine has: use a larger voxel size",
                    sizeField);
    VoxelModel model;
    model.grid = *grid;
    const VoxelGrid& g = model.grid;
    model.voxelMaterial.assign(g.voxelCount(), kEmptyVoxel);

    for (std::size_t inst = 0; inst < surface.instances.size(); ++inst) {
        const InstanceVoxels vox = voxelizeInstance(surface, g, int(inst));
        if (vox.solid.empty()) continue;
        std::uint16_t matIndex = 0;
        const Material& mat = instanceMaterials[inst];
        auto found = std::find(model.materials.begin(), model.materials.end(), mat);
        if (found == model.materials.end()) {
            model.materials.push_back(mat);
            matIndex = std::uint16_t(model.materials.size() - 1);
        } else {
            matIndex = std::uint16_t(found - model.materials.begin());
        }
        for (int k = 0; k < vox.n[2]; ++k)
            for (int j = 0; j < vox.n[1]; ++j)
                for (int i = 0; i < vox.n[0]; ++i)
                    if (vox.solid[(std::size_t(k) * vox.n[1] + j) * vox.n[0] + i])
                        model.voxelMaterial[g.voxel(i + vox.lo[0], j + vox.lo[1], k + vox.lo[2])] =
                            matIndex;
    }
    model.solidVoxels =
        std::size_t(std::count_if(model.voxelMaterial.begin(), model.voxelMaterial.end(),
                                  [](std::uint16_t m) { return m != kEmptyVoxel; }));
    if (model.solidVoxels == 0)
        return fail(ErrorCode::InvalidArgument, "sim.empty_voxelization",
                    "no voxel lies inside the geometry: the voxel size is too coarse or the "
                    "surface is not closed",
                    sizeField);
    return model;
}

std::vector<std::uint8_t> VoxelModel::activeNodes() const {
    std::vector<std::uint8_t> active(grid.nodeCount(), 0);
    std::size_t nodes[8];
    for (int k = 0; k < grid.nz; ++k)
        for (int j = 0; j < grid.ny; ++j)
            for (int i = 0; i < grid.nx; ++i)
                if (solid(grid.voxel(i, j, k))) {
                    voxelNodes(grid, i, j, k, nodes);
                    for (std::size_t n : nodes)
                        active[n] = 1;
                }
    return active;
}

} // namespace wb::sim
