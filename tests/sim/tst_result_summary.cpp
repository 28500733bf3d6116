// result.json read back (core/sim/result_summary.h): a solved cantilever's summary, a failed
// solve's, and refusals with the file and place for a missing, empty, truncated or mistyped
// file.
#include "sim_check.h"

#include "core/sim/result_folder.h"
#include "core/sim/result_summary.h"
#include "core/sim/solve.h"

#include <functional>
#include <sstream>

using namespace wb::sim;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Writes `text` as dir/result.json and expects loadResultSummary to refuse it with `id`; when
/// `where` is given, the place it names (a member path or "line:column").
void expectRefused(const fs::path& dir, const std::string& text, const std::string& id,
                   const std::string& where = {}) {
    fs::create_directories(dir);
    simtest::writeText(dir / "result.json", text);
    auto s = loadResultSummary(dir);
    SIM_CHECK(!s);
    if (s) {
        std::cerr << "accepted: " << text.substr(0, 200) << "\n";
        return;
    }
    const wb::core::Error& e = s.error();
    const std::string file = (dir / "result.json").string();
    if (e.id != id || (!where.empty() && (e.args.size() < 2 || e.args[1] != where)))
        std::cerr << "expected " << id << " at '" << where << "', got " << e.id << ": "
                  << e.toString() << "\n";
    SIM_CHECK(e.id == id);
    SIM_CHECK(!e.args.empty() && e.args[0] == file);
    SIM_CHECK(e.context.starts_with(file));
    if (!where.empty()) SIM_CHECK(e.args.size() >= 2 && e.args[1] == where);
}

/// The summary text with `edit` applied to its JSON.
std::string edited(const Json& summary, const std::function<void(Json&)>& edit) {
    Json j = summary;
    edit(j);
    return j.dump(); // dump, not dumpJson: the edits may put in what dumpJson leaves out
}

void checkSolvedSummary(const SolveResult& r, const ResultSummary& s) {
    SIM_CHECK(s.status == "converged");
    SIM_CHECK(s.analysis == "static_structural");
    SIM_CHECK(s.backend == r.backend);
    SIM_CHECK(s.voxels == r.model->solidVoxels);
    SIM_CHECK(s.voxelSize == r.model->grid.h);
    SIM_CHECK(s.dofs == r.dofs);
    SIM_CHECK(s.iterations == r.iterations);
    SIM_CHECK(s.relativeResidual == r.relativeResidual);
    SIM_CHECK(s.totalSeconds == r.timings.total);
    SIM_CHECK(s.min.size() == r.min.size() && s.max.size() == r.max.size());
    for (const auto* list : {&r.min, &r.max})
        for (const FieldExtreme& e : *list) {
            const FieldExtreme* back = list == &r.min ? s.minimum(e.field) : s.maximum(e.field);
            SIM_CHECK(back != nullptr);
            if (back)
                SIM_CHECK(back->value == e.value && back->at == e.at &&
                          back->singular == e.singular);
        }
    SIM_CHECK(s.maximum("von_mises") && s.maximum("von_mises")->value > 0);
    SIM_CHECK(!s.maximum("safety_factor") && s.minimum("safety_factor"));
    SIM_CHECK(s.probes.size() == r.probes.size());
    for (std::size_t i = 0; i < s.probes.size() && i < r.probes.size(); ++i) {
        SIM_CHECK(s.probes[i].name == r.probes[i].name);
        SIM_CHECK(s.probes[i].point == r.probes[i].point);
        SIM_CHECK(s.probes[i].values == r.probes[i].values);
    }
    // The root's reaction: the tip load, exactly as solved.
    SIM_CHECK(s.reactions.size() == 1 && r.reactions.size() == 1);
    for (std::size_t i = 0; i < s.reactions.size() && i < r.reactions.size(); ++i) {
        const SupportReaction &a = s.reactions[i], &b = r.reactions[i];
        SIM_CHECK(a.support == b.support && a.name == b.name && a.type == b.type);
        SIM_CHECK(a.nodes == b.nodes && a.nodes > 0 && a.centroid == b.centroid);
        SIM_CHECK(a.force == b.force && a.moment == b.moment);
        SIM_CHECK_NEAR(a.force[2], 1000, 1e-3);
    }
}

