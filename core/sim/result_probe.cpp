#include "result_probe.h"

#include "boundary_conditions.h"
#include "element_matrices.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace wb::sim {

namespace {

/// A point farther than this from every solid voxel (in voxels) has no value, as in
/// sampleOnSurface.
constexpr double kReach = 1.5;

/// The field's components at `point`, trilinear in the nearest solid voxel; empty when there is
/// none, or (with `limited`) when it is farther than kReach voxels.
std::vector<double> sampleNear(const VoxelModel& model, const ResultField& f, const Point3& point,
                               bool limited) {
    const VoxelGrid& g = model.grid;
    const int n[3] = {g.nx, g.ny, g.nz};
    for (int a = 0; a < 3; ++a) {
        if (!std::isfinite(point[a])) return {};
        const double t = (point[a] - g.origin[a]) / g.h;
        if (limited && (t < -kReach || t > n[a] + kReach)) return {}; // outside the grid
    }
    const VoxelHit hit = nearestSolidVoxel(model, point);
    if (!hit.found) return {};
    if (limited) {
        const int idx[3] = {hit.i, hit.j, hit.k};
        double d2 = 0;
        for (int a = 0; a < 3; ++a) {
            const double t = (point[a] - g.origin[a]) / g.h - idx[a];
            d2 += (t - hit.xi[a]) * (t - hit.xi[a]);
        }
        if (d2 > kReach * kReach) return {};
    }
    std::vector<double> v(std::size_t(f.components), 0.0);
    for (int c = 0; c < 8; ++c) {
        const double w = shapeValue(c, {hit.xi[0], hit.xi[1], hit.xi[2]});
        const std::size_t node =
            g.node(hit.i + (c & 1), hit.j + ((c >> 1) & 1), hit.k + ((c >> 2) & 1));
        for (int q = 0; q < f.components; ++q)
            v[std::size_t(q)] += w * f.values[node * std::size_t(f.components) + std::size_t(q)];
    }
    return v;
}

} // namespace

std::vector<double> sampleFieldAt(const SolveResult& result, const std::string& name,
                                  const Point3& point) {
    const ResultField* f = result.field(name);
    if (!f || !result.model) return {};
    return sampleNear(*result.model, *f, point, true);
}

std::vector<double> probeValues(const SolveResult& result, const std::vector<ScalarView>& views,
                                const Point3& point) {
    std::vector<double> out(views.size(), std::numeric_limits<double>::quiet_NaN());
    std::vector<double> components;
    for (std::size_t i = 0; i < views.size(); ++i) {
        // Views of one field follow each other: sample it once.
        if (i == 0 || views[i].field != views[i - 1].field)
            components = sampleFieldAt(result, views[i].field, point);
        if (!components.empty())
            out[i] =
                reduceComponents(components.data(), int(components.size()), views[i].reduction);
    }
    return out;
}

Point3 undeformedPoint(const SolveResult& result, const Point3& deformed, double scale) {
    const ResultField* u = result.field("displacement");
    if (scale == 0 || !u || u->components != 3 || !result.model) return deformed;
    const double tolerance = 1e-6 * result.model->grid.h;
    Point3 p = deformed;
    for (int iteration = 0; iteration < 20; ++iteration) {
        const std::vector<double> d = sampleNear(*result.model, *u, p, false);
        if (d.size() != 3) break;
        Point3 next{};
        double step = 0;
        for (int a = 0; a < 3; ++a) {
            next[a] = deformed[a] - scale * d[std::size_t(a)];
            step = std::max(step, std::abs(next[a] - p[a]));
        }
        p = next;
        if (step < tolerance) break;
    }
    return p;
}

std::string csvColumn(const ScalarView& view) {
    const std::string unit = siUnit(view.quantity);
    return view.id() + " [" + (unit.empty() ? std::string("1") : unit) + "]";
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvNumber(double value) {
    if (!std::isfinite(value)) return {};
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string();
}

std::string probesCsv(const std::vector<PinnedProbe>& probes, const std::vector<ScalarView>& views,
                      const std::vector<std::vector<double>>& values) {
    std::string out = "name,x [m],y [m],z [m]";
    for (const ScalarView& view : views)
        out += "," + csvField(csvColumn(view));
    out += "\r\n";
    for (std::size_t i = 0; i < probes.size(); ++i) {
        out += csvField(probes[i].name);
        for (double c : probes[i].point)
            out += "," + csvNumber(c);
        for (std::size_t v = 0; v < views.size(); ++v)
            out += "," + (i < values.size() && v < values[i].size() ? csvNumber(values[i][v])
                                                                    : std::string());
        out += "\r\n";
    }
    return out;
}

} // namespace wb::sim
