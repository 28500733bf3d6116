#pragma once
/// Derived result fields (stress, heat flux), maxima and probes from the nodal solution.

#include "solve.h"

namespace wb::sim {

/// Builds every field of the analysis from the nodal solution (3 per node or 1 per node),
/// averaging element-centre stresses or fluxes at the nodes.
std::vector<ResultField> deriveFields(const VoxelModel& model, Analysis analysis,
                                      const std::vector<double>& solution);

/// Maximum of each reported field (vectors by magnitude) and where it is.
std::vector<FieldMax> fieldMaxima(const VoxelModel& model, const std::vector<ResultField>& fields);

/// Every field at a point: trilinear inside the nearest solid voxel.
std::vector<std::pair<std::string, std::vector<double>>>
sampleFields(const VoxelModel& model, const std::vector<ResultField>& fields, const Point3& point);

} // namespace wb::sim
