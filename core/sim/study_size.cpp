#include "study_size.h"

#include "analysis.h"

#include <algorithm>
#include <cmath>

namespace wb::sim {

core::Result<StudySize> estimateStudySize(const Study& study, const core::BBox& box) {
    auto kind = analysisNamed(study.analysis);
    if (!kind) return std::unexpected(kind.error());
    if (box.isEmpty())
        return core::fail(core::ErrorCode::InvalidFile, "sim.empty_geometry",
                          "the geometry is empty", "geometry");
    const double dx = box.max.x - box.min.x, dy = box.max.y - box.min.y,
                 dz = box.max.z - box.min.z;
    StudySize s;
    if (study.voxelSize) {
        const double h = *study.voxelSize;
        if (!(h > 0))
            return core::fail(core::ErrorCode::InvalidArgument, "study.invalid_field",
                              "must be positive", "mesh.voxel_size",
                              {"mesh.voxel_size", "must be positive"});
        s.voxels = std::max(1.0, std::ceil(dx / h)) * std::max(1.0, std::ceil(dy / h)) *
                   std::max(1.0, std::ceil(dz / h));
        s.voxelsUpperBound = true;
        s.voxelSize = h;
    } else if (study.targetVoxels && *study.targetVoxels > 0) {
        s.voxels = double(*study.targetVoxels);
        const double volume = std::max(dx, 1e-12) * std::max(dy, 1e-12) * std::max(dz, 1e-12);
        s.voxelSize = std::cbrt(volume / s.voxels);
    } else {
        return core::fail(core::ErrorCode::InvalidArgument, "study.invalid_field",
                          "missing required field", "mesh", {"mesh", "missing required field"});
    }
    s.dofs = s.voxels * (*kind)->dofsPerNode;
    const double bytes = s.voxels * double(kJobBytesPerVoxel);
    s.bytes = bytes >= 1.8e19 ? UINT64_MAX : static_cast<std::uint64_t>(bytes);
    return s;
}

} // namespace wb::sim
