#pragma once
/// Support reactions from a solved nodal field: the residual K u - f of the full operator at
/// the DOFs each support holds, summed per support. Computed once after the solve, element by
/// element at the held nodes only; any thread.

#include "analysis.h"
#include "boundary_conditions.h"
#include "solve.h"

#include <vector>

namespace wb::sim {

/// The reaction of every support of `study` that is not suppressed, in the study's order.
/// `solution` holds every DOF (prescribed values included), `boundary` is what buildBoundary
/// made for this model (its loads, convection and supportDofs). A structural reaction is the
/// force on the body and its moment about the centroid of the support's nodes; a thermal one
/// the heat flow into the body (convection at a held node counted against it). A DOF held by
/// several supports counts for one of them (BoundaryData::supportDofs).
std::vector<SupportReaction> supportReactions(const Study& study, const AnalysisKind& kind,
                                              const VoxelModel& model, const BoundaryData& boundary,
                                              const std::vector<double>& solution);

} // namespace wb::sim
