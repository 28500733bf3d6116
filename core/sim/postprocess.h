#pragma once
/// Derived result fields (stress, heat flux), extremes and probes from the nodal solution.

#include "solve.h"

namespace wb::sim {

/// Builds every field of the analysis from the nodal solution (3 per node or 1 per node),
/// averaging element-centre stresses or fluxes at the nodes.
std::vector<ResultField> deriveFields(const VoxelModel& model, Analysis analysis,
                                      const std::vector<double>& solution);

struct FieldExtremes {
    std::vector<FieldExtreme> min, max;
};

/// Minimum and maximum of each scalar field over the nodes of solid voxels (vectors by
/// magnitude; principal_stress, three values per node, has none) and where they are. The
/// safety factor has a minimum only. Non-finite values are skipped; a field without a finite
/// value has no extremes.
FieldExtremes fieldExtremes(const VoxelModel& model, const std::vector<ResultField>& fields);

/// Every field at a point: trilinear inside the nearest solid voxel.
std::vector<std::pair<std::string, std::vector<double>>>
sampleFields(const VoxelModel& model, const std::vector<ResultField>& fields, const Point3& point);

} // namespace wb::sim
