#include "postprocess.h"

#include "boundary_conditions.h"
#include "element_matrices.h"
#include "parallel.h"
#include "result_view.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace wb::sim {

std::vector<double> nodeAverages(const VoxelModel& model, int ns, const VoxelValuesFn& fn) {
    const VoxelGrid& g = model.grid;
    const std::size_t nodes = g.nodeCount();
    std::vector<double> acc(nodes * ns, 0.0);
    std::vector<float> weight(nodes, 0.0f);
    // serial over z-layers in two passes (even, odd) to avoid write races on shared nodes
    for (int parity = 0; parity < 2; ++parity)
        parallelFor(
            std::size_t((g.nz + 1 - parity) / 2), [&](std::size_t b, std::size_t e) {
                std::vector<double> out(ns);
                for (std::size_t kk = b; kk < e; ++kk) {
                    const int k = int(2 * kk) + parity;
                    if (k >= g.nz) continue;
                    forEachSolidVoxelInLayer(
                        model, k, [&](std::size_t v, int, int, int, const std::size_t* nd) {
                            std::fill(out.begin(), out.end(), 0.0);
                            fn(model.materials[model.voxelMaterial[v]], nd, out.data());
                            for (int c8 = 0; c8 < 8; ++c8) {
                                for (int c = 0; c < ns; ++c)
                                    acc[nd[c8] * ns + c] += out[c];
                                weight[nd[c8]] += 1.0f;
                            }
                        });
                }
            });
    for (std::size_t n = 0; n < nodes; ++n)
        if (weight[n] > 0)
            for (int c = 0; c < ns; ++c)
                acc[n * ns + c] /= weight[n];
    return acc;
}

std::vector<ResultField> deriveFields(const VoxelModel& model, const AnalysisKind& analysis,
                                      const std::vector<double>& solution) {
    return analysis.deriveFields(model, solution);
}

FieldExtremes fieldExtremes(const VoxelModel& model, const AnalysisKind& analysis,
                            const std::vector<ResultField>& fields) {
    const std::vector<std::uint8_t> active = model.activeNodes();
    FieldExtremes out;
    for (const ResultField& f : fields) {
        const FieldSpec* spec = analysis.field(f.name);
        if (!spec || spec->extremes == Extremes::None) continue;
        const bool wantMin = spec->extremes == Extremes::Min || spec->extremes == Extremes::Both;
        const bool wantMax = spec->extremes == Extremes::Max || spec->extremes == Extremes::Both;
        const ScalarRange range = scalarRange(
            model, f, f.components == 1 ? Reduction::Value : Reduction::Magnitude, active);
        if (!range.valid) continue;
        FieldExtreme lo{f.name, range.min, range.minAt, {}}, hi{f.name, range.max, range.maxAt, {}};
        if (wantMin) out.min.push_back(std::move(lo));
        if (wantMax) out.max.push_back(std::move(hi));
    }
    return out;
}

std::vector<std::pair<std::string, std::vector<double>>>
sampleFields(const VoxelModel& model, const std::vector<ResultField>& fields, const Point3& point) {
    std::vector<std::pair<std::string, std::vector<double>>> out;
    const VoxelHit hit = nearestSolidVoxel(model, point);
    for (const ResultField& f : fields) {
        std::vector<double> v(f.components, 0.0);
        if (hit.found)
            for (int c = 0; c < 8; ++c) {
                const double w = shapeValue(c, {hit.xi[0], hit.xi[1], hit.xi[2]});
                const std::size_t n = model.grid.node(hit.i + (c & 1), hit.j + ((c >> 1) & 1),
                                                      hit.k + ((c >> 2) & 1));
                for (int q = 0; q < f.components; ++q)
                    v[q] += w * f.values[n * f.components + q];
            }
        out.emplace_back(f.name, std::move(v));
    }
    return out;
}

} // namespace wb::sim
