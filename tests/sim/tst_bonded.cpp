// Two touching parts of different materials act as one bonded body; unsupported and empty
// models are rejected with their errors.
#include "sim_check.h"

#include "core/sim/geometry_loader.h"
#include "core/sim/solve.h"

using namespace wb::sim;
using wb::core::Assembly;

namespace {

std::shared_ptr<const Assembly> twoBlocks(double gap) {
    auto a = std::make_shared<Assembly>();
    a->setMetresPerUnit(1e-3);
    const int pa =
        a->addPart({"steel_block",
                    std::make_shared<const wb::core::Mesh>(simtest::boxMesh(0, 0, 0, 20, 10, 10)),
                    {},
                    false});
    const int pb =
        a->addPart({"alu_block",
                    std::make_shared<const wb::core::Mesh>(simtest::boxMesh(0, 0, 0, 20, 10, 10)),
                    {},
                    false});
    a->addNode(0, "a", {}, pa);
    a->addNode(0, "b", wb::core::Transform::translation({20 + gap, 0, 0}), pb);
    return a;
}

Study barStudy() {
    // nu = 0 materials: a bar in tension then has the 1D solution F L1 / (E1 A) + F L2 / (E2 A)
    const std::string mats = "{\"parts\":\"*\",\"material\":{\"name\":\"s\",\"youngs_modulus\":"
                             "200e9,\"poisson_ratio\":0,\"density\":7800,"
                             "\"yield_strength\":2e8,\"thermal_conductivity\":50}},"
                             "{\"parts\":\"alu*\",\"material\":{\"name\":\"a\",\"youngs_modulus\":"
                             "70e9,\"poisson_ratio\":0,\"density\":2700,"
                             "\"yield_strength\":2e8,\"thermal_conductivity\":150}}";
    auto s = parseStudy(simtest::studyText(
        "static_structural", "unused.stl", 1e-3, mats,
        "{\"name\":\"root\",\"type\":\"fixed\",\"select\":" + simtest::planeBox(0, 0) + "}",
        "{\"name\":\"pull\",\"type\":\"force\",\"vector\":[5000,0,0],\"select\":" +
            simtest::planeBox(0, 0.04) + "}",
        "{\"name\":\"end\",\"point\":[0.04,0.005,0.005]},{\"name\":\"joint\",\"point\":[0.02,0.005,"
        "0.005]}"));
    if (!s) std::cerr << s.error().toString() << "\n";
    return *s;
}

} // namespace

int main() {
    Study study = barStudy();
    SolveOptions options;
    options.assembly = twoBlocks(0);
    auto r = solve(study, options);
    SIM_CHECK(r.has_value());
    if (r) {
        SIM_CHECK(r->model->materials.size() == 2);
        const double A = 1e-4, F = 5000;
        const double joint = F * 0.02 / (200e9 * A), end = joint + F * 0.02 / (70e9 * A);
        const double uj = r->probes[1].values[0].second[0], ue = r->probes[0].values[0].second[0];
        std::cout << "joint " << uj << " vs " << joint << ", end " << ue << " vs " << end << "\n";
        SIM_CHECK_NEAR(uj, joint, 1e-3);
        SIM_CHECK_NEAR(ue, end, 5e-3);
    }

    // a gap of two voxels: the aluminium block floats
    options.assembly = twoBlocks(2);
    study.loads[0].select = Selector{BoxSelector{{0.042 - 1e-6, -1, -1}, {0.042 + 1e-6, 1, 1}}};
    auto floating = solve(study, options);
    SIM_CHECK(!floating.has_value());
    if (!floating) {
        std::cout << "floating part: " << floating.error().toString() << "\n";
        SIM_CHECK(floating.error().id == "sim.rigid_body" &&
                  floating.error().context == "supports");
    }

    // no support at all
    Study free = barStudy();
    free.supports.clear();
    options.assembly = twoBlocks(0);
    auto unsupported = solve(free, options);
    SIM_CHECK(!unsupported.has_value() && unsupported.error().id == "sim.rigid_body");

    // a voxel far larger than the part: no voxel centre lies inside
    Study coarse = barStudy();
    coarse.voxelSize = 1.0;
    auto empty = solve(coarse, options);
    SIM_CHECK(!empty.has_value());
    if (!empty) {
        std::cout << "empty: " << empty.error().toString() << "\n";
        SIM_CHECK(empty.error().id == "sim.empty_voxelization" &&
                  empty.error().context == "mesh.voxel_size");
    }

    // a voxel size that would need more memory than exists
    Study fine = barStudy();
    fine.voxelSize = 1e-7;
    auto huge = solve(fine, options);
    SIM_CHECK(!huge.has_value() && huge.error().code == wb::core::ErrorCode::ResourceExhausted &&
              huge.error().context == "mesh.voxel_size");

    // a selection that selects nothing
    Study nothing = barStudy();
    nothing.loads[0].select = Selector{BoxSelector{{5, 5, 5}, {6, 6, 6}}};
    auto none = solve(nothing, options);
    SIM_CHECK(!none.has_value() && none.error().context == "loads[0].select");

    // CUDA requested where none exists
    if (!cudaAvailable()) {
        options.backend = Backend::Cuda;
        auto cuda = solve(study, options);
        SIM_CHECK(!cuda.has_value() && cuda.error().context == "solver.backend");
        SIM_CHECK(!cuda.has_value() &&
                  cuda.error().message.find(cudaUnavailableReason()) != std::string::npos);
    }
    // the geometry hook the full build installs for CAD formats
    int loads = 0;
    setGeometryLoader(
        [&](const std::filesystem::path& file,
            double metresPerUnit) -> wb::core::Result<std::shared_ptr<const Assembly>> {
            ++loads;
            SIM_CHECK(file.filename() == "unused.stl" && metresPerUnit == 1e-3);
            return twoBlocks(0);
        });
    auto viaHook = solve(barStudy());
    SIM_CHECK(viaHook.has_value() && loads == 1);
    setGeometryLoader({});
    auto noFile = solve(barStudy());
    SIM_CHECK(!noFile.has_value() && noFile.error().code == wb::core::ErrorCode::NotFound);
    return simtest::finish("tst_bonded");
}
