#include "result_view.h"

#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb::sim {

namespace {

const char* suffix(Reduction r) {
    switch (r) {
    case Reduction::Magnitude: return "magnitude";
    case Reduction::X: return "x";
    case Reduction::Y: return "y";
    case Reduction::Z: return "z";
    case Reduction::MaxPrincipal: return "max";
    case Reduction::MinPrincipal: return "min";
    case Reduction::Value: break;
    }
    return "";
}

double reduce(const double* v, int components, Reduction r) {
    switch (r) {
    case Reduction::Value: return v[0];
    case Reduction::Magnitude: {
        double s = 0;
        for (int c = 0; c < components; ++c)
            s += v[c] * v[c];
        return std::sqrt(s);
    }
    case Reduction::X: return v[0];
    case Reduction::Y: return components > 1 ? v[1] : std::nan("");
    case Reduction::Z: return components > 2 ? v[2] : std::nan("");
    case Reduction::MaxPrincipal: return v[0]; // stored in descending order
    case Reduction::MinPrincipal: return v[components - 1];
    }
    return std::nan("");
}

const AnalysisKind* analysisOf(const SolveResult& result) { return findAnalysis(result.analysis); }

} // namespace

std::string ScalarView::id() const {
    return reduction == Reduction::Value ? field : field + "." + suffix(reduction);
}

std::vector<ScalarView> scalarViews(const SolveResult& result) {
    std::vector<ScalarView> out;
    const AnalysisKind* analysis = analysisOf(result);
    if (!analysis) return out;
    for (const FieldSpec& spec : analysis->fields) {
        if (!result.field(spec.name)) continue;
        if (spec.components == 1) {
            out.push_back({spec.name, Reduction::Value, spec.quantity, false});
        } else if (spec.name == "principal_stress") {
            out.push_back({spec.name, Reduction::MaxPrincipal, spec.quantity, true});
            out.push_back({spec.name, Reduction::MinPrincipal, spec.quantity, true});
        } else {
            out.push_back({spec.name, Reduction::Magnitude, spec.quantity, false});
            for (Reduction r : {Reduction::X, Reduction::Y, Reduction::Z})
                if (int(r) - int(Reduction::X) < spec.components)
                    out.push_back({spec.name, r, spec.quantity, true});
        }
    }
    return out;
}

double reduceComponents(const float* values, int components, Reduction reduction) {
    double v[9] = {};
    components = std::clamp(components, 1, 9);
    for (int c = 0; c < components; ++c)
        v[c] = values[c];
    return reduce(v, components, reduction);
}

double reduceComponents(const double* values, int components, Reduction reduction) {
    return reduce(values, std::clamp(components, 1, 9), reduction);
}

std::optional<ScalarView> findScalarView(const SolveResult& result, std::string_view id) {
    for (ScalarView& v : scalarViews(result))
        if (v.id() == id) return v;
    return std::nullopt;
}

namespace {

/// Calls fn(node, value) for each node of a solid voxel (`active`, VoxelModel::activeNodes());
/// nothing when the field or the mask does not fit the grid.
template <typename F>
void forEachActiveValue(const VoxelModel& model, const std::vector<std::uint8_t>& active,
                        const ResultField& field, Reduction reduction, F&& fn) {
    const std::size_t nodes = model.grid.nodeCount();
    if (field.components < 1 || field.values.size() != nodes * std::size_t(field.components) ||
        active.size() != nodes)
        return;
    for (std::size_t n = 0; n < nodes; ++n)
        if (active[n])
            fn(n, reduce(&field.values[n * std::size_t(field.components)], field.components,
                         reduction));
}

} // namespace

std::vector<float> nodeScalars(const SolveResult& result, const ScalarView& view) {
    const std::size_t nodes = result.model ? result.model->grid.nodeCount() : 0;
    std::vector<float> out(nodes, std::numeric_limits<float>::quiet_NaN());
    if (const ResultField* field = result.field(view.field); field && result.model)
        forEachActiveValue(*result.model, result.model->activeNodes(), *field, view.reduction,
                           [&](std::size_t n, double v) { out[n] = float(v); });
    return out;
}

ScalarRange scalarRange(const VoxelModel& model, const ResultField& field, Reduction reduction,
                        const std::vector<std::uint8_t>& active) {
    ScalarRange r;
    forEachActiveValue(model, active, field, reduction, [&](std::size_t n, double v) {
        if (!std::isfinite(v)) return;
        if (!r.valid || v < r.min) r.min = v, r.minNode = n;
        if (!r.valid || v > r.max) r.max = v, r.maxNode = n;
        r.valid = true;
    });
    if (r.valid) {
        r.minAt = model.grid.nodePosition(r.minNode);
        r.maxAt = model.grid.nodePosition(r.maxNode);
    }
    return r;
}

ScalarRange scalarRange(const SolveResult& result, const ScalarView& view) {
    const ResultField* field = result.field(view.field);
    if (!field || !result.model) return {};
    return scalarRange(*result.model, *field, view.reduction, result.model->activeNodes());
}

std::string singularPeak(const VoxelModel& model, const std::vector<std::uint8_t>& dirichlet,
                         int nc, std::size_t node) {
    const VoxelGrid& g = model.grid;
    if (node >= g.nodeCount() || nc < 1 || dirichlet.size() != g.nodeCount() * std::size_t(nc))
        return {};
    const std::size_t nx1 = std::size_t(g.nx) + 1, ny1 = std::size_t(g.ny) + 1;
    const int i = int(node % nx1), j = int((node / nx1) % ny1), k = int(node / (nx1 * ny1));
    // nodal stresses are averaged over the voxels around a node, which moves a clamp's peak
    // up to two voxels away from the held nodes
    constexpr int kReach = 2;
    for (int dk = -kReach; dk <= kReach; ++dk)
        for (int dj = -kReach; dj <= kReach; ++dj)
            for (int di = -kReach; di <= kReach; ++di) {
                const int a = i + di, b = j + dj, c = k + dk;
                if (a < 0 || b < 0 || c < 0 || a > g.nx || b > g.ny || c > g.nz) continue;
                const std::size_t n = g.node(a, b, c);
                bool held = true;
                for (int d = 0; d < nc && held; ++d)
                    held = dirichlet[n * std::size_t(nc) + std::size_t(d)] != 0;
                if (held) return "support";
            }
    int solid = 0;
    for (int c = 0; c < 8; ++c) {
        const int a = i - 1 + (c & 1), b = j - 1 + ((c >> 1) & 1), d = k - 1 + ((c >> 2) & 1);
        if (a >= 0 && b >= 0 && d >= 0 && a < g.nx && b < g.ny && d < g.nz)
            solid += model.solid(g.voxel(a, b, d));
    }
    return solid == 6 || solid == 7 ? "corner" : "";
}

double autoDeformationScale(const SolveResult& result, double diagonalMetres, double fraction) {
    const ScalarRange r = scalarRange(result, {"displacement", Reduction::Magnitude});
    if (!r.valid || !(r.max > 0) || !std::isfinite(diagonalMetres) || diagonalMetres <= 0)
        return 0.0;
    return fraction * diagonalMetres / r.max;
}

} // namespace wb::sim
