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

} // namespace wb::sim
