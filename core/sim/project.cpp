#include "project.h"

#include "json_fields.h"
#include "study_json.h"

#include "core/model/atomic_file.h"

#include <fstream>
#include <sstream>

namespace wb::sim {

using namespace detail;
using core::ErrorCode;
using core::fail;

namespace {

bool isHexDigest(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

Result<ProjectGeometry> geometryFromJson(const Json& v) {
    WB_TRY(isObj, requireObject(v, "geometry"));
    Fields f(v, "geometry");
    ProjectGeometry g;
    WB_TRY(file, f.required("file"));
    WB_TRY(fileText, string(*file, "geometry.file"));
    g.file = fileText;
    if (const Json* h = f.optional("sha256")) {
        WB_TRY(hash, string(*h, "geometry.sha256"));
        if (!hash.empty() && !isHexDigest(hash))
            return fieldError("geometry.sha256", "expected 64 lowercase hexadecimal digits");
        g.sha256 = hash;
    }
    if (const Json* e = f.optional("embedded")) {
        WB_TRY(flag, boolean(*e, "geometry.embedded"));
        g.embedded = flag;
    }
    if (const Json* d = f.optional("data")) {
        WB_TRY(data, string(*d, "geometry.data"));
        g.base64 = data;
    }
    if (g.embedded && g.base64.empty())
        return fieldError("geometry.data", "an embedded geometry needs its data");
    WB_TRY(ok, f.checkUnknown());
    return g;
}

Result<ProjectJob> jobFromJson(const Json& v, const std::string& path) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    ProjectJob job;
    WB_TRY(id, f.required("id"));
    WB_TRY(idText, string(*id, path + ".id"));
    if (idText.empty()) return fieldError(path + ".id", "must not be empty");
    job.id = idText;
    struct Text {
        const char* key;
        std::string* target;
    };
    for (const Text& t : {Text{"name", &job.name}, Text{"service", &job.service},
                          Text{"state", &job.state}, Text{"result_dir", &job.resultDir}}) {
        if (const Json* value = f.optional(t.key)) {
            WB_TRY(text, string(*value, f.path(t.key)));
            *t.target = text;
        }
    }
    if (const Json* s = f.optional("study_as_solved")) {
        WB_TRY(isStudy, requireObject(*s, path + ".study_as_solved"));
        job.studyAsSolved = *s;
    }
    WB_TRY(ok, f.checkUnknown());
    return job;
}

Result<PinnedProbe> probeFromJson(const Json& v, const std::string& path) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    PinnedProbe probe;
    if (const Json* name = f.optional("name")) {
        WB_TRY(text, string(*name, path + ".name"));
        probe.name = text;
    }
    WB_TRY(at, f.required("point"));
    WB_TRY(p, point(*at, path + ".point"));
    probe.point = p;
    WB_TRY(ok, f.checkUnknown());
    return probe;
}

} // namespace

Result<Project> parseProject(std::string_view text, const std::filesystem::path& file) {
    WB_TRY(json, parseJson(text));
    WB_TRY(isObj, requireObject(json, ""));
    Fields f(json, "");
    WB_TRY(format, f.required("format"));
    WB_TRY(formatText, string(*format, "format"));
    if (formatText != "werkbank-project")
        return fieldError("format", "expected \"werkbank-project\"");
    WB_TRY(version, f.required("version"));
    if (!version->is_number_integer() || version->get<long long>() < 1)
        return fieldError("version", "expected a positive whole number");
    if (version->get<long long>() > kProjectVersion)
        return fail(ErrorCode::Unsupported, "project.newer_version",
                    "the project was saved by a newer version of Werkbank (format version " +
                        std::to_string(version->get<long long>()) + ")",
                    "version", {std::to_string(version->get<long long>())});
    Project p;
    WB_TRY(study, f.required("study"));
    WB_TRY(studyValue, studyFromJson(*study));
    p.study = std::move(studyValue);
    // Field errors inside the study name their place in the project.
    WB_TRY(geometry, f.required("geometry"));
    WB_TRY(geometryValue, geometryFromJson(*geometry));
    p.geometry = std::move(geometryValue);
    if (const Json* view = f.optional("view")) {
        WB_TRY(viewObj, requireObject(*view, "view"));
        p.view = *view;
    }
    if (const Json* service = f.optional("service")) {
        WB_TRY(name, string(*service, "service"));
        p.service = name;
    }
    WB_TRY(jobs, array(f.optional("jobs"), "jobs"));
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        WB_TRY(job, jobFromJson(jobs[i], "jobs[" + std::to_string(i) + "]"));
        p.jobs.push_back(std::move(job));
    }
    // Added after version 1 first shipped: optional, so older projects open unchanged.
    WB_TRY(probes, array(f.optional("result_probes"), "result_probes"));
    for (std::size_t i = 0; i < probes.size(); ++i) {
        WB_TRY(probe, probeFromJson(probes[i], "result_probes[" + std::to_string(i) + "]"));
        p.probes.push_back(std::move(probe));
    }
    WB_TRY(ok, f.checkUnknown());
    p.study.baseDir = file.parent_path();
    return p;
}

