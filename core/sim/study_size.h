#pragma once
/// How large a study's solve gets, before anything is voxelized: the numbers the GUI shows as
/// the mesh control moves and the service checks its limits with.

#include "study.h"

#include "core/model/bbox.h"

#include <cstdint>

namespace wb::sim {

/// Bytes a solve needs per solid voxel at most (solver vectors, operator, multigrid, fields).
inline constexpr std::uint64_t kJobBytesPerVoxel = 1500;

struct StudySize {
    double voxels = 0;         ///< solid voxels (the target, or at most the bounding box's)
    bool voxelsUpperBound = false; ///< true when `voxels` counts the whole bounding box
    double dofs = 0;           ///< degrees of freedom, about voxels x DOF per node
    std::uint64_t bytes = 0;   ///< memory of the solve; an upper bound
    double voxelSize = 0;      ///< m; for a target count, the size a full bounding box would get
};

/// The size of `study` on a model whose bounding box is `box` (metres). An empty box is an
/// error ("sim.empty_geometry"), as are an unknown analysis and a study without mesh size.
core::Result<StudySize> estimateStudySize(const Study& study, const core::BBox& boxMetres);

} // namespace wb::sim
