// Linear static structural analysis: small displacements, isotropic linear elasticity.
#include "analyses.h"

#include "core/sim/boundary_context.h"
#include "core/sim/element_matrices.h"
#include "core/sim/postprocess.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace wb::sim {

namespace {

using core::Vec3;
using Range = ParamSpec::Range;
using Shape = ParamSpec::Shape;

core::Result<bool> applyFixed(BoundaryContext& ctx, const Condition& c, const std::string& path) {
    return ctx.prescribe(*c.select, 0.0, path);
}

/// The members of a displacement's `components`, one per global axis.
constexpr std::array<const char*, 3> kAxisNames = {"x", "y", "z"};

/// The given components (m, global axes) prescribed; an omitted axis stays free.
core::Result<bool> applyDisplacement(BoundaryContext& ctx, const Condition& c,
                                     const std::string& path) {
    double values[3] = {};
    unsigned mask = 0;
    for (int a = 0; a < 3; ++a)
        if (const auto v = c.component("components", kAxisNames[std::size_t(a)])) {
            values[a] = *v;
            mask |= 1u << a;
        }
    return ctx.prescribe(
        *c.select, values, [mask](const Vec3&) { return mask; }, path);
}

/// A triangle whose normal is within this angle of an axis counts as perpendicular to it:
/// exact for faces modelled on an axis plane, lenient to the rounding of a mesh file.
constexpr double kAxisAlignedDegrees = 2.0;

/// Zero displacement along the surface normal. Each selected triangle fixes the component of
/// the axis its normal lies along at the nodes it maps to (a node where two selected faces
/// meet gets both). A tilted face would need u.n = 0 across components, which the solver's
/// per-DOF constraints (operator, multigrid levels, CUDA backend) cannot carry: refused.
core::Result<bool> applyFrictionless(BoundaryContext& ctx, const Condition& c,
                                     const std::string& path) {
    const double zeros[3] = {};
    const double minCos = std::cos(kAxisAlignedDegrees * std::numbers::pi / 180);
    bool tilted = false;
    auto ok = ctx.prescribe(
        *c.select, zeros,
        [&](const Vec3& n) -> unsigned {
            const double a[3] = {std::abs(n.x), std::abs(n.y), std::abs(n.z)};
            const int axis = int(std::max_element(a, a + 3) - a);
            if (a[axis] >= minCos) return 1u << axis;
            tilted = true;
            return 0;
        },
        path);
    if (!ok) return ok;
    if (tilted)
        return core::fail(core::ErrorCode::Unsupported, "study.frictionless_not_axis_aligned",
                          "a frictionless support needs faces perpendicular to the x, y or z "
                          "axis (within 2 degrees); this selection has a tilted face",
                          path + ".select", {path});
    return true;
}

/// Total force (N) spread over the selection by area.
core::Result<bool> applyForce(BoundaryContext& ctx, const Condition& c, const std::string& path) {
    const double area = ctx.selectionArea(*c.select);
    if (area <= 0) return BoundaryContext::emptySelection(path);
    const Point3 f = c.vector("vector");
    std::vector<double>& load = ctx.data().load;
    ctx.sampleSelection(*c.select, [&](const Vec3& p, double w, const Vec3&) {
        ctx.spread({p.x, p.y, p.z}, [&](std::size_t n, double sw) {
            for (int a = 0; a < 3; ++a)
                load[n * 3 + a] += f[a] * w / area * sw;
        });
    });
    return true;
}

/// Pressure (Pa), positive pushes into the surface.
core::Result<bool> applyPressure(BoundaryContext& ctx, const Condition& c,
                                 const std::string& path) {
    const double value = c.scalar("value");
    std::vector<double>& load = ctx.data().load;
    const double area =
        ctx.sampleSelection(*c.select, [&](const Vec3& p, double w, const Vec3& normal) {
            ctx.spread({p.x, p.y, p.z}, [&](std::size_t n, double sw) {
                load[n * 3 + 0] -= value * w * sw * normal.x;
                load[n * 3 + 1] -= value * w * sw * normal.y;
                load[n * 3 + 2] -= value * w * sw * normal.z;
            });
        });
    if (area <= 0) return BoundaryContext::emptySelection(path);
    return true;
}

/// Body force of the whole model: density times acceleration (m/s^2), lumped to the nodes.
core::Result<bool> applyGravity(BoundaryContext& ctx, const Condition& c, const std::string&) {
    const Point3 gvec = c.vector("vector");
    const double vol8 = std::pow(ctx.grid().h, 3) / 8.0;
    std::vector<double>& load = ctx.data().load;
    const VoxelModel& model = ctx.model();
    ctx.forEachSolidVoxel([&](std::size_t v, int, int, int, const std::size_t* nd) {
        const double m = model.materials[model.voxelMaterial[v]].density * vol8;
        for (int a = 0; a < 8; ++a)
            for (int d = 0; d < 3; ++d)
                load[nd[a] * 3 + d] += m * gvec[d];
    });
    return true;
}

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

/// Smallest yield strength of the solid voxels around each node (0 at no solid voxel).
std::vector<double> nodalYield(const VoxelModel& model) {
    const VoxelGrid& g = model.grid;
    std::vector<double> yieldAt(g.nodeCount(), 0.0);
    forEachSolidVoxel(model, [&](std::size_t v, int, int, int, const std::size_t* nd) {
        const double y = model.materials[model.voxelMaterial[v]].yieldStrength;
        for (int c = 0; c < 8; ++c)
            yieldAt[nd[c]] = yieldAt[nd[c]] == 0 ? y : std::min(yieldAt[nd[c]], y);
    });
    return yieldAt;
}

/// Stress at the voxel centres averaged at the nodes, then von Mises, principal stresses and
/// the safety factor (yield / von Mises, capped at 1e6).
std::vector<ResultField> deriveStructural(const VoxelModel& model, const std::vector<double>& u) {
    const VoxelGrid& g = model.grid;
    const std::size_t nodes = g.nodeCount();
    std::array<std::array<double, 3>, 8> grad;
    for (int a = 0; a < 8; ++a)
        grad[a] = shapeGradient(a, {0.5, 0.5, 0.5});
    const std::vector<double> stress =
        nodeAverages(model, 6, [&](const Material& m, const std::size_t* nd, double* out) {
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
        });
    ResultField disp{"displacement", 3, u};
    ResultField vm{"von_mises", 1, std::vector<double>(nodes, 0.0)};
    ResultField ps{"principal_stress", 3, std::vector<double>(nodes * 3, 0.0)};
    ResultField sf{"safety_factor", 1, std::vector<double>(nodes, 0.0)};
    const std::vector<double> yieldAt = nodalYield(model);
    const std::vector<std::uint8_t> active = model.activeNodes();
    for (std::size_t n = 0; n < nodes; ++n) {
        if (!active[n]) continue;
        const double* s = &stress[n * 6];
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
    return {std::move(disp), std::move(vm), std::move(ps), std::move(sf)};
}

std::vector<InpCard> elasticCards(const Material& m) {
    return {{"*ELASTIC", {m.youngsModulus, m.poissonRatio}}};
}

AnalysisKind declare() {
    AnalysisKind a;
    a.name = "static_structural";
    a.op = OperatorKind::Elasticity;
    a.dofsPerNode = 3;
    a.coefficients = [](const Material& m, double& lambda, double& mu) {
        lambda = m.lameLambda();
        mu = m.lameMu();
    };
    a.bytesPerNode = 3 * 130.0 + 24.0;
    a.supports = {
        {"fixed", {}, SelectRule::Required, applyFixed},
        {"frictionless", {}, SelectRule::Required, applyFrictionless},
        {"displacement",
         {{"components",
           Shape::Components,
           Quantity::Length,
           Range::Any,
           {kAxisNames.begin(), kAxisNames.end()}}},
         SelectRule::Required,
         applyDisplacement},
    };
    a.loads = {
        {"force", {{"vector", Shape::Vector, Quantity::Force}}, SelectRule::Required, applyForce},
        {"pressure",
         {{"value", Shape::Scalar, Quantity::Pressure}},
         SelectRule::Required,
         applyPressure},
        {"gravity",
         {{"vector", Shape::Vector, Quantity::Acceleration}},
         SelectRule::Forbidden,
         applyGravity},
    };
    a.solutionField = "displacement";
    a.fields = {
        {"displacement", 3, Quantity::Length, Extremes::Both},
        {"von_mises", 1, Quantity::Pressure, Extremes::Both},
        {"principal_stress", 3, Quantity::Pressure, Extremes::None},
        {"safety_factor", 1, Quantity::Dimensionless, Extremes::Min},
    };
    a.deriveFields = deriveStructural;
    a.inp = {"C3D8", "*STATIC", "*CLOAD", "U", 1, elasticCards};
    return a;
}

} // namespace

const AnalysisKind& staticStructuralAnalysis() {
    static const AnalysisKind kind = declare();
    return kind;
}

} // namespace wb::sim
