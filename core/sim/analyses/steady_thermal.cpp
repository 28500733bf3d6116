// Steady-state heat conduction with prescribed temperatures, heat fluxes, convection and
// volumetric heat sources.
#include "analyses.h"

#include "core/sim/boundary_context.h"
#include "core/sim/element_matrices.h"
#include "core/sim/postprocess.h"

#include <cmath>

namespace wb::sim {

namespace {

using core::Vec3;
using Range = ParamSpec::Range;
using Shape = ParamSpec::Shape;

core::Result<bool> applyFixedTemperature(BoundaryContext& ctx, const Condition& c,
                                         const std::string& path) {
    return ctx.prescribe(*c.select, c.scalar("temperature"), path);
}

/// Heat flux (W/m^2) into the body through the selection.
core::Result<bool> applyHeatFlux(BoundaryContext& ctx, const Condition& c,
                                 const std::string& path) {
    const double value = c.scalar("value");
    std::vector<double>& load = ctx.data().load;
    const double area = ctx.sampleSelection(*c.select, [&](const Vec3& p, double w, const Vec3&) {
        ctx.spread({p.x, p.y, p.z}, [&](std::size_t n, double sw) { load[n] += value * w * sw; });
    });
    if (area <= 0) return BoundaryContext::emptySelection(path);
    return true;
}

/// Convection to an ambient temperature, lumped onto the nodes (h A per node).
core::Result<bool> applyConvection(BoundaryContext& ctx, const Condition& c,
                                   const std::string& path) {
    const double h = c.scalar("coefficient"), ambient = c.scalar("ambient_temperature");
    BoundaryData& bd = ctx.data();
    const double area = ctx.sampleSelection(*c.select, [&](const Vec3& p, double w, const Vec3&) {
        ctx.spread({p.x, p.y, p.z}, [&](std::size_t n, double sw) {
            bd.robin[n] += h * w * sw;
            bd.load[n] += h * ambient * w * sw;
        });
    });
    if (area <= 0) return BoundaryContext::emptySelection(path);
    return true;
}

/// Volumetric heat (W/m^3) in the whole body, or in the solid voxels whose centre lies in a box.
core::Result<bool> applyHeatSource(BoundaryContext& ctx, const Condition& c,
                                   const std::string& path) {
    const BoxSelector* box = nullptr;
    if (c.select) {
        box = std::get_if<BoxSelector>(&c.select->value);
        if (!box)
            return core::fail(core::ErrorCode::Unsupported, "sim.unsupported_selector",
                              "a heat source takes a box selection", path + ".select");
    }
    const VoxelGrid& g = ctx.grid();
    const double share = c.scalar("value") * g.h * g.h * g.h / 8.0;
    std::vector<double>& load = ctx.data().load;
    std::size_t count = 0;
    ctx.forEachSolidVoxel([&](std::size_t, int i, int j, int k, const std::size_t* nd) {
        if (box) {
            const Point3 centre{g.origin[0] + (i + 0.5) * g.h, g.origin[1] + (j + 0.5) * g.h,
                                g.origin[2] + (k + 0.5) * g.h};
            for (int a = 0; a < 3; ++a)
                if (centre[a] < box->min[a] || centre[a] > box->max[a]) return;
        }
        ++count;
        for (int a = 0; a < 8; ++a)
            load[nd[a]] += share;
    });
    if (box && count == 0) return BoundaryContext::emptySelection(path);
    return true;
}

/// Heat flux -k grad T at the voxel centres, averaged at the nodes.
std::vector<ResultField> deriveThermal(const VoxelModel& model, const std::vector<double>& t) {
    const double h = model.grid.h;
    std::array<std::array<double, 3>, 8> grad;
    for (int a = 0; a < 8; ++a)
        grad[a] = shapeGradient(a, {0.5, 0.5, 0.5});
    ResultField temp{"temperature", 1, t};
    ResultField flux{"heat_flux", 3,
                     nodeAverages(model, 3, [&](const Material& m, const std::size_t* nd,
                                                double* out) {
                         for (int a = 0; a < 8; ++a)
                             for (int d = 0; d < 3; ++d)
                                 out[d] -= m.thermalConductivity * t[nd[a]] * grad[a][d] / h;
                     })};
    return {std::move(temp), std::move(flux)};
}

std::vector<InpCard> conductivityCards(const Material& m) {
    return {{"*CONDUCTIVITY", {m.thermalConductivity}}};
}

AnalysisKind declare() {
    AnalysisKind a;
    a.name = "steady_thermal";
    a.op = OperatorKind::Conduction;
    a.dofsPerNode = 1;
    a.coefficients = [](const Material& m, double& k, double& unused) {
        k = m.thermalConductivity;
        unused = 0;
    };
    a.bytesPerNode = 130.0 + 24.0;
    a.supports = {
        {"fixed_temperature", {{"temperature", Shape::Scalar, Quantity::Temperature}},
         SelectRule::Required, applyFixedTemperature},
    };
    a.loads = {
        {"heat_flux", {{"value", Shape::Scalar, Quantity::HeatFlux}}, SelectRule::Required,
         applyHeatFlux},
        {"convection",
         {{"coefficient", Shape::Scalar, Quantity::HeatTransferCoefficient, Range::NonNegative},
          {"ambient_temperature", Shape::Scalar, Quantity::Temperature}},
         SelectRule::Required, applyConvection,
         "the solver lumps convection onto nodes; CalculiX takes film conditions on element "
         "faces only",
         true},
        {"heat_source", {{"value", Shape::Scalar, Quantity::VolumetricHeat}}, SelectRule::Optional,
         applyHeatSource},
    };
    a.solutionField = "temperature";
    a.fields = {
        {"temperature", 1, Quantity::Temperature, Extremes::Both},
        {"heat_flux", 3, Quantity::HeatFlux, Extremes::Both},
    };
    a.deriveFields = deriveThermal;
    a.inp = {"DC3D8", "*HEAT TRANSFER, STEADY STATE", "*CFLUX", "NT", 11, conductivityCards};
    return a;
}

} // namespace

const AnalysisKind& steadyThermalAnalysis() {
    static const AnalysisKind kind = declare();
    return kind;
}

} // namespace wb::sim
