#include "surface_sampling.h"

#include "boundary_conditions.h"
#include "element_matrices.h"

#include <cmath>
#include <limits>

namespace wb::sim {

std::vector<float> sampleOnSurface(const SolveResult& result, const std::string& name,
                                   const core::Mesh& mesh, const core::Transform& toMetres) {
    const ResultField* f = result.field(name);
    if (!f || !result.model) return {};
    const VoxelModel& model = *result.model;
    const VoxelGrid& g = model.grid;
    // a vertex farther than this from every solid voxel (in voxels) has no value: a part the
    // voxel model lost, or one that was not in the solved geometry
    constexpr double kReach = 1.5;
    std::vector<float> out(mesh.vertexCount() * f->components,
                           std::numeric_limits<float>::quiet_NaN());
    const int n[3] = {g.nx, g.ny, g.nz};
    for (std::size_t v = 0; v < mesh.vertexCount(); ++v) {
        const core::Vec3 p = toMetres.apply(mesh.vertex(v));
        const double at[3] = {p.x, p.y, p.z};
        bool near = true;
        for (int a = 0; a < 3 && near; ++a) {
            const double t = (at[a] - g.origin[a]) / g.h;
            near = t >= -kReach && t <= n[a] + kReach;
        }
        if (!near) continue; // outside the grid: no search through it
        const VoxelHit hit = nearestSolidVoxel(model, {p.x, p.y, p.z});
        if (!hit.found) continue;
        const int idx[3] = {hit.i, hit.j, hit.k};
        double d2 = 0;
        for (int a = 0; a < 3; ++a) {
            const double t = (at[a] - g.origin[a]) / g.h - idx[a];
            d2 += (t - hit.xi[a]) * (t - hit.xi[a]);
        }
        if (d2 > kReach * kReach) continue;
        for (int q = 0; q < f->components; ++q)
            out[v * f->components + q] = 0.0f;
        for (int c = 0; c < 8; ++c) {
            const double w = shapeValue(c, {hit.xi[0], hit.xi[1], hit.xi[2]});
            const std::size_t n =
                model.grid.node(hit.i + (c & 1), hit.j + ((c >> 1) & 1), hit.k + ((c >> 2) & 1));
            for (int q = 0; q < f->components; ++q)
                out[v * f->components + q] += float(w * f->values[n * f->components + q]);
        }
    }
    return out;
}

AssemblySamples sampleOnAssembly(const SolveResult& result, const core::Assembly& assembly,
                                 const ScalarView& view, bool withDisplacements) {
    AssemblySamples out;
    const double metresPerUnit = assembly.metresPerUnit() > 0 ? assembly.metresPerUnit() : 1e-3;
    const ResultField* field = result.field(view.field);
    const int components = field ? field->components : 1;
    for (const core::Instance& instance : assembly.instances()) {
        const auto& mesh = assembly.parts()[std::size_t(instance.part)].mesh;
        if (!mesh || mesh->vertexCount() == 0) continue;
        const core::Transform toMetres = core::Transform::scale(metresPerUnit) * instance.world;
        const std::size_t n = mesh->vertexCount();
        const auto raw = sampleOnSurface(result, view.field, *mesh, toMetres);
        std::vector<float> values(n, std::numeric_limits<float>::quiet_NaN());
        if (raw.size() == n * std::size_t(components))
            for (std::size_t v = 0; v < n; ++v)
                values[v] = float(reduceComponents(&raw[v * std::size_t(components)], components,
                                                   view.reduction));
        out.values[instance.node] = std::move(values);
        if (!withDisplacements) continue;
        auto moves = sampleOnSurface(result, "displacement", *mesh, toMetres);
        if (moves.size() != 3 * n) continue;
        for (float& d : moves) // metres to assembly units; no value: not moved
            d = std::isfinite(d) ? float(d / metresPerUnit) : 0.0f;
        out.displacements[instance.node] = std::move(moves);
    }
    return out;
}

} // namespace wb::sim
