#pragma once
/// Entry point of the solver: study in, fields and summary out.

#include "core/model/assembly.h"
#include "core/model/progress.h"
#include "study.h"
#include "voxel_model.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wb::sim {

enum class SolveStatus { Converged, NotConverged, Cancelled, Failed };
const char* solveStatusName(SolveStatus s);

/// A nodal field on the grid: values[node * components + c]; zero at nodes of no solid voxel.
struct ResultField {
    std::string name;
    int components = 1;
    std::vector<double> values;
};

/// The smallest or largest value of one field (vectors by magnitude) and the node where it is.
struct FieldExtreme {
    std::string field;
    double value = 0;
    Point3 at{}; ///< metres
    /// For a stress maximum whose value depends on the voxel size: "support" (next to a node
    /// held in every direction) or "corner" (at a re-entrant edge or corner); empty otherwise.
    std::string singular;
};

struct ProbeResult {
    std::string name;
    Point3 point{};
    std::vector<std::pair<std::string, std::vector<double>>> values; ///< field -> components
};

/// What one support of the study carries: (K u - f) summed over the DOFs it holds, K the
/// stiffness (conduction) matrix before any DOF is removed. Structural: the force and moment
/// the support exerts on the body; thermal: the heat it lets into the body.
struct SupportReaction {
    std::size_t support = 0; ///< index in Study::supports
    std::string name;        ///< the support's name; empty when it has none
    std::string type;        ///< its type, e.g. "fixed"
    std::size_t nodes = 0;   ///< grid nodes with a DOF that counts for this support
    Point3 centroid{};       ///< mean position of those nodes (m); zero when there are none
    Point3 force{};          ///< N along the global axes (structural)
    Point3 moment{};         ///< N·m about the centroid (structural)
    double heatFlow = 0;     ///< W into the body (thermal)
};

struct Timings {
    double import = 0, voxelize = 0, setup = 0, solve = 0, total = 0;
};

struct SolveResult {
    SolveStatus status = SolveStatus::Failed;
    std::optional<core::Error> error; ///< set when status is Failed
    std::string analysis = "static_structural"; ///< name in the analysis registry
    std::string backend = "cpu";
    std::shared_ptr<const VoxelModel> model;
    std::size_t dofs = 0; ///< free unknowns
    int iterations = 0;
    double relativeResidual = 0;
    Timings timings;
    std::size_t peakMemoryBytes = 0;
    std::size_t solverMemoryBytes = 0; ///< grid operator, multigrid and Krylov vectors
    std::vector<ResultField> fields;
    std::vector<FieldExtreme> min; ///< every scalar field's minimum, with the safety factor
    std::vector<FieldExtreme> max; ///< every scalar field's maximum, without the safety factor
    std::vector<ProbeResult> probes;
    /// The study as solved and the geometry it was solved on (coordinates in its own unit);
    /// written into the result folder as study.json and surface.wbm. Null when unknown (a
    /// result read back from a field file).
    std::shared_ptr<const Study> study;
    std::shared_ptr<const core::Assembly> assembly;
    /// Per support that is not suppressed, in the study's order.
    std::vector<SupportReaction> reactions;

    /// nullptr when absent.
    const ResultField* field(const std::string& name) const;
};

/// Progress of the running solve: stage ("import", "voxelize", "setup", "solve",
/// "postprocess"), iteration (0 outside "solve") and relative residual.
using SolveProgressFn =
    std::function<void(const std::string& stage, int iteration, double residual)>;
/// The current displacement (3 per node) or temperature (1 per node) during iterations.
using IntermediateFieldFn = std::function<void(int iteration, const ResultField& field)>;
/// The voxel model once voxelization is done: the grid that every nodal field lives on.
using VoxelModelFn = std::function<void(const std::shared_ptr<const VoxelModel>& model)>;

struct SolveOptions {
    std::optional<Backend> backend;      ///< overrides the study's solver.backend
    SolveProgressFn progress;            ///< called on the solving thread
    IntermediateFieldFn intermediate;    ///< see intermediateEvery*
    VoxelModelFn onModel;                ///< called once, before any intermediate field
    int intermediateEveryIterations = 0; ///< 0 = off
    double intermediateEveryMs = 0;      ///< 0 = off
    core::CancelToken* cancel = nullptr; ///< polled between iterations
    /// Geometry already loaded (skips the loader); coordinates in its own unit.
    std::shared_ptr<const core::Assembly> assembly;
    /// CPU threads of the solve's parallel loops; 0 = all cores (or OMP_NUM_THREADS). The
    /// results are the same bit for bit for every count.
    int threads = 0;
};

/// The threads each of `concurrentSolves` solves running at once gets: the cores (or
/// OMP_NUM_THREADS) divided among them, at least 1.
int threadShare(int concurrentSolves);

/// Solves a study. Returns an Error for an invalid study, unreadable geometry, an empty
/// voxelization or a model free to move; a SolveResult with status NotConverged or
/// Cancelled otherwise (fields hold the last iterate). Blocking; call from a worker thread.
core::Result<SolveResult> solve(const Study& study, const SolveOptions& options = {});

/// True when a CUDA device is usable by this build: it exists and this build has kernels for
/// its generation.
bool cudaAvailable();
/// Why cudaAvailable() is false, in one English sentence (no backend, no device, or a GPU
/// generation this build has no kernels for); empty when it is true.
std::string cudaUnavailableReason();

/// A CUDA device as the runtime reports it.
struct GpuDevice {
    std::string name;
    std::size_t memoryBytes = 0; ///< total global memory
};

/// The CUDA devices usable by this build, in device order; empty without CUDA or a device.
std::vector<GpuDevice> cudaDevices();

} // namespace wb::sim
