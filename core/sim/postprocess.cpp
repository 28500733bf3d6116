#include "postprocess.h"

#include "boundary_conditions.h"
#include "element_matrices.h"
#include "thread_pool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace wb::sim {

namespace {

/// Eigenvalues of a symmetric 3x3 (xx, yy, zz, xy, yz, zx), descending.
std::array<double, 3> principal(const double s[6]) {
    const double p1 = s[3] * s[3] + s[4] * s[4] + s[5] * s[5];
    const double q = (s[0] + s[1] + s[2]) / 3;
    const double p2 =
        (s[0] - q) * (s[0] - q) + (s[1] - q) * (s[1] - q) + (s[2] - q) * (s[2] - q) + 2 * p1;
    if (p2 <= 1e-30 * (q * q + 1e-300)) return {q, q, q};
    const double p = std::sqrt(p2 / 6);
    const double b[6] = {(s[0] - q) / p, (s[1] - q) / p, (s[2] - q) / p,
                         s[3] / p,       s[4] / p,       s[5] / p};
    const double detB = b[0] * (b[1] * b[2] - b[4] * b[4]) - b[3] * (b[3] * b[2] - b[4] * b[5]) +
                        b[5] * (b[3] * b[4] - b[1] * b[5]);
    const double r = std::clamp(detB / 2, -1.0, 1.0);
    const double phi = std::acos(r) / 3;
    const double e1 = q + 2 * p * std::cos(phi);
    const double e3 = q + 2 * p * std::cos(phi + 2 * std::numbers::pi / 3);
    return {e1, 3 * q - e1 - e3, e3};
}

} // namespace

