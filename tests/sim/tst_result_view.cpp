// The scalars a result is coloured by: the views of a structural and a thermal result, their
// ranges against the solver's own extremes, reductions node by node, inactive nodes, and the
// automatic deformation scale.
#include "sim_check.h"

#include "core/sim/result_folder.h"
#include "core/sim/result_view.h"
#include "core/sim/solve.h"

#include <cmath>

using namespace wb::sim;

namespace {

std::vector<std::string> ids(const std::vector<ScalarView>& views) {
    std::vector<std::string> out;
    for (const auto& v : views)
        out.push_back(v.id());
    return out;
}

const FieldExtreme* extreme(const std::vector<FieldExtreme>& list, const std::string& field) {
    for (const auto& e : list)
        if (e.field == field) return &e;
    return nullptr;
}

wb::core::Result<SolveResult> solveText(const std::filesystem::path& dir, const std::string& text) {
    auto study = parseStudy(text);
    if (!study) return std::unexpected(study.error());
    study->baseDir = dir;
    return solve(*study);
}

void structural(const std::filesystem::path& dir) {
    auto r = solveText(dir, simtest::cantileverStudy(2.5e-3));
    SIM_CHECK(r.has_value());
    if (!r) return;
    const auto views = scalarViews(*r);
    SIM_CHECK((ids(views) ==
               std::vector<std::string>{"displacement.magnitude", "displacement.x",
                                        "displacement.y", "displacement.z", "von_mises",
                                        "principal_stress.max", "principal_stress.min",
                                        "safety_factor"}));
    SIM_CHECK(findScalarView(*r, "displacement.z")->signedValues);
    SIM_CHECK(!findScalarView(*r, "von_mises")->signedValues);
    SIM_CHECK(findScalarView(*r, "von_mises")->quantity == Quantity::Pressure);
    SIM_CHECK(!findScalarView(*r, "temperature"));
    SIM_CHECK(!findScalarView(*r, "displacement.w"));

    // the ranges are the solver's extremes (result.json's min and max), value and place
    for (const auto& [id, field] : {std::pair{"displacement.magnitude", "displacement"},
                                    std::pair{"von_mises", "von_mises"}}) {
        const ScalarRange range = scalarRange(*r, *findScalarView(*r, id));
        const FieldExtreme* mx = extreme(r->max, field);
        SIM_CHECK(range.valid && mx);
        if (!mx) continue;
        std::cout << id << ": " << range.min << " .. " << range.max << " (solver max "
                  << mx->value << ")\n";
        SIM_CHECK_NEAR(range.max, mx->value, 1e-6);
        for (int a = 0; a < 3; ++a)
            SIM_CHECK(std::abs(range.maxAt[a] - mx->at[a]) < 1e-9);
        if (const FieldExtreme* mn = extreme(r->min, field)) SIM_CHECK_NEAR(range.min, mn->value, 1e-6);
    }
    // the clamped root carries the peak: it depends on the voxel size, and says so
    const FieldExtreme* peak = extreme(r->max, "von_mises");
    if (peak)
        std::cout << "von Mises peak at " << peak->at[0] << " " << peak->at[1] << " " << peak->at[2]
                  << ": " << (peak->singular.empty() ? "regular" : peak->singular) << "\n";
    SIM_CHECK(peak && peak->singular == "support");
    SIM_CHECK(extreme(r->max, "displacement")->singular.empty());
    const Json summary = resultSummary(*r);
    SIM_CHECK(summary["max"]["von_mises"].value("singular", "") == "support");
    SIM_CHECK(!summary["max"]["displacement"].contains("singular"));
    const ScalarRange sf = scalarRange(*r, *findScalarView(*r, "safety_factor"));
    if (const FieldExtreme* mn = extreme(r->min, "safety_factor"))
        SIM_CHECK_NEAR(sf.min, mn->value, 1e-6);

    // node by node: the tip load bends the beam down, principal stresses bound von Mises
    const auto uz = nodeScalars(*r, *findScalarView(*r, "displacement.z"));
    const auto mag = nodeScalars(*r, *findScalarView(*r, "displacement.magnitude"));
    const auto vm = nodeScalars(*r, *findScalarView(*r, "von_mises"));
    const auto p1 = nodeScalars(*r, *findScalarView(*r, "principal_stress.max"));
    const auto p3 = nodeScalars(*r, *findScalarView(*r, "principal_stress.min"));
    const auto active = r->model->activeNodes();
    std::size_t inactive = 0, bad = 0;
    for (std::size_t n = 0; n < uz.size(); ++n) {
        if (!active[n]) {
            inactive += std::isnan(uz[n]) && std::isnan(vm[n]);
            continue;
        }
        if (!(std::abs(uz[n]) <= mag[n] * (1 + 1e-6) + 1e-30)) ++bad;
        // Tresca bounds von Mises: vm <= p1 - p3 <= 2 / sqrt(3) vm
        const double tresca = double(p1[n]) - p3[n], v = vm[n];
        if (!(p1[n] >= p3[n] && v <= tresca * (1 + 1e-4) + 1 && tresca <= 1.1548 * v + 1)) ++bad;
    }
    std::cout << "nodes " << uz.size() << ", inactive " << inactive << ", inconsistent " << bad
              << "\n";
    SIM_CHECK(bad == 0);
    std::size_t expectInactive = 0;
    for (auto a : active)
        expectInactive += !a;
    SIM_CHECK(inactive == expectInactive);
    SIM_CHECK(scalarRange(*r, *findScalarView(*r, "displacement.z")).min < 0);

    // reduceComponents (for values sampled between nodes) reduces as nodeScalars does
    std::size_t differ = 0;
    for (const ScalarView& view : views) {
        const ResultField* field = r->field(view.field);
        const auto perNode = nodeScalars(*r, view);
        for (std::size_t n = 0; field && n < perNode.size(); n += 7) {
            if (!active[n]) continue;
            std::vector<float> values(std::size_t(field->components));
            for (int c = 0; c < field->components; ++c)
                values[std::size_t(c)] = float(field->values[n * field->components + c]);
            const double reduced = reduceComponents(values.data(), field->components,
                                                    view.reduction);
            if (!(std::abs(reduced - perNode[n]) <= 1e-5 * std::abs(perNode[n]) + 1e-30)) ++differ;
        }
    }
    SIM_CHECK(differ == 0);

    // the deformed shape: the largest displacement becomes 5% of the diagonal
    const double diagonal = std::sqrt(0.1 * 0.1 + 0.01 * 0.01 + 0.01 * 0.01);
    const double scale = autoDeformationScale(*r, diagonal);
    const double maxDisp = scalarRange(*r, *findScalarView(*r, "displacement.magnitude")).max;
    std::cout << "deformation scale " << scale << "\n";
    SIM_CHECK_NEAR(scale * maxDisp, 0.05 * diagonal, 1e-9);
    SIM_CHECK(autoDeformationScale(*r, std::nan("")) == 0);
    SIM_CHECK(autoDeformationScale(*r, 0) == 0);
}

/// singularPeak on hand-made grids: an L-shaped block's re-entrant edge, its outer corner,
/// nodes near fully and partly held nodes.
void singularPeaks() {
    VoxelModel model;
    model.grid = {4, 2, 4, 0.001, {0, 0, 0}};
    model.materials.push_back(*libraryMaterial("structural_steel"));
    const VoxelGrid& g = model.grid;
    model.voxelMaterial.assign(g.voxelCount(), 0);
    // remove the upper right quarter: an L in x-z, re-entrant edge along y at (2, *, 2)
    for (int k = 2; k < 4; ++k)
        for (int j = 0; j < 2; ++j)
            for (int i = 2; i < 4; ++i)
                model.voxelMaterial[g.voxel(i, j, k)] = kEmptyVoxel;
    std::vector<std::uint8_t> none(g.nodeCount() * 3, 0);
    SIM_CHECK(singularPeak(model, none, 3, g.node(2, 1, 2)) == "corner"); // 6 of 8 solid
    SIM_CHECK(singularPeak(model, none, 3, g.node(2, 0, 2)) == "");       // 3 of 4 at a face
    SIM_CHECK(singularPeak(model, none, 3, g.node(0, 0, 0)) == "");       // outer corner
    SIM_CHECK(singularPeak(model, none, 3, g.node(1, 1, 1)) == "");       // inside
    std::vector<std::uint8_t> held = none;
    for (int c = 0; c < 3; ++c)
        held[g.node(0, 1, 0) * 3 + std::size_t(c)] = 1;
    SIM_CHECK(singularPeak(model, held, 3, g.node(1, 1, 1)) == "support"); // diagonal neighbour
    SIM_CHECK(singularPeak(model, held, 3, g.node(2, 1, 2)) == "support"); // two voxels away
    SIM_CHECK(singularPeak(model, held, 3, g.node(3, 1, 1)) == "");        // three voxels away
    std::vector<std::uint8_t> sliding = none;
    sliding[g.node(0, 1, 0) * 3] = 1; // one direction only: a symmetry plane, not a clamp
    SIM_CHECK(singularPeak(model, sliding, 3, g.node(1, 1, 1)) == "");
    // sizes that do not fit give no answer instead of reading out of bounds
    SIM_CHECK(singularPeak(model, std::vector<std::uint8_t>(3, 1), 3, 0) == "");
    SIM_CHECK(singularPeak(model, none, 3, g.nodeCount()) == "");
}

void thermal(const std::filesystem::path& dir) {
    writeStl(dir / "slab.stl", simtest::boxMesh(0, 0, 0, 20, 4, 4));
    const std::string material =
        "{\"parts\":\"*\",\"material\":{\"name\":\"m\",\"youngs_modulus\":1e9,"
        "\"poisson_ratio\":0.3,\"density\":1000,\"yield_strength\":1e6,"
        "\"thermal_conductivity\":20}}";
    auto fixed = [](double t, double x) {
        return "{\"type\":\"fixed_temperature\",\"temperature\":" + formatNumber(t) +
               ",\"select\":" + simtest::planeBox(0, x) + "}";
    };
    auto r = solveText(dir, simtest::studyText("steady_thermal", "slab.stl", 1e-3, material,
                                               fixed(300, 0) + "," + fixed(400, 0.02), "", ""));
    SIM_CHECK(r.has_value());
    if (!r) return;
    SIM_CHECK((ids(scalarViews(*r)) ==
               std::vector<std::string>{"temperature", "heat_flux.magnitude", "heat_flux.x",
                                        "heat_flux.y", "heat_flux.z"}));
    const ScalarRange t = scalarRange(*r, *findScalarView(*r, "temperature"));
    std::cout << "temperature " << t.min << " .. " << t.max << "\n";
    SIM_CHECK_NEAR(t.min, 300, 1e-6);
    SIM_CHECK_NEAR(t.max, 400, 1e-6);
    SIM_CHECK(std::abs(t.minAt[0]) < 1e-9 && std::abs(t.maxAt[0] - 0.02) < 1e-9);
    // no displacement: no deformed shape
    SIM_CHECK(autoDeformationScale(*r, 1.0) == 0);
    // a result whose field has the wrong size is all NaN, never read out of bounds
    SolveResult broken = *r;
    broken.fields[0].values.resize(3);
    const ScalarRange none = scalarRange(broken, *findScalarView(*r, "temperature"));
    SIM_CHECK(!none.valid);
}

} // namespace

int main() {
    const auto dir = simtest::scratch("result_view");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    structural(dir);
    singularPeaks();
    thermal(dir);
    return simtest::finish("tst_result_view");
}
