#pragma once
/// The size checks of a study on stored geometry, from its import summary alone (the model is
/// not decoded): at submit when the import has finished, else in the job once it has.

#include "import_record.h"

#include "core/sim/study.h"

#include <cstdint>

namespace wb::remote {

struct SizeLimits {
    std::uint64_t maxVoxels = 0;
    std::uint64_t memoryBudget = 0; ///< what every job together may use
};

/// The memory the study's job is estimated to need, or why it may not run:
/// "remote.too_many_voxels" (InvalidArgument: field, voxels, limit), "remote.job_too_large"
/// (ResourceExhausted: bytes, budget), "remote.empty_geometry", or the unit's error.
core::Result<std::uint64_t> estimateJobBytes(const sim::Study& study, const ImportSummary& geometry,
                                             const SizeLimits& limits);

} // namespace wb::remote
