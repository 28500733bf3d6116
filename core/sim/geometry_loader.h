#pragma once
/// The hook through which the solver obtains geometry. The solver-only build reads STL; the
/// full build installs a loader backed by the CAD importers.

#include "core/model/assembly.h"
#include "core/model/result.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace wb::sim {

using GeometryLoader = std::function<core::Result<std::shared_ptr<const core::Assembly>>(
    const std::filesystem::path&, double metresPerUnit)>;

/// Replaces the process-wide loader (an empty function restores the STL reader). Thread-safe.
void setGeometryLoader(GeometryLoader loader);
/// Loads geometry through the current loader.
core::Result<std::shared_ptr<const core::Assembly>> loadGeometry(const std::filesystem::path& file,
                                                                 double metresPerUnit);

/// Mesh and BREP files name their top node after the file (`part.stl` -> "part"), and studies
/// name faces by paths that start there. A copy stored under another name (a service keeps
/// uploads as `<SHA-256>.stl`) gets its top node renamed from `storedStem` back to `name`, so
/// the study's paths find their parts; other trees come back unchanged.
std::shared_ptr<const core::Assembly>
withGeometryName(std::shared_ptr<const core::Assembly> assembly, const std::string& storedStem,
                 const std::string& name);

} // namespace wb::sim