void checkRefusals(const fs::path& dir, const Json& good) {
    // No folder, no file, an empty file, a folder where the file should be.
    {
        auto s = loadResultSummary(dir / "nowhere");
        SIM_CHECK(!s && s.error().id == "result.missing");
    }
    fs::create_directories(dir / "nofile");
    SIM_CHECK(loadResultSummary(dir / "nofile").error().id == "result.missing");
    expectRefused(dir / "empty", "", "io.empty_file");
    fs::create_directories(dir / "folder" / "result.json");
    SIM_CHECK(loadResultSummary(dir / "folder").error().id == "io.unreadable");

    // Every truncation of a good file is refused at a place (a line and column).
    const std::string text = dumpJson(good) + "\n";
    for (std::size_t cut = 1; cut + 2 < text.size(); cut += 7) {
        const fs::path d = dir / ("cut" + std::to_string(cut));
        expectRefused(d, text.substr(0, cut), "result.invalid");
        auto s = loadResultSummary(d);
        if (!s)
            SIM_CHECK(s.error().args.size() == 3 &&
                      s.error().args[1].find(':') != std::string::npos);
    }
    expectRefused(dir / "nan", "{\"format\":\"werkbank-result\",\"version\":1,\"voxels\":NaN}",
                  "result.invalid", "1:50");
    expectRefused(dir / "array", "[1,2,3]", "result.invalid");

    // Wrong types and values name the member.
    struct Case {
        const char* name;
        std::function<void(Json&)> edit;
        const char* where;
    };
    const Case cases[] = {
        {"format", [](Json& j) { j["format"] = "werkbank-study"; }, "format"},
        {"noformat", [](Json& j) { j.erase("format"); }, "format"},
        {"status", [](Json& j) { j["status"] = "done"; }, "status"},
        {"statustype", [](Json& j) { j["status"] = 1; }, "status"},
        {"analysis", [](Json& j) { j["analysis"] = "quantum"; }, "analysis"},
        {"noanalysis", [](Json& j) { j.erase("analysis"); }, "analysis"},
        {"voxels", [](Json& j) { j["voxels"] = -1; }, "voxels"},
        {"voxelsdouble", [](Json& j) { j["voxels"] = 1.5; }, "voxels"},
        {"iterations", [](Json& j) { j["iterations"] = "41"; }, "iterations"},
        {"residual", [](Json& j) { j["relative_residual"] = "small"; }, "relative_residual"},
        {"timings", [](Json& j) { j["timings_s"]["total"] = true; }, "timings_s.total"},
        {"timingskey", [](Json& j) { j["timings_s"]["lunch"] = 1; }, "timings_s.lunch"},
        {"unknown", [](Json& j) { j["colour"] = "red"; }, "colour"},
        {"maxtype", [](Json& j) { j["max"] = Json::array(); }, "max"},
        {"maxvalue", [](Json& j) { j["max"]["von_mises"]["value"] = "big"; },
         "max.von_mises.value"},
        {"maxat",
         [](Json& j) {
             j["max"]["von_mises"]["at"] = Json::array({1, 2});
         },
         "max.von_mises.at"},
        {"maxatitem", [](Json& j) { j["max"]["von_mises"]["at"][1] = nullptr; },
         "max.von_mises.at[1]"},
        {"singulartype", [](Json& j) { j["max"]["von_mises"]["singular"] = true; },
         "max.von_mises.singular"},
        {"singularkind", [](Json& j) { j["max"]["von_mises"]["singular"] = "edge"; },
         "max.von_mises.singular"},
        {"maxnovalue", [](Json& j) { j["max"]["von_mises"].erase("value"); },
         "max.von_mises.value"},
        {"maxfield", [](Json& j) { j["max"]["temperature"] = j["max"]["von_mises"]; },
         "max.temperature"},
        {"minextra", [](Json& j) { j["min"]["displacement"]["unit"] = "m"; },
         "min.displacement.unit"},
        {"probes", [](Json& j) { j["probes"] = Json::object(); }, "probes"},
        {"probe", [](Json& j) { j["probes"][0] = 5; }, "probes[0]"},
        {"probescalar", [](Json& j) { j["probes"][0]["von_mises"] = Json::array({1.0}); },
         "probes[0].von_mises"},
        {"probevector", [](Json& j) { j["probes"][0]["displacement"] = 1.0; },
         "probes[0].displacement"},
        {"probevectoritem", [](Json& j) { j["probes"][0]["displacement"][2] = "x"; },
         "probes[0].displacement[2]"},
        {"probename", [](Json& j) { j["probes"][0]["name"] = 3; }, "probes[0].name"},
        {"probepoint", [](Json& j) { j["probes"][0].erase("point"); }, "probes[0].point"},
        {"probefield",
         [](Json& j) {
             j["probes"][0]["heat_flux"] = Json::array({1, 2, 3});
         },
         "probes[0].heat_flux"},
        {"reactions", [](Json& j) { j["reactions"] = Json::object(); }, "reactions"},
        {"reaction", [](Json& j) { j["reactions"][0] = 1; }, "reactions[0]"},
        {"reactiontype", [](Json& j) { j["reactions"][0]["type"] = "fixed_temperature"; },
         "reactions[0].type"},
        {"reactionnotype", [](Json& j) { j["reactions"][0].erase("type"); }, "reactions[0].type"},
        {"reactionsupport", [](Json& j) { j["reactions"][0]["support"] = -1; },
         "reactions[0].support"},
        {"reactionname", [](Json& j) { j["reactions"][0]["name"] = 2; }, "reactions[0].name"},
        {"reactionforce",
         [](Json& j) {
             j["reactions"][0]["force"] = Json::array({1, 2});
         },
         "reactions[0].force"},
        {"reactionmoment", [](Json& j) { j["reactions"][0]["moment"][0] = "x"; },
         "reactions[0].moment[0]"},
        {"reactionheat", [](Json& j) { j["reactions"][0]["heat_flow"] = 1.0; },
         "reactions[0].heat_flow"},
        {"error", [](Json& j) { j["error"] = "oops"; }, "error"},
        {"errorcode",
         [](Json& j) {
             j["error"] = Json{{"message", "x"}};
         },
         "error.code"},
    };
    for (const Case& c : cases)
        expectRefused(dir / c.name, edited(good, c.edit), "result.invalid", c.where);

    // A newer version is refused as such; version 0 is no version.
    expectRefused(dir / "newer", edited(good, [](Json& j) { j["version"] = 2; }),
                  "result.newer_version", "2");
    expectRefused(dir / "zero", edited(good, [](Json& j) { j["version"] = 0; }), "result.invalid",
                  "version");
}

} // namespace

