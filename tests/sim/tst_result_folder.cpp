// Result folder, field file, surface sampling, progress/intermediate/cancel, CLI exit codes.
#include "sim_check.h"

#include "core/sim/cli.h"
#include "core/sim/result_folder.h"
#include "core/sim/solve.h"
#include "core/sim/surface_sampling.h"

#include <sstream>

using namespace wb::sim;

namespace {

std::string cantilever(double tolerance, int maxIterations) {
    std::string s = simtest::cantileverStudy(2.5e-3);
    const auto pos = s.find("\"tolerance\":1e-10,\"max_iterations\":2000");
    return s.replace(pos, 39,
                     "\"tolerance\":" + formatNumber(tolerance) +
                         ",\"max_iterations\":" + std::to_string(maxIterations));
}

} // namespace

int main() {
    const auto dir = simtest::scratch("result_folder");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    simtest::writeText(dir / "ok.wbstudy.json", cantilever(1e-9, 500));
    simtest::writeText(dir / "short.wbstudy.json", cantilever(1e-12, 1));
    simtest::writeText(
        dir / "bad.wbstudy.json",
        cantilever(1e-9, 500).replace(cantilever(1e-9, 500).find("0.0025"), 6, "-0.0025"));

    auto study = loadStudy(dir / "ok.wbstudy.json");
    SIM_CHECK(study.has_value());
    if (!study) return 1;
    int progressCalls = 0, intermediates = 0;
    SolveOptions options;
    options.progress = [&](const std::string&, int, double) { ++progressCalls; };
    options.intermediate = [&](int, const ResultField& f) {
        ++intermediates;
        SIM_CHECK(f.name == "displacement" && f.components == 3);
    };
    options.intermediateEveryIterations = 1;
    auto r = solve(*study, options);
    SIM_CHECK(r.has_value() && r->status == SolveStatus::Converged);
    if (!r) return 1;
    SIM_CHECK(progressCalls > 3 && intermediates >= 1);
    SIM_CHECK(writeResultFolder(*r, dir / "out").has_value());
    for (const char* f : {"result.json", "result.vtu", "fields.wbf"})
        SIM_CHECK(std::filesystem::exists(dir / "out" / f));
    std::ifstream in(dir / "out" / "result.json");
    std::stringstream ss;
    ss << in.rdbuf();
    auto json = Json::parse(ss.str());
    SIM_CHECK(json.has_value());
    if (json) {
        for (const char* key :
             {"format", "version", "status", "analysis", "backend", "voxels", "voxel_size", "dofs",
              "iterations", "relative_residual", "timings_s", "peak_memory_bytes", "max", "probes"})
            SIM_CHECK(json->find(key) != nullptr);
        SIM_CHECK(json->find("status")->asString() == "converged");
        SIM_CHECK(json->find("max")->find("von_mises") != nullptr);
        SIM_CHECK(json->find("probes")->asArray()[0].find("displacement")->asArray().size() == 3);
    }
    auto back = readFieldFile(dir / "out" / "fields.wbf");
    SIM_CHECK(back.has_value());
    if (back) {
        SIM_CHECK(back->fields.size() == r->fields.size());
        SIM_CHECK(back->model->solidVoxels == r->model->solidVoxels);
        const auto& a = r->field("displacement")->values;
        const auto& b = back->field("displacement")->values;
        SIM_CHECK_NEAR(b[b.size() - 1], a[a.size() - 1], 1e-6);
    }
    const auto mesh = simtest::boxMesh(0, 0, 0, 100, 10, 10);
    const auto onSurface =
        sampleOnSurface(*r, "displacement", mesh, wb::core::Transform::scale(1e-3));
    SIM_CHECK(onSurface.size() == mesh.vertexCount() * 3);
    SIM_CHECK_NEAR(onSurface[1 * 3 + 2], r->probes[0].values[0].second[2],
                   0.05); // vertex (100,0,0)

    // cancel from the progress callback
    wb::core::CancelToken cancel;
    SolveOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](const std::string& stage, int it, double) {
        if (stage == "solve" && it >= 1) cancel.cancel();
    };
    Study tight = *study;
    tight.solver.tolerance = 1e-14;
    auto c = solve(tight, cancelling);
    SIM_CHECK(c.has_value() && c->status == SolveStatus::Cancelled);

    // CLI functions
    std::ostringstream out, err;
    SIM_CHECK(runSolveCommand(
                  {(dir / "ok.wbstudy.json").string(), "-o", (dir / "cli").string(), "--json"}, out,
                  err) == 0);
    SIM_CHECK(out.str().find("\"werkbank-result\"") != std::string::npos);
    SIM_CHECK(
        runSolveCommand({(dir / "short.wbstudy.json").string(), "-o", (dir / "cli3").string()}, out,
                        err) == 3);
    std::ostringstream err2;
    SIM_CHECK(runSolveCommand({(dir / "bad.wbstudy.json").string(), "-o", (dir / "cli2").string()},
                              out, err2) == 2);
    SIM_CHECK(err2.str().find("mesh.voxel_size") != std::string::npos);
    SIM_CHECK(runSolveCommand({(dir / "ok.wbstudy.json").string(), "-o", (dir / "cli4").string(),
                               "--backend", "cpu"},
                              out, err) == 0);
    SIM_CHECK(
        runExportInpCommand({(dir / "ok.wbstudy.json").string(), "-o", (dir / "m.inp").string()},
                            out, err) == 0);
    SIM_CHECK(std::filesystem::file_size(dir / "m.inp") > 1000);
    // the stand-alone binary
    const std::string bin = std::string(WB_BINARY_DIR) + "/bin/werkbank-solve";
    const std::string cmd = bin + " solve '" + (dir / "ok.wbstudy.json").string() + "' -o '" +
                            (dir / "bin").string() + "' > /dev/null";
    SIM_CHECK(std::system(cmd.c_str()) == 0);
    SIM_CHECK(std::filesystem::exists(dir / "bin" / "result.vtu"));
    return simtest::finish("tst_result_folder");
}
