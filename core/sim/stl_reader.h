#pragma once
/// Reader for STL files (binary and ASCII) into an Assembly with one part per solid.

#include "core/model/assembly.h"
#include "core/model/result.h"

#include <filesystem>
#include <memory>

namespace wb::sim {

/// Reads `file` (binary or ASCII STL). Vertices are merged; each ASCII `solid` becomes one
/// triangle group (faceIds); a file of one solid (every binary file) is split into faces by
/// feature angle (core/model/feature_faces.h), as the mesh importers split it. The part is named
/// after the file stem. Coordinates stay in file units; `metresPerUnit` is recorded on the
/// assembly.
core::Result<std::shared_ptr<const core::Assembly>> readStl(const std::filesystem::path& file,
                                                            double metresPerUnit);

/// Writes a binary STL of `mesh` with facet normals (used by tests and tools).
core::Result<bool> writeStl(const std::filesystem::path& file, const core::Mesh& mesh);

} // namespace wb::sim
