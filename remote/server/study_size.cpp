#include "study_size.h"

#include "core/model/units.h"
#include "core/sim/study_size.h"

#include <algorithm>
#include <cmath>

namespace wb::remote {

namespace {

/// The study's size on the stored model: the core estimate the GUI shows too.
core::Result<sim::StudySize> studySize(const sim::Study& study, const ImportSummary& geometry) {
    auto unit = core::metresPerUnit(study.lengthUnit);
    if (!unit) return std::unexpected(unit.error());
    const core::BBox& box = geometry.box;
    if (box.isEmpty())
        return core::fail(core::ErrorCode::InvalidFile, "remote.empty_geometry", "empty geometry",
                          "geometry_id");
    const double m = geometry.unitFor(*unit);
    core::BBox metres;
    metres.add(core::Vec3{box.min.x * m, box.min.y * m, box.min.z * m});
    metres.add(core::Vec3{box.max.x * m, box.max.y * m, box.max.z * m});
    return sim::estimateStudySize(study, metres);
}

} // namespace

core::Result<std::uint64_t> estimateJobBytes(const sim::Study& study, const ImportSummary& geometry,
                                             const SizeLimits& limits) {
    auto size = studySize(study, geometry);
    if (!size) return std::unexpected(size.error());
    const double* voxels = &size->voxels;
    const std::string field = study.targetVoxels ? "mesh.target_voxels" : "mesh.voxel_size";
    if (!std::isfinite(*voxels) || *voxels > static_cast<double>(limits.maxVoxels))
        return core::fail(core::ErrorCode::InvalidArgument, "remote.too_many_voxels",
                          "too many voxels", field,
                          {field, std::to_string(static_cast<long long>(std::min(*voxels, 1e18))),
                           std::to_string(limits.maxVoxels)});
    const std::uint64_t bytes = size->bytes;
    if (bytes > limits.memoryBudget)
        return core::fail(core::ErrorCode::ResourceExhausted, "remote.job_too_large",
                          "the job can never fit", field,
                          {std::to_string(bytes), std::to_string(limits.memoryBudget)});
    return bytes;
}

} // namespace wb::remote
