#pragma once
/// Thin walls: parts with regions thinner than three voxels at the study's voxel size. The voxel
/// model resolves such walls poorly (too stiff in bending, or gone), so the study editor warns
/// about them. Each part is voxelized as the solver does it (same grid, same inside test); a
/// voxel is thin when no ball three voxels across that lies in the part covers it.

#include "study_problems.h"
#include "surface.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wb::sim {

/// Walls with fewer voxels across than this are thin.
inline constexpr int kMinWallVoxels = 3;
/// A part is reported when at least this share of its voxels is thin (so that the odd corner
/// or staircase voxel of a curved surface does not count) ...
inline constexpr double kMinThinFraction = 0.05;
/// ... and at least this many voxels, unless the whole part has fewer.
inline constexpr std::size_t kMinThinVoxels = 8;
/// Parts whose box holds more voxels than this are not checked (memory; the size check of the
/// study speaks about such models).
inline constexpr std::size_t kMaxCheckedBoxVoxels = std::size_t(48) << 20;

/// One part with thin walls.
struct ThinWall {
    std::string path;           ///< instance path of the part checked (the first instance)
    std::string partName;       ///< the part's name
    std::size_t voxels = 0;     ///< solid voxels of the part; 0: smaller than one voxel
    std::size_t thinVoxels = 0; ///< of them, thin
    double thicknessVoxels = 0; ///< typical thickness of its thin regions, in voxels (median)
    double voxelSize = 0;       ///< m
    double thicknessMetres() const { return thicknessVoxels * voxelSize; }
};

/// Asked now and then; true stops the check.
using CancelCheck = std::function<bool()>;

/// Every part of `surface` (each part name once, at its first instance) that has walls thinner
/// than kMinWallVoxels at the voxel size `study` gives, in instance order. Empty when the study
/// or the model gives no grid (the study's own checks say why); nullopt when `cancelled`.
/// Any thread; costs one voxelization and a few passes over each part's box.
std::optional<std::vector<ThinWall>> findThinWalls(const Study& study, const WorldSurface& surface,
                                                   const CancelCheck& cancelled = {});

/// The warnings for `walls` (they never keep a study from being solved), on the item "mesh":
/// "study.thin_wall" (part name, thickness in voxels, thickness in metres, the voxel size in
/// metres that resolves it) or "study.part_lost" (part name) for a part smaller than a voxel.
std::vector<StudyProblem> thinWallProblems(const std::vector<ThinWall>& walls);

} // namespace wb::sim
