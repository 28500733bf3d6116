#pragma once
/// Derived result fields (stress, heat flux), extremes and probes from the nodal solution.

#include "analysis.h"
#include "solve.h"

#include <functional>

namespace wb::sim {

/// Builds every field of the analysis from the nodal solution (dofsPerNode values per node).
std::vector<ResultField> deriveFields(const VoxelModel& model, const AnalysisKind& analysis,
                                      const std::vector<double>& solution);

/// Values of one solid voxel at its centre: fn(material, the voxel's 8 nodes, out[ns]), with
/// `out` zeroed before the call. Called from several threads at once.
using VoxelValuesFn =
    std::function<void(const Material& m, const std::size_t nodes[8], double* out)>;

/// The average at each node of the values of the solid voxels around it (ns per node; zero at
/// nodes of no solid voxel). Runs on every core.
std::vector<double> nodeAverages(const VoxelModel& model, int ns, const VoxelValuesFn& fn);

struct FieldExtremes {
    std::vector<FieldExtreme> min, max;
};

/// Minimum and maximum of each field over the nodes of solid voxels (vectors by magnitude),
/// as far as the analysis's FieldSpec::extremes asks, and where they are. Non-finite values
/// are skipped; a field without a finite value has no extremes.
FieldExtremes fieldExtremes(const VoxelModel& model, const AnalysisKind& analysis,
                            const std::vector<ResultField>& fields);

/// Every field at a point: trilinear inside the nearest solid voxel.
std::vector<std::pair<std::string, std::vector<double>>>
sampleFields(const VoxelModel& model, const std::vector<ResultField>& fields, const Point3& point);

} // namespace wb::sim
