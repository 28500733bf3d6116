#include "study_size.h"

#include "core/model/units.h"

#include <algorithm>
#include <cmath>

namespace wb::remote {

namespace {

constexpr std::uint64_t kBytesPerVoxel = 1500; // solver vectors, operator and multigrid

/// Solid voxels at most: the bounding box volume over the voxel volume.
core::Result<double> estimateVoxels(const sim::Study& study, const ImportSummary& geometry) {
    if (study.targetVoxels) return static_cast<double>(*study.targetVoxels);
    auto unit = core::metresPerUnit(study.lengthUnit);
    if (!unit) return std::unexpected(unit.error());
    const core::BBox& box = geometry.box;
    if (box.isEmpty())
        return core::fail(core::ErrorCode::InvalidFile, "remote.empty_geometry", "empty geometry",
                          "geometry_id");
    const double m = geometry.unitFor(*unit), h = *study.voxelSize;
    const double nx = std::ceil((box.max.x - box.min.x) * m / h) + 1,
                 ny = std::ceil((box.max.y - box.min.y) * m / h) + 1,
                 nz = std::ceil((box.max.z - box.min.z) * m / h) + 1;
    return nx * ny * nz;
}

} // namespace

core::Result<std::uint64_t> estimateJobBytes(const sim::Study& study, const ImportSummary& geometry,
                                             const SizeLimits& limits) {
    auto voxels = estimateVoxels(study, geometry);
    if (!voxels) return std::unexpected(voxels.error());
    const std::string field = study.targetVoxels ? "mesh.target_voxels" : "mesh.voxel_size";
    if (!std::isfinite(*voxels) || *voxels > static_cast<double>(limits.maxVoxels))
        return core::fail(core::ErrorCode::InvalidArgument, "remote.too_many_voxels",
                          "too many voxels", field,
                          {field, std::to_string(static_cast<long long>(std::min(*voxels, 1e18))),
                           std::to_string(limits.maxVoxels)});
    const std::uint64_t bytes = static_cast<std::uint64_t>(*voxels) * kBytesPerVoxel;
    if (bytes > limits.memoryBudget)
        return core::fail(core::ErrorCode::ResourceExhausted, "remote.job_too_large",
                          "the job can never fit", field,
                          {std::to_string(bytes), std::to_string(limits.memoryBudget)});
    return bytes;
}

} // namespace wb::remote
