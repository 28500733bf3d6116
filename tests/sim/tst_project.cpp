// Project files (NAME.wbproj): round trip, atomic save, and refusal of bad documents with the
// field path.
#include "sim_check.h"

#include "core/sim/project.h"

#include <unistd.h>

using namespace wb::sim;
namespace fs = std::filesystem;

namespace {

Project sampleProject() {
    Project p;
    p.study.name = "Bracket";
    p.study.geometryFile = "parts/bracket.step";
    p.study.targetVoxels = 200000;
    p.study.materials.push_back({"*", "steel_s355", {}});
    Condition fixed;
    fixed.name = "Bolt holes";
    fixed.type = "fixed";
    fixed.select = Selector{std::vector<FaceRef>{{"Bracket/Plate", 3}, {"Bracket/Plate", 7}}};
    p.study.supports.push_back(fixed);
    p.geometry.file = "parts/bracket.step";
    p.geometry.sha256 = std::string(64, 'a');
    p.view = Json::parse(R"({"camera": {"eye": [1, 2, 3], "fov": 30}})");
    p.service = "EU cloud";
    ProjectJob job;
    job.id = "j-1";
    job.name = "Bracket";
    job.service = "EU cloud";
    job.state = "succeeded";
    job.resultDir = "bracket.results/j-1";
    job.studyAsSolved = studyToJson(p.study);
    p.jobs.push_back(job);
    p.probes = {{"tip, \"end\"", {0.1, 0.005, 0.01}}, {"", {-1e-3, 2.5e-4, 0.0}}};
    return p;
}

void expectRefused(const std::string& text, const std::string& context, const std::string& id) {
    auto p = parseProject(text, "/tmp/x.wbproj");
    SIM_CHECK(!p);
    if (p) return;
    if (p.error().context != context || p.error().id != id)
        std::cerr << "expected " << id << " at " << context << ", got " << p.error().id << ": "
                  << p.error().toString() << "\n";
    SIM_CHECK(p.error().context == context);
    SIM_CHECK(p.error().id == id);
}

std::string withMember(const Project& p, const std::string& key, const Json& value) {
    Json j = projectToJson(p);
    j[key] = value;
    return dumpJson(j);
}

} // namespace

int main() {
    const fs::path dir = fs::temp_directory_path() / ("wb_project_" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "bracket.wbproj";
    const Project original = sampleProject();

    auto saved = saveProject(original, file);
    SIM_CHECK(saved.has_value());
    auto loaded = loadProject(file);
    SIM_CHECK(loaded.has_value());
    if (!loaded) {
        std::cerr << loaded.error().toString() << "\n";
        return 1;
    }
    SIM_CHECK(dumpJson(projectToJson(*loaded)) == dumpJson(projectToJson(original)));
    SIM_CHECK(loaded->study.baseDir == dir);
    SIM_CHECK(loaded->jobs.size() == 1 && loaded->jobs[0].resultDir == "bracket.results/j-1");
    SIM_CHECK(loaded->view["camera"]["fov"] == 30);
    SIM_CHECK(projectResultsDir(file) == dir / "bracket.results");
    SIM_CHECK(loaded->probes == original.probes);

    // Pinned probes are optional: a project written before them opens with none, and a project
    // without any writes no member (what older versions read).
    Json older = projectToJson(original);
    older.erase("result_probes");
    auto olderBack = parseProject(dumpJson(older), file);
    SIM_CHECK(olderBack && olderBack->probes.empty());
    Project noProbes = original;
    noProbes.probes.clear();
    SIM_CHECK(!projectToJson(noProbes).contains("result_probes"));
    Json badProbe = projectToJson(original);
    badProbe["result_probes"][1]["point"] = Json::array({1, 2});
    expectRefused(dumpJson(badProbe), "result_probes[1].point", "study.invalid_field");
    badProbe["result_probes"] = Json::object();
    expectRefused(dumpJson(badProbe), "result_probes", "study.invalid_field");

    // Embedded geometry carries its data; an embedded geometry without data is refused.
    Project embedded = original;
    embedded.geometry.embedded = true;
    embedded.geometry.base64 = "aGVsbG8=";
    auto back = parseProject(dumpJson(projectToJson(embedded)), file);
    SIM_CHECK(back && back->geometry.embedded && back->geometry.base64 == "aGVsbG8=");
    Json noData = projectToJson(embedded);
    noData["geometry"].erase("data");
    expectRefused(dumpJson(noData), "geometry.data", "study.invalid_field");

    // Bad documents: each names its place.
    expectRefused(withMember(original, "format", "werkbank-study"), "format",
                  "study.invalid_field");
    expectRefused(withMember(original, "version", 2), "version", "project.newer_version");
    expectRefused(withMember(original, "version", "1"), "version", "study.invalid_field");
    expectRefused(withMember(original, "colour", "red"), "colour", "study.invalid_field");
    expectRefused(withMember(original, "view", Json::array()), "view", "study.invalid_field");
    Json badHash = projectToJson(original);
    badHash["geometry"]["sha256"] = "xyz";
    expectRefused(dumpJson(badHash), "geometry.sha256", "study.invalid_field");
    Json badJob = projectToJson(original);
    badJob["jobs"][0].erase("id");
    expectRefused(dumpJson(badJob), "jobs[0].id", "study.invalid_field");
    Json badStudy = projectToJson(original);
    badStudy["study"]["mesh"]["target_voxels"] = -5;
    auto bs = parseProject(dumpJson(badStudy), file);
    SIM_CHECK(!bs && bs.error().context.find("mesh.target_voxels") != std::string::npos);
    expectRefused("{\"format\": \"werkbank-project\", ", "1:32", "json.syntax");

    // Missing and empty files are specific errors.
    auto missing = loadProject(dir / "none.wbproj");
    SIM_CHECK(!missing && missing.error().id == "io.file_not_found");
    { std::ofstream(dir / "empty.wbproj"); }
    auto empty = loadProject(dir / "empty.wbproj");
    SIM_CHECK(!empty && empty.error().id == "io.empty_file");

    // A failed save leaves the previous file as it was.
    const fs::path blocked = dir / "blocked";
    fs::create_directories(blocked);
    SIM_CHECK(saveProject(original, blocked / "p.wbproj").has_value());
    fs::permissions(blocked, fs::perms::owner_read | fs::perms::owner_exec);
    Project changed = original;
    changed.study.name = "Changed";
    auto failed = saveProject(changed, blocked / "p.wbproj");
    fs::permissions(blocked, fs::perms::owner_all);
    if (geteuid() != 0) { // root ignores the folder's permissions
        SIM_CHECK(!failed);
        SIM_CHECK(loadProject(blocked / "p.wbproj")->study.name == "Bracket");
    }

    // Relative geometry paths: below or near the project folder, else absolute.
    SIM_CHECK(relativePath(dir / "parts/a.step", dir) == "parts/a.step");
    SIM_CHECK(relativePath(dir.parent_path() / "a.step", dir) == "../a.step");
    SIM_CHECK(relativePath("/a.step", dir / "x/y/z") == "/a.step");

    fs::remove_all(dir);
    return simtest::failures() ? 1 : 0;
}
