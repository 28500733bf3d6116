#pragma once
/// Study <-> JSON, with errors that name the field path ("mesh.voxel_size").

#include "json.h"
#include "study.h"

#include <filesystem>

namespace wb::sim {

/// Reads and validates a study. Error.context holds the offending field path.
core::Result<Study> studyFromJson(const Json& json);
/// Writes a study with exactly the field names of docs/study-format.md.
Json studyToJson(const Study& study);
/// Parses text (error context "line:column" for syntax errors).
core::Result<Study> parseStudy(std::string_view text);
/// Reads a study file; its folder becomes Study::baseDir.
core::Result<Study> loadStudy(const std::filesystem::path& file);

} // namespace wb::sim