int main() {
    const fs::path dir = simtest::scratch("result_summary");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    simtest::writeText(dir / "beam.wbstudy.json", simtest::cantileverStudy(2.5e-3));
    auto study = loadStudy(dir / "beam.wbstudy.json");
    SIM_CHECK(study.has_value());
    if (!study) return simtest::finish("tst_result_summary");
    auto r = solve(*study);
    SIM_CHECK(r.has_value() && r->status == SolveStatus::Converged);
    if (!r) return simtest::finish("tst_result_summary");
    SIM_CHECK(writeResultFolder(*r, dir / "solved").has_value());

    // What the solver wrote reads back exactly.
    auto summary = loadResultSummary(dir / "solved");
    SIM_CHECK(summary.has_value());
    if (!summary)
        std::cerr << summary.error().toString() << "\n";
    else
        checkSolvedSummary(*r, *summary);

    // A failed solve's summary: the error, no extremes.
    fs::create_directories(dir / "failed");
    simtest::writeText(dir / "failed" / "result.json",
                       dumpJson(failureSummary("steady_thermal",
                                               wb::core::Error{wb::core::ErrorCode::InvalidArgument,
                                                               "sim.rigid_body",
                                                               {},
                                                               "the model can move",
                                                               "supports"})));
    auto failed = loadResultSummary(dir / "failed");
    SIM_CHECK(failed.has_value());
    if (failed) {
        SIM_CHECK(failed->status == "failed" && failed->analysis == "steady_thermal");
        SIM_CHECK(failed->errorCode == "sim.rigid_body");
        SIM_CHECK(failed->errorMessage == "supports: the model can move");
        SIM_CHECK(failed->min.empty() && failed->max.empty() && failed->probes.empty());
    }

    auto good = parseJson(readText(dir / "solved" / "result.json"));
    SIM_CHECK(good.has_value());
    // A reaction value left out (it was not finite) reads as NaN.
    if (good) {
        Json j = *good;
        j["reactions"][0].erase("force");
        auto partial = parseResultSummary(j.dump());
        SIM_CHECK(partial.has_value() && partial->reactions.size() == 1);
        if (partial && partial->reactions.size() == 1)
            SIM_CHECK(std::isnan(partial->reactions[0].force[2]) &&
                      partial->reactions[0].moment == r->reactions[0].moment);
    }
    if (good) checkRefusals(dir / "bad", *good);
    return simtest::finish("tst_result_summary");
}