std::vector<ResultField> deriveFields(const VoxelModel& model, Analysis analysis,
                                      const std::vector<double>& u) {
    const VoxelGrid& g = model.grid;
    const std::size_t nodes = g.nodeCount();
    const bool structural = analysis == Analysis::StaticStructural;
    const int ns = structural ? 6 : 3; // stress tensor or flux vector per node
    std::vector<double> acc(nodes * ns, 0.0);
    std::vector<float> weight(nodes, 0.0f);
    std::array<std::array<double, 3>, 8> grad;
    for (int a = 0; a < 8; ++a)
        grad[a] = shapeGradient(a, {0.5, 0.5, 0.5});
    // serial over z-layers in two passes (even, odd) to avoid write races on shared nodes
    for (int parity = 0; parity < 2; ++parity)
        ThreadPool::global().parallelFor(
            std::size_t((g.nz + 1 - parity) / 2), [&](std::size_t b, std::size_t e, unsigned) {
                for (std::size_t kk = b; kk < e; ++kk) {
                    const int k = int(2 * kk) + parity;
                    if (k >= g.nz) continue;
                    for (int j = 0; j < g.ny; ++j)
                        for (int i = 0; i < g.nx; ++i) {
                            const std::size_t v = g.voxel(i, j, k);
                            if (!model.solid(v)) continue;
                            const Material& m = model.materials[model.voxelMaterial[v]];
                            std::size_t nd[8];
                            voxelNodes(g, i, j, k, nd);
                            double out[6] = {};
                            if (structural) {
                                double du[3][3] = {}; // du[i][j] = d u_i / d x_j
                                for (int a = 0; a < 8; ++a)
                                    for (int c = 0; c < 3; ++c)
                                        for (int d = 0; d < 3; ++d)
                                            du[c][d] += u[nd[a] * 3 + c] * grad[a][d] / g.h;
                                const double lam = m.lameLambda(), mu = m.lameMu();
                                const double tr = du[0][0] + du[1][1] + du[2][2];
                                out[0] = lam * tr + 2 * mu * du[0][0];
                                out[1] = lam * tr + 2 * mu * du[1][1];
                                out[2] = lam * tr + 2 * mu * du[2][2];
                                out[3] = mu * (du[0][1] + du[1][0]);
                                out[4] = mu * (du[1][2] + du[2][1]);
                                out[5] = mu * (du[2][0] + du[0][2]);
                            } else {
                                for (int a = 0; a < 8; ++a)
                                    for (int d = 0; d < 3; ++d)
                                        out[d] -=
                                            m.thermalConductivity * u[nd[a]] * grad[a][d] / g.h;
                            }
                            for (std::size_t n : nd) {
                                for (int c = 0; c < ns; ++c)
                                    acc[n * ns + c] += out[c];
                                weight[n] += 1.0f;
                            }
                        }
                }
            });
    std::vector<ResultField> fields;
    if (structural) {
        ResultField disp{"displacement", 3, u};
        ResultField vm{"von_mises", 1, std::vector<double>(nodes, 0.0)};
        ResultField ps{"principal_stress", 3, std::vector<double>(nodes * 3, 0.0)};
        ResultField sf{"safety_factor", 1, std::vector<double>(nodes, 0.0)};
        const std::vector<std::uint8_t> active = model.activeNodes();
        std::vector<double> yieldAt(nodes, 0.0);
        for (int k = 0; k < g.nz; ++k)
            for (int j = 0; j < g.ny; ++j)
                for (int i = 0; i < g.nx; ++i) {
                    const std::size_t v = g.voxel(i, j, k);
                    if (!model.solid(v)) continue;
                    std::size_t nd[8];
                    voxelNodes(g, i, j, k, nd);
                    const double y = model.materials[model.voxelMaterial[v]].yieldStrength;
                    for (std::size_t n : nd)
                        yieldAt[n] = yieldAt[n] == 0 ? y : std::min(yieldAt[n], y);
                }
        for (std::size_t n = 0; n < nodes; ++n) {
            if (weight[n] == 0) continue;
            double s[6];
            for (int c = 0; c < 6; ++c)
                s[c] = acc[n * 6 + c] / weight[n];
            const double vmv =
                std::sqrt(0.5 * ((s[0] - s[1]) * (s[0] - s[1]) + (s[1] - s[2]) * (s[1] - s[2]) +
                                 (s[2] - s[0]) * (s[2] - s[0])) +
                          3 * (s[3] * s[3] + s[4] * s[4] + s[5] * s[5]));
            vm.values[n] = vmv;
            const auto p = principal(s);
            for (int c = 0; c < 3; ++c)
                ps.values[n * 3 + c] = p[c];
            sf.values[n] = vmv > 0 ? std::min(yieldAt[n] / vmv, 1e6) : 1e6;
        }
        fields = {std::move(disp), std::move(vm), std::move(ps), std::move(sf)};
    } else {
        ResultField temp{"temperature", 1, u};
        ResultField flux{"heat_flux", 3, std::vector<double>(nodes * 3, 0.0)};
        for (std::size_t n = 0; n < nodes; ++n)
            if (weight[n] > 0)
                for (int c = 0; c < 3; ++c)
                    flux.values[n * 3 + c] = acc[n * 3 + c] / weight[n];
        fields = {std::move(temp), std::move(flux)};
    }
    return fields;
}

FieldExtremes fieldExtremes(const VoxelModel& model, const std::vector<ResultField>& fields) {
    const std::vector<std::uint8_t> active = model.activeNodes();
    FieldExtremes out;
    for (const ResultField& f : fields) {
        if (f.name == "principal_stress") continue;
        FieldExtreme lo{f.name, std::numeric_limits<double>::infinity(), {}};
        FieldExtreme hi{f.name, -std::numeric_limits<double>::infinity(), {}};
        std::size_t loNode = 0, hiNode = 0;
        bool any = false;
        for (std::size_t n = 0; n < active.size(); ++n) {
            if (!active[n]) continue;
            double v = 0;
            if (f.components == 1) {
                v = f.values[n];
            } else {
                for (int c = 0; c < f.components; ++c)
                    v += f.values[n * f.components + c] * f.values[n * f.components + c];
                v = std::sqrt(v);
            }
            if (!std::isfinite(v)) continue;
            any = true;
            if (v < lo.value) {
                lo.value = v;
                loNode = n;
            }
            if (v > hi.value) {
                hi.value = v;
                hiNode = n;
            }
        }
        if (!any) continue;
        lo.at = model.grid.nodePosition(loNode);
        hi.at = model.grid.nodePosition(hiNode);
        out.min.push_back(std::move(lo));
        if (f.name != "safety_factor") out.max.push_back(std::move(hi));
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
