#include "solve.h"

#include "analysis.h"
#include "boundary_conditions.h"
#include "cuda_solve.h"
#include "geometry_loader.h"
#include "model_checks.h"
#include "multigrid.h"
#include "parallel.h"
#include "pcg.h"
#include "postprocess.h"
#include "reactions.h"
#include "result_view.h"
#include "surface.h"
#include "voxelizer.h"

#include "core/model/units.h"

#include <fstream>

namespace wb::sim {

using Clock = std::chrono::steady_clock;

const char* solveStatusName(SolveStatus s) {
    switch (s) {
    case SolveStatus::Converged:
        return "converged";
    case SolveStatus::NotConverged:
        return "not_converged";
    case SolveStatus::Cancelled:
        return "cancelled";
    default:
        return "failed";
    }
}

const ResultField* SolveResult::field(const std::string& name) const {
    for (const ResultField& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

namespace {

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

std::size_t peakMemory() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
    return 0;
}

OperatorLevel fineLevel(const VoxelModel& model, const AnalysisKind& kind, const BoundaryData& bd) {
    OperatorLevel L;
    L.nc = bd.nc;
    L.grid = model.grid;
    const std::size_t nv = model.grid.voxelCount();
    L.coefA.assign(nv, 0.0);
    L.coefB.assign(nv, 0.0);
    for (std::size_t v = 0; v < nv; ++v) {
        if (!model.solid(v)) continue;
        kind.coefficients(model.materials[model.voxelMaterial[v]], L.coefA[v], L.coefB[v]);
    }
    setElementMatrices(L, model.grid.h);
    L.dirichlet = bd.dirichlet;
    L.robin = bd.robin;
    L.finalize();
    return L;
}

} // namespace

namespace {

core::Result<SolveResult> solveImpl(const Study& study, const SolveOptions& options) {
    const auto t0 = Clock::now();
    auto progress = [&](const char* stage, int it, double res) {
        if (options.progress) options.progress(stage, it, res);
    };
    SolveResult result;
    auto analysis = analysisNamed(study.analysis);
    if (!analysis) return std::unexpected(analysis.error());
    const AnalysisKind& kind = **analysis;
    result.analysis = kind.name;
    const Backend backend = options.backend.value_or(study.solver.backend);
    if (backend == Backend::Cuda && !cudaAvailable())
        return core::fail(core::ErrorCode::Unsupported, "sim.no_cuda_device",
                          "the CUDA backend was requested but cannot run: " +
                              cudaUnavailableReason(),
                          "solver.backend", {cudaUnavailableReason()});
    result.backend = "cpu";

    progress("import", 0, 0);
    std::shared_ptr<const core::Assembly> assembly = options.assembly;
    if (!assembly) {
        auto unit = core::metresPerUnit(study.lengthUnit);
        if (!unit) return std::unexpected(unit.error());
        auto loaded = loadGeometry(study.geometryPath(), *unit);
        if (!loaded) return std::unexpected(loaded.error());
        assembly = withGeometryName(*loaded, study.geometryPath().stem().string(),
                                    study.geometryName);
    }
    const auto t1 = Clock::now();
    result.timings.import = seconds(t0, t1);
    result.study = std::make_shared<const Study>(study);
    result.assembly = assembly;

    progress("voxelize", 0, 0);
    const WorldSurface surface = placeSurface(*assembly);
    auto materials = resolveInstanceMaterials(study, surface);
    if (!materials) return std::unexpected(materials.error());
    auto model = voxelize(study, surface, *materials);
    if (!model) return std::unexpected(model.error());
    result.model = std::make_shared<const VoxelModel>(std::move(*model));
    const VoxelModel& vm = *result.model;
    if (options.onModel) options.onModel(result.model);
    const auto t2 = Clock::now();
    result.timings.voxelize = seconds(t1, t2);

    progress("setup", 0, 0);
    auto boundary = buildBoundary(study, surface, vm);
    if (!boundary) return std::unexpected(boundary.error());
    if (auto ok = checkSupported(vm, *boundary); !ok) return std::unexpected(ok.error());
    Multigrid mg;
    if (auto ok = mg.setup(fineLevel(vm, kind, *boundary)); !ok) return std::unexpected(ok.error());
    const OperatorLevel& A = mg.fine();
    const std::size_t n = A.dofs();
    for (std::size_t i = 0; i < n; ++i)
        result.dofs += A.freeDof[i];
    // b = f - A u_D on the free DOFs
    std::vector<double> uD(n, 0.0), b(n, 0.0), x(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        if (boundary->dirichlet[i]) uD[i] = boundary->prescribed[i];
    A.apply(uD.data(), b.data());
    for (std::size_t i = 0; i < n; ++i)
        b[i] = A.freeDof[i] ? boundary->load[i] - b[i] : 0.0;
    const auto t3 = Clock::now();
    result.timings.setup = seconds(t2, t3);

    ResultField live{kind.solutionField, A.nc, {}};
    auto lastEmit = Clock::now();
    bool cancelled = false;
    const SolveMonitor monitor = [&](int it, double res, const FetchIterate& fetch) {
        progress("solve", it, res);
        if (options.cancel && options.cancel->cancelled()) {
            cancelled = true;
            return false;
        }
        if (options.intermediate) {
            const auto now = Clock::now();
            const bool byCount = options.intermediateEveryIterations > 0 &&
                                 it % options.intermediateEveryIterations == 0;
            const bool byTime = options.intermediateEveryMs > 0 &&
                                std::chrono::duration<double, std::milli>(now - lastEmit).count() >=
                                    options.intermediateEveryMs;
            if (byCount || byTime) {
                live.values.resize(n);
                fetch(live.values.data());
                for (std::size_t i = 0; i < n; ++i)
                    live.values[i] += uD[i];
                options.intermediate(it, live);
                lastEmit = now;
            }
        }
        return true;
    };
    bool useCuda = backend == Backend::Cuda || (backend == Backend::Auto && cudaAvailable());
    PcgResult pr;
#ifdef WB_HAVE_CUDA
    if (useCuda) {
        auto gpu = solveOnCuda(mg, b.data(), x.data(), study.solver.tolerance,
                               study.solver.maxIterations, monitor);
        if (gpu) {
            pr = *gpu;
            result.backend = "cuda";
        } else if (backend == Backend::Cuda) {
            return std::unexpected(gpu.error());
        } else {
            useCuda = false; // auto: the device cannot hold it, solve on the CPU
        }
    }
#endif
    if (!useCuda) {
        pr = pcg(
            n, [&](const double* in, double* out) { A.apply(in, out); },
            [&](const double* in, double* out) { mg.apply(in, out); }, b.data(), x.data(),
            study.solver.tolerance, study.solver.maxIterations,
            [&](int it, double res, const double* xi) {
                return monitor(it, res, [&](double* out) { std::copy(xi, xi + n, out); });
            });
    }
    result.solverMemoryBytes = mg.memoryBytes() + 7 * n * sizeof(double);
    const auto t4 = Clock::now();
    result.timings.solve = seconds(t3, t4);
    result.iterations = pr.iterations;
    result.relativeResidual = pr.relativeResidual;
    result.status = pr.converged ? SolveStatus::Converged
                                 : (cancelled ? SolveStatus::Cancelled : SolveStatus::NotConverged);

    progress("postprocess", pr.iterations, pr.relativeResidual);
    mg = Multigrid(); // release the hierarchy before the fields are built
    std::vector<double>().swap(b);
    for (std::size_t i = 0; i < n; ++i)
        x[i] += uD[i];
    // once, from the final solution: element rows at the held nodes only
    result.reactions = supportReactions(study, kind, vm, *boundary, x);
    // which nodes are held stays known to tell peaks at supports; the rest goes
    const std::vector<std::uint8_t> held = std::move(boundary->dirichlet);
    const int heldComponents = boundary->nc;
    *boundary = BoundaryData{};
    result.fields = deriveFields(vm, kind, x);
    FieldExtremes extremes = fieldExtremes(vm, kind, result.fields);
    for (FieldExtreme& e : extremes.max) {
        const FieldSpec* spec = kind.field(e.field);
        if (!spec || spec->quantity != Quantity::Pressure) continue;
        const VoxelGrid& g = vm.grid;
        auto index = [&](int a) { return int(std::lround((e.at[a] - g.origin[a]) / g.h)); };
        e.singular = singularPeak(vm, held, heldComponents, g.node(index(0), index(1), index(2)));
    }
    result.min = std::move(extremes.min);
    result.max = std::move(extremes.max);
    for (const Probe& p : study.probes)
        if (!p.suppressed)
            result.probes.push_back({p.name, p.point, sampleFields(vm, result.fields, p.point)});
    result.peakMemoryBytes = peakMemory();
    result.timings.total = seconds(t0, Clock::now());
    return result;
}

} // namespace

core::Result<SolveResult> solve(const Study& study, const SolveOptions& options) {
    const ThreadCountScope threads(options.threads);
    try {
        return solveImpl(study, options);
    } catch (const std::bad_alloc&) {
        return core::fail(core::ErrorCode::ResourceExhausted, "sim.out_of_memory",
                          "not enough memory for this model: use a larger voxel size",
                          "mesh.voxel_size");
    } catch (const std::exception& e) {
        return core::fail(core::ErrorCode::Internal, "sim.internal", e.what());
    }
}

} // namespace wb::sim
