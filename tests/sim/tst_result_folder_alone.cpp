// A result folder stands on its own: study.json (the study as solved) and surface.wbm (the
// surface it was solved on) beside the fields, read back by readResultFolder with an error
// that names what is missing or damaged.
#include "sim_check.h"

#include "core/sim/cli.h"
#include "core/sim/result_folder.h"
#include "core/sim/result_view.h"
#include "core/sim/solve.h"
#include "core/sim/stl_reader.h"
#include "core/sim/study_json.h"
#include "core/sim/surface_sampling.h"

#include <cmath>
#include <fstream>
#include <sstream>

using namespace wb::sim;

namespace {

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The error id readResultFolder gives for `dir`; empty when it succeeds.
std::string errorId(const std::filesystem::path& dir) {
    const auto r = readResultFolder(dir);
    return r ? std::string() : r.error().id;
}

} // namespace

int main() {
    const auto dir = simtest::scratch("result_folder_alone");
    writeStl(dir / "bar.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    // 20 °C at x = 0, 120 °C at x = 100 mm: temperature linear in x.
    simtest::writeText(
        dir / "bar.wbstudy.json",
        simtest::studyText("steady_thermal", "bar.stl", 2.5e-3,
                           "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
                           "{\"type\":\"fixed_temperature\",\"temperature\":293.15,\"select\":" +
                               simtest::planeBox(0, 0) +
                               "},{\"type\":\"fixed_temperature\",\"temperature\":393.15,"
                               "\"select\":" +
                               simtest::planeBox(0, 0.1) + "}",
                           "", ""));
    auto study = loadStudy(dir / "bar.wbstudy.json");
    SIM_CHECK(study.has_value());
    if (!study) return simtest::finish("tst_sim_result_folder_alone");
    auto solved = solve(*study, {});
    SIM_CHECK(solved && solved->status == SolveStatus::Converged);
    if (!solved) return simtest::finish("tst_sim_result_folder_alone");
    SIM_CHECK(solved->study && solved->assembly);
    const auto out = dir / "out";
    SIM_CHECK(writeResultFolder(*solved, out).has_value());
    for (const char* f : {"result.json", "result.vtu", "fields.wbf", "study.json", "surface.wbm"})
        SIM_CHECK(std::filesystem::is_regular_file(out / f));
    SIM_CHECK(isResultFolder(out));
    SIM_CHECK(!isResultFolder(dir));

    // study.json is the study as solved, read by the study parser.
    auto again = parseStudy(readAll(out / "study.json"));
    SIM_CHECK(again.has_value());
    if (again) {
        SIM_CHECK(again->analysis == "steady_thermal");
        SIM_CHECK(again->supports.size() == 2);
        SIM_CHECK(dumpJson(studyToJson(*again)) == dumpJson(studyToJson(*study)));
    }

    // The folder reads back without the STL: the bar's surface, the fields, and the field
    // sampled on that surface is the linear temperature.
    std::filesystem::remove(dir / "bar.stl");
    auto folder = readResultFolder(out);
    SIM_CHECK(folder.has_value());
    if (folder) {
        const auto& surface = *folder->surface;
        SIM_CHECK(surface.instances().size() == 1);
        SIM_CHECK(std::abs(surface.metresPerUnit() - 1e-3) < 1e-15);
        const auto box = surface.bbox();
        SIM_CHECK_NEAR(box.max.x - box.min.x, 100.0, 1e-6);
        SIM_CHECK(folder->result->field("temperature") != nullptr);
        const auto view = findScalarView(*folder->result, "temperature");
        SIM_CHECK(view.has_value());
        if (view) {
            const auto samples = sampleOnAssembly(*folder->result, surface, *view, false);
            SIM_CHECK(samples.values.size() == 1 && samples.displacements.empty());
            const auto& mesh = *surface.parts()[0].mesh;
            const auto& values = samples.values.begin()->second;
            SIM_CHECK(values.size() == mesh.vertexCount());
            for (std::size_t v = 0; v < mesh.vertexCount() && v < values.size(); ++v) {
                const double expected = 293.15 + mesh.vertex(v).x; // 1 K per mm
                SIM_CHECK(std::abs(values[v] - expected) < 1e-3);
            }
        }
    }

    // What is missing or damaged is named.
    SIM_CHECK(errorId(dir / "nowhere") == "sim.not_result_folder");
    const auto noSurface = dir / "no_surface";
    std::filesystem::create_directories(noSurface);
    std::filesystem::copy_file(out / "fields.wbf", noSurface / "fields.wbf");
    SIM_CHECK(errorId(noSurface) == "sim.no_surface_file");
    simtest::writeText(noSurface / "surface.wbm", "WBIMPRT1 not a model");
    SIM_CHECK(errorId(noSurface) == "sim.bad_surface_file");
    const std::string surfaceBytes = readAll(out / "surface.wbm");
    simtest::writeText(noSurface / "surface.wbm", surfaceBytes.substr(0, surfaceBytes.size() / 2));
    SIM_CHECK(errorId(noSurface) == "sim.bad_surface_file");
    const auto noFields = dir / "no_fields";
    std::filesystem::create_directories(noFields);
    std::filesystem::copy_file(out / "result.json", noFields / "result.json");
    std::filesystem::copy_file(out / "surface.wbm", noFields / "surface.wbm");
    SIM_CHECK(isResultFolder(noFields));
    SIM_CHECK(errorId(noFields) == "sim.no_field_file");
    simtest::writeText(noFields / "fields.wbf", "WBF1");
    SIM_CHECK(errorId(noFields) == "sim.bad_field_file");

    // A solve that fails before it has fields writes the study but no surface.
    SolveResult failed;
    failed.analysis = "steady_thermal";
    failed.study = solved->study;
    failed.error = wb::core::Error{};
    SIM_CHECK(writeResultFolder(failed, dir / "failed").has_value());
    SIM_CHECK(std::filesystem::exists(dir / "failed" / "study.json"));
    SIM_CHECK(!std::filesystem::exists(dir / "failed" / "surface.wbm"));
    // werkbank-solve on a study whose geometry is gone: the summary says why, beside the study.
    std::ostringstream cliOut, cliErr;
    SIM_CHECK(
        runSolveCommand({(dir / "bar.wbstudy.json").string(), "-o", (dir / "cli_failed").string()},
                        cliOut, cliErr) != 0);
    SIM_CHECK(std::filesystem::exists(dir / "cli_failed" / "result.json"));
    SIM_CHECK(parseStudy(readAll(dir / "cli_failed" / "study.json")).has_value());
    SIM_CHECK(!std::filesystem::exists(dir / "cli_failed" / "fields.wbf"));
    return simtest::finish("tst_sim_result_folder_alone");
}
