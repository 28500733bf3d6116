#include "cuda_solve.h"

#include "cuda/cuda_backend.h"

namespace wb::sim {

namespace {
cuda::ProblemView problemView(Multigrid& mg) {
    cuda::ProblemView view;
    for (std::size_t l = 0; l < mg.levels().size(); ++l) {
        const OperatorLevel& L = mg.levels()[l];
        cuda::LevelView v;
        v.nc = L.nc;
        v.nx = L.grid.nx;
        v.ny = L.grid.ny;
        v.nz = L.grid.nz;
        v.coefA = L.coefA.data();
        v.coefB = L.coefB.data();
        v.matA = L.matA.data();
        v.matB = L.matB.data();
        v.stencil = L.stencil.data();
        v.invDiag = L.invDiag.data();
        v.robin = L.robin.empty() ? nullptr : L.robin.data();
        v.freeDof = L.freeDof.data();
        v.nodeKind = L.nodeKind.data();
        v.lambdaMax = mg.lambdaMax(l);
        view.levels.push_back(v);
    }
    view.smoothingDegree = mg.options().smoothingDegree;
    view.smoothingRange = mg.options().smoothingRange;
    view.coarseSolve = [&mg](const double* in, double* out) { mg.solveCoarsest(in, out); };
    return view;
}
} // namespace

core::Result<PcgResult> solveOnCuda(Multigrid& mg, const double* b, double* x, double tolerance,
                                    int maxIterations, const SolveMonitor& monitor) {
    const cuda::ProblemView view = problemView(mg);
    std::string error;
    auto solver = cuda::DeviceSolver::create(view, error);
    if (!solver)
        return core::fail(core::ErrorCode::ResourceExhausted, "sim.cuda_out_of_memory",
                          "the CUDA device cannot hold the model: " + error, "solver.backend");
    const FetchIterate fetch = [&](double* out) { solver->downloadSolution(out); };
    const cuda::DeviceResult r =
        solver->solve(b, x, tolerance, maxIterations,
                      [&](int it, double res) { return monitor(it, res, fetch); });
    PcgResult out;
    out.iterations = r.iterations;
    out.relativeResidual = r.relativeResidual;
    out.converged = r.converged;
    out.stopped = r.stopped;
    return out;
}

core::Result<double> benchmarkCudaOperator(Multigrid& mg, int repeats) {
    std::string error;
    auto solver = cuda::DeviceSolver::create(problemView(mg), error);
    if (!solver)
        return core::fail(core::ErrorCode::ResourceExhausted, "sim.cuda_out_of_memory", error,
                          "solver.backend");
    return solver->benchmarkOperator(repeats);
}

std::string cudaDeviceName() {
    return cuda::deviceName();
}
double cudaDeviceBandwidth() {
    return cuda::deviceBandwidth();
}

} // namespace wb::sim
