#pragma once
/// CalculiX input deck of exactly the solver's hex mesh, materials and boundary conditions.

#include "study.h"

#include <filesystem>
#include <ostream>

namespace wb::sim {

struct InpExportInfo {
    std::size_t nodes = 0, elements = 0;
    /// Per study probe: the deck's node number printed for it (nearest solid-grid node).
    std::vector<std::size_t> probeNodes;
};

/// Loads the geometry, voxelizes and maps the boundary conditions as solve() does, then
/// writes C3D8 elements (DC3D8 for thermal), one material and section per material,
/// *BOUNDARY (node, dof, dof, value per constrained DOF: fixed, the prescribed components of
/// a displacement, the normal DOF of a frictionless face), *CLOAD / *CFLUX, and *NODE PRINT of
/// NSET=PROBE_<i> per probe, and per support i with held nodes NSET=SUPPORT_i (the nodes whose
/// held components count for it, as in result.json's reactions) with a *NODE PRINT of its
/// reaction totals (RF, or RFL for thermal). A frictionless face off the axes fails as the solver does.
/// Convection is not exported (Unsupported, context "loads[i].type").
core::Result<InpExportInfo> exportInp(const Study& study, const std::filesystem::path& file);

} // namespace wb::sim