Result<Project> loadProject(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail(ErrorCode::NotFound, "io.file_not_found", "file not found", file.string(),
                    {file.string()});
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof())
        return fail(ErrorCode::InvalidFile, "io.read_error", "cannot read the file",
                    file.string(), {file.string()});
    if (text.view().empty())
        return fail(ErrorCode::InvalidFile, "io.empty_file", "the file is empty", file.string(),
                    {file.string()});
    auto project = parseProject(text.view(), file);
    if (!project) {
        core::Error e = project.error();
        e.context = file.string() + ": " + e.context;
        return std::unexpected(e);
    }
    return project;
}

Json projectToJson(const Project& p) {
    Json j;
    j["format"] = "werkbank-project";
    j["version"] = kProjectVersion;
    j["study"] = studyToJson(p.study);
    Json g;
    g["file"] = p.geometry.file;
    if (!p.geometry.sha256.empty()) g["sha256"] = p.geometry.sha256;
    g["embedded"] = p.geometry.embedded;
    if (p.geometry.embedded) g["data"] = p.geometry.base64;
    j["geometry"] = std::move(g);
    j["view"] = p.view.is_object() ? p.view : Json::object();
    j["service"] = p.service;
    Json jobs = Json::array();
    for (const ProjectJob& job : p.jobs) {
        Json jj;
        jj["id"] = job.id;
        jj["name"] = job.name;
        jj["service"] = job.service;
        jj["state"] = job.state;
        jj["result_dir"] = job.resultDir;
        jj["study_as_solved"] = job.studyAsSolved;
        jobs.push_back(std::move(jj));
    }
    j["jobs"] = std::move(jobs);
    if (!p.probes.empty()) { // absent when empty: such a file is what older versions wrote
        Json probes = Json::array();
        for (const PinnedProbe& probe : p.probes) {
            Json pj;
            pj["name"] = probe.name;
            pj["point"] = Json::array({probe.point[0], probe.point[1], probe.point[2]});
            probes.push_back(std::move(pj));
        }
        j["result_probes"] = std::move(probes);
    }
    return j;
}

Result<bool> saveProject(const Project& project, const std::filesystem::path& file) {
    return core::writeFileAtomically(file, dumpJson(projectToJson(project)) + "\n");
}

std::filesystem::path projectResultsDir(const std::filesystem::path& projectFile) {
    std::filesystem::path dir = projectFile;
    dir.replace_extension(".results");
    return dir;
}

std::string relativePath(const std::filesystem::path& target,
                         const std::filesystem::path& folder) {
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::weakly_canonical(target, ec);
    const std::filesystem::path base = std::filesystem::weakly_canonical(folder, ec);
    const std::filesystem::path rel = abs.lexically_relative(base);
    if (rel.empty()) return abs.string();
    // Up to two levels up stays relative (a project beside its CAD folder); further is absolute.
    int up = 0;
    for (const auto& part : rel)
        up += part == "..";
    return up <= 2 ? rel.generic_string() : abs.string();
}

} // namespace wb::sim
