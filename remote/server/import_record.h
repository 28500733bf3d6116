#pragma once
/// What the import of an uploaded geometry left, stored beside it as GEOMETRY.import: a first
/// line with what the submit checks need (bounding box, unit), then the model or the error as
/// core/model/assembly_codec.h encodes them. Written atomically, so a record that exists is
/// complete: a geometry without one has not been imported yet.

#include "core/model/assembly.h"
#include "core/model/bbox.h"
#include "core/model/result.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace wb::remote {

/// The record's first line, for the checks at submit: reading it does not decode the model.
struct ImportSummary {
    core::BBox box; ///< in file units
    double metresPerUnit = 1e-3;
    bool ownUnit = false; ///< the file states its unit (STEP, IGES); else the study's
    /// Metres per file unit for a study whose length unit is `studyUnit`.
    double unitFor(double studyUnit) const { return ownUnit ? metresPerUnit : studyUnit; }
};

/// GEOMETRY.import for the geometry file `geometry`.
std::filesystem::path importRecordPath(const std::filesystem::path& geometry);

/// Stores the outcome of importing `geometry`: the model, or the error.
core::Result<bool>
writeImportRecord(const std::filesystem::path& geometry,
                  const core::Result<std::shared_ptr<const core::Assembly>>& imported);

/// The summary of a stored import; nullopt when there is no record yet. A failed import gives
/// its error; a damaged record gives "io.bad_import_reply".
std::optional<core::Result<ImportSummary>> readImportSummary(const std::filesystem::path& geometry);

/// The stored model of `geometry`, with the study's unit applied as importing with
/// ImportOptions::metresPerUnit would have (not to files that state their own).
core::Result<std::shared_ptr<const core::Assembly>>
loadImportedModel(const std::filesystem::path& geometry, double metresPerUnit);

} // namespace wb::remote
