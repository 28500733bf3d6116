#include "surface_sampling.h"

#include "boundary_conditions.h"
#include "element_matrices.h"

namespace wb::sim {

std::vector<float> sampleOnSurface(const SolveResult& result, const std::string& name,
                                   const core::Mesh& mesh, const core::Transform& toMetres) {
    const ResultField* f = result.field(name);
    if (!f || !result.model) return {};
    const VoxelModel& model = *result.model;
    std::vector<float> out(mesh.vertexCount() * f->components, 0.0f);
    for (std::size_t v = 0; v < mesh.vertexCount(); ++v) {
        const core::Vec3 p = toMetres.apply(mesh.vertex(v));
        const VoxelHit hit = nearestSolidVoxel(model, {p.x, p.y, p.z});
        if (!hit.found) continue;
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

} // namespace wb::sim
