// Result folder, field file, surface sampling, progress/intermediate/cancel, CLI exit codes.
#include "sim_check.h"

#include "core/model/atomic_file.h"
#include "core/sim/cli.h"
#include "core/sim/postprocess.h"
#include "core/sim/result_folder.h"
#include "core/sim/solve.h"
#include "core/sim/surface_sampling.h"

#include <array>
#include <cstdint>
#include <limits>
#include <sstream>

using namespace wb::sim;

namespace {

using JsonPoint = std::array<double, 3>;

std::string cantilever(double tolerance, int maxIterations) {
    std::string s = simtest::cantileverStudy(2.5e-3);
    const auto pos = s.find("\"tolerance\":1e-10,\"max_iterations\":2000");
    return s.replace(pos, 39,
                     "\"tolerance\":" + formatNumber(tolerance) +
                         ",\"max_iterations\":" + std::to_string(maxIterations));
}

/// The node of the grid at `p`, which must be a node of a solid voxel; SIZE_MAX otherwise.
std::size_t solidNodeAt(const VoxelModel& m, const JsonPoint& p) {
    const std::vector<std::uint8_t> active = m.activeNodes();
    int ijk[3];
    for (int a = 0; a < 3; ++a) {
        const double t = (p[a] - m.grid.origin[a]) / m.grid.h;
        ijk[a] = int(std::lround(t));
        if (std::abs(t - ijk[a]) > 1e-6) return SIZE_MAX;
    }
    if (ijk[0] < 0 || ijk[1] < 0 || ijk[2] < 0 || ijk[0] > m.grid.nx || ijk[1] > m.grid.ny ||
        ijk[2] > m.grid.nz)
        return SIZE_MAX;
    const std::size_t n = m.grid.node(ijk[0], ijk[1], ijk[2]);
    return active[n] ? n : SIZE_MAX;
}

double nodeValue(const ResultField& f, std::size_t n) {
    double sum = 0;
    for (int c = 0; c < f.components; ++c)
        sum += f.values[n * f.components + c] * f.values[n * f.components + c];
    return f.components == 1 ? f.values[n] : std::sqrt(sum);
}

/// result.json's min and max against the field arrays: the values are the extremes over the
/// nodes of solid voxels, `at` is such a node holding that value, min <= max; the safety factor
/// has a minimum only.
void checkExtremes(const SolveResult& r, const Json& summary,
                   const std::vector<std::string>& fields) {
    const std::vector<std::uint8_t> active = r.model->activeNodes();
    SIM_CHECK(summary.at("min").size() == fields.size());
    SIM_CHECK(summary.at("max").size() == fields.size() - (r.field("safety_factor") ? 1 : 0));
    SIM_CHECK(!summary.at("max").contains("safety_factor"));
    for (const std::string& name : fields) {
        const ResultField* f = r.field(name);
        SIM_CHECK(f != nullptr && summary.at("min").contains(name));
        if (!f || !summary.at("min").contains(name)) continue;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t n = 0; n < active.size(); ++n)
            if (active[n]) {
                lo = std::min(lo, nodeValue(*f, n));
                hi = std::max(hi, nodeValue(*f, n));
            }
        std::vector<std::pair<const char*, double>> kinds = {{"min", lo}};
        if (name != "safety_factor") kinds.push_back({"max", hi});
        for (const auto& [kind, expected] : kinds) {
            const Json& e = summary.at(kind).at(name);
            SIM_CHECK(e.at("value").get<double>() == expected);
            const JsonPoint at{e.at("at")[0].get<double>(), e.at("at")[1].get<double>(),
                               e.at("at")[2].get<double>()};
            const std::size_t n = solidNodeAt(*r.model, at);
            SIM_CHECK(n != SIZE_MAX);
            if (n != SIZE_MAX) SIM_CHECK(nodeValue(*f, n) == expected);
        }
        if (name != "safety_factor")
            SIM_CHECK(summary.at("min").at(name).at("value").get<double>() <=
                      summary.at("max").at(name).at("value").get<double>());
        if (name != "safety_factor") SIM_CHECK(lo < hi);
    }
}

