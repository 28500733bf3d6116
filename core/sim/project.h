#pragma once
/// Projects (NAME.wbproj, docs/study-format.md): a study, the geometry it was set up on, the
/// view, the target service and the jobs solved from it. JSON, saved atomically. Results of a
/// job live beside the project in NAME.results/<job>/.

#include "json.h"
#include "result_probe.h"
#include "study.h"

#include <filesystem>
#include <string>
#include <vector>

namespace wb::sim {

inline constexpr int kProjectVersion = 1;

/// The geometry a project was set up on: a path relative to the project's folder and the
/// SHA-256 of its bytes, or the bytes themselves (base64) when embedded.
struct ProjectGeometry {
    std::string file;   ///< as written: relative to the project's folder where possible
    std::string sha256; ///< 64 lowercase hex digits; empty when unknown
    bool embedded = false;
    std::string base64; ///< the file's bytes when embedded (decoded by the caller)
};

/// A job solved from the project.
struct ProjectJob {
    std::string id;
    std::string name;
    std::string service;   ///< service name ("" = the embedded local service)
    std::string state;     ///< last known state ("succeeded", "failed", ...)
    std::string resultDir; ///< relative to the project's folder; "" until downloaded
    Json studyAsSolved = Json::object(); ///< the study document that was submitted
};

struct Project {
    Study study;
    ProjectGeometry geometry;
    Json view = Json::object(); ///< camera and display state, owned by the GUI
    std::string service;        ///< target service name ("" = the embedded local service)
    std::vector<ProjectJob> jobs;
    std::vector<PinnedProbe> probes; ///< pinned on results in the viewport (`result_probes`)
};

/// Parses a project document. `file` is the project's path: the study's baseDir becomes its
/// folder. Errors name the field path; a newer version is refused ("project.newer_version").
core::Result<Project> parseProject(std::string_view text, const std::filesystem::path& file);
/// Reads a project file (a missing, empty or unreadable file is a specific error).
core::Result<Project> loadProject(const std::filesystem::path& file);
/// The project document.
Json projectToJson(const Project& project);
/// Writes the project atomically (a failed save leaves the previous file as it was).
core::Result<bool> saveProject(const Project& project, const std::filesystem::path& file);
/// NAME.results beside NAME.wbproj.
std::filesystem::path projectResultsDir(const std::filesystem::path& projectFile);
/// `target` relative to `folder` when it lies below it or near it, else absolute.
std::string relativePath(const std::filesystem::path& target, const std::filesystem::path& folder);

} // namespace wb::sim
