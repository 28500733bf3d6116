// Solver benchmark: the 100 x 10 x 10 mm steel cantilever at several sizes on the CPU, the
// same deck solved by CalculiX, and (when a device exists) the CUDA backend.
#include "core/sim/element_matrices.h"
#include "core/sim/inp_exporter.h"
#include "core/sim/multigrid.h"
#include "core/sim/parallel.h"
#include "core/sim/simd_dispatch.h"
#ifdef WB_HAVE_CUDA
#include "core/sim/cuda_solve.h"
#endif
#include "core/sim/solve.h"
#include "core/sim/stl_reader.h"
#include "core/sim/study_json.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

using namespace wb::sim;

namespace {

wb::core::Mesh beam() {
    wb::core::Mesh m;
    for (int c = 0; c < 8; ++c)
        m.positions.insert(m.positions.end(),
                           {c & 1 ? 100.f : 0.f, c & 2 ? 10.f : 0.f, c & 4 ? 10.f : 0.f});
    const std::uint32_t q[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                   {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (auto& f : q)
        for (std::uint32_t i : {f[0], f[1], f[2], f[0], f[2], f[3]})
            m.indices.push_back(i);
    m.faceIds.assign(12, 0);
    return m;
}

Study beamStudy(const std::filesystem::path& dir, int thickness, double tolerance) {
    Study s;
    s.name = "bench";
    s.geometryFile = "beam.stl";
    s.baseDir = dir;
    s.voxelSize = 0.01 / thickness;
    s.materials.push_back({"*", "structural_steel", {}});
    s.supports.push_back(
        {"root", "fixed", {}, Selector{BoxSelector{{-1e-4, -1, -1}, {1e-4, 1, 1}}}});
    Load tip;
    tip.name = "tip";
    tip.type = "force";
    tip.setVector("vector", {0, 0, -1000});
    tip.select = Selector{BoxSelector{{0.1 - 1e-4, -1, -1}, {0.1 + 1e-4, 1, 1}}};
    s.loads.push_back(tip);
    s.probes.push_back({"tip", {0.1, 0.005, 0.005}});
    s.solver.tolerance = tolerance;
    s.solver.maxIterations = 1000;
    return s;
}

double runCcx(const std::filesystem::path& dir, const Study& study) {
    if (!std::filesystem::exists("/usr/bin/ccx")) return -1;
    if (!exportInp(study, dir / "deck.inp")) return -1;
    const auto t0 = std::chrono::steady_clock::now();
    const std::string cmd =
        "cd '" + dir.string() + "' && OMP_NUM_THREADS=2 /usr/bin/ccx deck > ccx.log 2>&1";
    if (std::system(cmd.c_str()) != 0) return -1;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// Device operator throughput on a cantilever grid `thickness` voxels thick.
void operatorThroughput(int thickness) {
#ifdef WB_HAVE_CUDA
    OperatorLevel L;
    L.nc = 3;
    L.grid = {10 * thickness, thickness, thickness, 0.01 / thickness, {0, 0, 0}};
    const Material steel{"steel", 210e9, 0.3, 7850, 250e6, 50};
    L.coefA.assign(L.grid.voxelCount(), steel.lameLambda());
    L.coefB.assign(L.grid.voxelCount(), steel.lameMu());
    setElementMatrices(L, L.grid.h);
    L.dirichlet.assign(L.dofs(), 0);
    for (int k = 0; k <= L.grid.nz; ++k)
        for (int j = 0; j <= L.grid.ny; ++j)
            for (int c = 0; c < 3; ++c)
                L.dirichlet[L.grid.node(0, j, k) * 3 + c] = 1;
    L.finalize();
    const double dofs = double(L.dofs()), nodes = double(L.grid.nodeCount());
    Multigrid mg;
    if (!mg.setup(std::move(L))) return;
    auto t = benchmarkCudaOperator(mg, 50);
    if (!t) {
        std::cout << "operator benchmark failed: " << t.error().toString() << "\n";
        return;
    }
    // minimum traffic per node: x and y (3 doubles each), node kind and 3 free flags
    const double bytes = nodes * (2 * 3 * 8 + 4);
    const double peak = cudaDeviceBandwidth();
    std::printf("cuda operator (%s): %.3g DOF, %.3f ms per apply, %.2f GDOF/s, %.0f GB/s achieved "
                "(%.0f%% of %.0f GB/s)\n",
                cudaDeviceName().c_str(), dofs, *t * 1e3, dofs / *t * 1e-9, bytes / *t * 1e-9,
                peak > 0 ? 100 * bytes / *t / peak : 0.0, peak * 1e-9);
#else
    (void)thickness;
#endif
}

} // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes = {14, 32, 55};
    int ccxMax = 32;
    double tolerance = 1e-6;
    std::string backend = "cpu";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--sizes" && i + 1 < argc) {
            sizes.clear();
            for (std::string s = argv[++i]; !s.empty();) {
                const auto comma = s.find(',');
                sizes.push_back(std::stoi(s.substr(0, comma)));
                s = comma == std::string::npos ? "" : s.substr(comma + 1);
            }
        } else if (a == "--ccx-max" && i + 1 < argc) {
            ccxMax = std::stoi(argv[++i]);
        } else if (a == "--backend" && i + 1 < argc) {
            backend = argv[++i];
        }
    }
    if (backend == "cuda" && !cudaAvailable()) {
        std::cout << "GPU benchmark skipped: " << cudaUnavailableReason() << "\n";
        return 0;
    }
    if (backend == "cuda") operatorThroughput(sizes.back());
    std::printf("CPU kernels: %s variant, %d threads\n", kernelVariant(), loopThreads());
    const auto dir = std::filesystem::temp_directory_path() / "werkbank_bench_solver";
    std::filesystem::create_directories(dir);
    writeStl(dir / "beam.stl", beam());
    std::printf("%-8s %10s %6s %9s %9s %12s %10s %10s %10s\n", "backend", "dofs", "iters",
                "solve_s", "total_s", "dof_per_s", "B/dof", "rss_B/dof", "ccx_s");
    for (int n : sizes) {
        Study study = beamStudy(dir, n, tolerance);
        SolveOptions options;
        options.backend = backend == "cuda" ? Backend::Cuda : Backend::Cpu;
        auto r = solve(study, options);
        if (!r) {
            std::cout << "error: " << r.error().toString() << "\n";
            return 1;
        }
        double ccx = -1;
        if (n <= ccxMax) ccx = runCcx(dir, study);
        std::printf("%-8s %10zu %6d %9.3f %9.3f %12.3g %10.1f %10.1f %10.2f", r->backend.c_str(),
                    r->dofs, r->iterations, r->timings.solve, r->timings.total,
                    double(r->dofs) / r->timings.total,
                    double(r->solverMemoryBytes) / double(r->dofs),
                    double(r->peakMemoryBytes) / double(r->dofs), ccx);
        if (ccx > 0) std::printf("  ccx/werkbank = %.1fx", ccx / r->timings.total);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
