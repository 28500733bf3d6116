#pragma once
/// The analysis registry. Each analysis kind (static structural, steady thermal, ...) is
/// declared in one file under core/sim/analyses/ and listed once in analysis_registry.cpp. The
/// declaration is everything the rest of the program asks about an analysis: its study fields,
/// its support and load types with their parameters, its operator and post-processing, its
/// result fields with units, and how the CalculiX exporter writes it. The study reader and
/// writer, the boundary conditions, the solver, the result writer, the exporter and the GUI
/// read it from here. Declarations are immutable and live for the whole program; any thread.

#include "material.h"
#include "quantity.h"
#include "study.h"

#include "core/model/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace wb::sim {

struct VoxelModel;
struct ResultField;
class BoundaryContext;

/// One parameter of a support, a load or a study: a number, a 3-vector, or an object of
/// optional named numbers.
struct ParamSpec {
    /// Scalar: `2.5`. Vector: `[1, -2, 3]`. Components: `{"x": 0.001, "z": 0}`, members from
    /// `components`, each optional, at least one given; a Condition holds each given member
    /// under "key.member" (Condition::component), so an omitted one stays absent.
    enum class Shape { Scalar, Vector, Components };
    enum class Range { Any, NonNegative, Positive };
    std::string key; ///< JSON member name, e.g. "vector", "ambient_temperature"
    Shape shape = Shape::Scalar;
    Quantity quantity = Quantity::Dimensionless;
    Range range = Range::Any;
    std::vector<std::string> components = {}; ///< Shape::Components: member names, in order
};

/// Whether a support or load takes a `select`.
enum class SelectRule { Required, Optional, Forbidden };

/// Applies one support or load to the nodal boundary data; `path` names it in errors
/// ("loads[2]"). Called on the solving thread.
using ApplyConditionFn = core::Result<bool> (*)(BoundaryContext& context, const Condition& c,
                                                const std::string& path);

/// A support or load type of an analysis.
struct ConditionKind {
    std::string type; ///< the study's `type`, e.g. "fixed", "pressure"
    std::vector<ParamSpec> params;
    SelectRule select = SelectRule::Required;
    ApplyConditionFn apply = nullptr;
    /// Set when the CalculiX export cannot carry this type: the reason.
    const char* inpUnsupported = nullptr;
    /// A load that alone determines the solution's level, as a support does (convection
    /// fixes the temperature against its ambient); every support does.
    bool holdsModel = false;
};

/// Which extremes of a field result.json reports (vectors by magnitude).
enum class Extremes { None, Max, Min, Both };

/// A result field: nodal values with `components` per node.
struct FieldSpec {
    std::string name; ///< e.g. "von_mises"
    int components = 1;
    Quantity quantity = Quantity::Dimensionless;
    Extremes extremes = Extremes::Both;
};

/// The matrix-free operator the analysis assembles (core/sim/operator_level).
enum class OperatorKind {
    Elasticity, ///< 3 DOF per node, coefficients (lambda, mu)
    Conduction, ///< 1 DOF per node, coefficient (k, 0)
};

/// One CalculiX keyword card with its data line, e.g. {"*ELASTIC", {E, nu}}.
struct InpCard {
    const char* keyword;
    std::vector<double> values;
};

/// How the CalculiX exporter writes the analysis.
struct InpDialect {
    const char* element = "";       ///< "C3D8"
    const char* step = "";          ///< "*STATIC"
    const char* loadCard = "";      ///< "*CLOAD"
    const char* printVariable = ""; ///< "U"
    int firstDof = 1;               ///< CalculiX DOF number of component 0 (11 = temperature)
    /// The material cards of one material.
    std::vector<InpCard> (*materialCards)(const Material& m) = nullptr;
};

/// One analysis kind.
struct AnalysisKind {
    std::string name;                   ///< the study's `analysis`, e.g. "static_structural"
    std::vector<ParamSpec> studyParams; ///< top-level study members this analysis adds
    OperatorKind op = OperatorKind::Elasticity;
    int dofsPerNode = 3;
    /// Operator coefficients of a material (see OperatorKind).
    void (*coefficients)(const Material& m, double& a, double& b) = nullptr;
    /// Estimated bytes per grid node of a solve (vectors, multigrid, fields).
    double bytesPerNode = 0;
    std::vector<ConditionKind> supports;
    std::vector<ConditionKind> loads;
    /// The nodal solution's field ("displacement"); intermediate results stream it.
    std::string solutionField;
    /// Every result field, the solution field first.
    std::vector<FieldSpec> fields;
    /// Builds every field from the nodal solution (dofsPerNode values per node).
    std::vector<ResultField> (*deriveFields)(const VoxelModel& model,
                                             const std::vector<double>& solution) = nullptr;
    InpDialect inp;

    const ConditionKind* support(std::string_view type) const;
    const ConditionKind* load(std::string_view type) const;
    const FieldSpec* field(std::string_view name) const;
};

/// Every registered analysis, in registration order.
const std::vector<const AnalysisKind*>& analyses();
/// The analysis named `name`; nullptr when none is registered under it.
const AnalysisKind* findAnalysis(std::string_view name);
/// The analysis named `name`; an InvalidArgument error naming `field` when unknown.
core::Result<const AnalysisKind*> analysisNamed(std::string_view name,
                                                const std::string& field = "analysis");

} // namespace wb::sim
