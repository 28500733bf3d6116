#pragma once
/// The scalars a result can be coloured by: each field the analysis declares, vectors as their
/// magnitude and X, Y, Z components, principal stresses as the largest and the smallest; their
/// per-node values and ranges; the automatic scale of the deformed shape; probes as CSV.

#include "quantity.h"
#include "solve.h"
#include "voxel_model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::sim {

/// How a field's components become one value per node.
enum class Reduction { Value, Magnitude, X, Y, Z, MaxPrincipal, MinPrincipal };

struct ScalarView {
    std::string field;                       ///< result field name, e.g. "displacement"
    Reduction reduction = Reduction::Value;
    Quantity quantity = Quantity::Dimensionless;
    bool signedValues = false; ///< components and principal stresses: coloured about zero

    /// A stable id for settings and projects: "von_mises", "displacement.x",
    /// "principal_stress.min".
    std::string id() const;
    bool operator==(const ScalarView&) const = default;
};

/// The views a result offers, in the order its analysis declares its fields.
std::vector<ScalarView> scalarViews(const SolveResult& result);
/// The view with `id`, if the result has it.
std::optional<ScalarView> findScalarView(const SolveResult& result, std::string_view id);

/// One value from the `components` values of a node, or of a point sampled between nodes
/// (e.g. by sampleOnSurface), reduced as the view's `reduction` says.
double reduceComponents(const float* values, int components, Reduction reduction);
double reduceComponents(const double* values, int components, Reduction reduction);

/// The view's value at every grid node; NaN at nodes that touch no solid voxel (and for a
/// field the result lacks, every node).
std::vector<float> nodeScalars(const SolveResult& result, const ScalarView& view);

struct ScalarRange {
    bool valid = false; ///< false when no solid node has a finite value
    double min = 0, max = 0;
    std::size_t minNode = 0, maxNode = 0;
    Point3 minAt{}, maxAt{}; ///< node positions, metres
};
/// The range of a view over the nodes of solid voxels (the first node wins a tie).
ScalarRange scalarRange(const SolveResult& result, const ScalarView& view);
/// The same for one field of a voxel model (before a SolveResult exists), `active` being
/// model.activeNodes() (computed once by a caller that ranges several fields).
ScalarRange scalarRange(const VoxelModel& model, const ResultField& field, Reduction reduction,
                        const std::vector<std::uint8_t>& active);

/// Why a peak at grid node `node` depends on the voxel size: "support" when a node within two
/// voxels is held in all `nc` directions (`dirichlet` per DOF), "corner" when the node is a
/// re-entrant edge or corner of the solid (6 or 7 of its 8 voxels solid); empty otherwise.
std::string singularPeak(const VoxelModel& model, const std::vector<std::uint8_t>& dirichlet,
                         int nc, std::size_t node);

/// The factor that makes the largest displacement `fraction` of `diagonalMetres` (5% of the
/// model's bounding-box diagonal by default); 0 when nothing moved or there is no
/// displacement field.
double autoDeformationScale(const SolveResult& result, double diagonalMetres,
                            double fraction = 0.05);

} // namespace wb::sim