void checkNoTemporaries(const std::filesystem::path& dir) {
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        SIM_CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

/// A result with a NaN probe value and an all-NaN field still writes valid JSON, without them.
void checkNonFinite(const SolveResult& r) {
    SolveResult bad = r;
    for (ResultField& f : bad.fields)
        if (f.name == "von_mises") std::fill(f.values.begin(), f.values.end(), std::nan(""));
    const FieldExtremes extremes = fieldExtremes(*bad.model, *findAnalysis(bad.analysis), bad.fields);
    bad.min = extremes.min;
    bad.max = extremes.max;
    bad.probes[0].values[0].second[1] = std::numeric_limits<double>::infinity();
    bad.relativeResidual = std::nan("");
    const std::string text = dumpJson(resultSummary(bad));
    for (const char* word : {"NaN", "Infinity", "null", "relative_residual"})
        SIM_CHECK(text.find(word) == std::string::npos);
    auto back = parseJson(text);
    SIM_CHECK(back.has_value());
    if (back) {
        SIM_CHECK(back->at("max").contains("displacement"));
        SIM_CHECK(!back->at("max").contains("von_mises") && !back->at("min").contains("von_mises"));
        SIM_CHECK(!back->at("probes")[0].contains("displacement"));
        SIM_CHECK(back->at("probes")[0].contains("safety_factor"));
    }
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Each result file is replaced whole or not at all: a failing write leaves the previous file
/// and no temporary behind, and returns an error naming the file.
void checkAtomicWrites(const SolveResult& r, const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    const fs::path out = dir / "atomic";
    SIM_CHECK(writeResultFolder(r, out).has_value());
    const std::string before = readAll(out / "result.json");
    auto failing = wb::core::writeFileAtomically(out / "result.json", [](std::ostream& o) {
        o << "{\"partial\":";
        return false;
    });
    SIM_CHECK(!failing && failing.error().context == (out / "result.json").string());
    SIM_CHECK(readAll(out / "result.json") == before);
    checkNoTemporaries(out);

    // a directory in the way of result.vtu: an error, the directory and the other files stay
    fs::remove(out / "result.vtu");
    fs::create_directory(out / "result.vtu");
    fs::create_directory(out / "result.vtu" / "keep");
    const std::string fieldsBefore = readAll(out / "fields.wbf");
    auto blocked = writeResultFolder(r, out);
    SIM_CHECK(!blocked && blocked.error().context == (out / "result.vtu").string());
    SIM_CHECK(fs::is_directory(out / "result.vtu" / "keep"));
    SIM_CHECK(readAll(out / "fields.wbf") == fieldsBefore);
    checkNoTemporaries(out);
    auto blockedWbf = writeFieldFile(r, out / "result.vtu");
    SIM_CHECK(!blockedWbf && fs::is_directory(out / "result.vtu" / "keep"));

    // a file where the folder should be
    simtest::writeText(dir / "plain", "x");
    auto notFolder = writeResultFolder(r, dir / "plain");
    SIM_CHECK(!notFolder && readAll(dir / "plain") == "x");
    auto noFolder = writeVtu(r, dir / "missing" / "result.vtu");
    SIM_CHECK(!noFolder && !fs::exists(dir / "missing"));
}

/// A steady thermal study on the same beam: temperature and heat flux extremes.
void checkThermal(const std::filesystem::path& dir) {
    const std::string text = simtest::studyText(
        "steady_thermal", "beam.stl", 2.5e-3, "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
        "{\"type\":\"fixed_temperature\",\"temperature\":300,\"select\":" +
            simtest::planeBox(0, 0) + "}",
        "{\"type\":\"heat_flux\",\"value\":1e4,\"select\":" + simtest::planeBox(0, 0.1) + "}", "");
    simtest::writeText(dir / "thermal.wbstudy.json", text);
    auto study = loadStudy(dir / "thermal.wbstudy.json");
    SIM_CHECK(study.has_value());
    if (!study) return;
    auto r = solve(*study, {});
    SIM_CHECK(r && r->status == SolveStatus::Converged);
    if (!r) return;
    SIM_CHECK(writeResultFolder(*r, dir / "thermal").has_value());
    auto json = parseJson(readAll(dir / "thermal" / "result.json"));
    SIM_CHECK(json.has_value());
    if (json) checkExtremes(*r, *json, {"temperature", "heat_flux"});
    checkNoTemporaries(dir / "thermal");
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
    auto json = parseJson(ss.str());
    SIM_CHECK(json.has_value());
    if (json) {
        for (const char* key : {"format", "version", "status", "analysis", "backend", "voxels",
                                "voxel_size", "dofs", "iterations", "relative_residual",
                                "timings_s", "peak_memory_bytes", "min", "max", "probes"})
            SIM_CHECK(json->contains(key));
        SIM_CHECK(json->at("status") == "converged");
        SIM_CHECK(json->at("voxels").is_number_integer() &&
                  json->at("voxels").get<std::size_t>() == r->model->solidVoxels);
        SIM_CHECK(json->at("probes")[0].at("displacement").size() == 3);
        checkExtremes(*r, *json, {"displacement", "von_mises", "safety_factor"});
    }
    checkNoTemporaries(dir / "out");
    checkNonFinite(*r);
    checkAtomicWrites(*r, dir);
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
    for (float v : onSurface)
        SIM_CHECK(std::isfinite(v));
    // a part beside the model (20 mm off, 8 voxels) and one far outside the grid have no value
    for (double shift : {20.0, 5000.0}) {
        const auto off = sampleOnSurface(*r, "displacement",
                                         simtest::boxMesh(0, 10 + shift, 0, 100, 20 + shift, 10),
                                         wb::core::Transform::scale(1e-3));
        SIM_CHECK(off.size() == mesh.vertexCount() * 3);
        for (float v : off)
            SIM_CHECK(std::isnan(v));
    }

    checkThermal(dir);

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
