// CUDA backend equals the CPU backend to 1e-6 (skips without a device).
#include "sim_check.h"

#include "core/sim/solve.h"

using namespace wb::sim;

int main() {
    if (!cudaAvailable()) {
        std::cout << "SKIP: " << cudaUnavailableReason() << "; CUDA == CPU not checked\n";
        return 77;
    }
    const auto dir = simtest::scratch("cuda");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    for (const char* analysis : {"static_structural", "steady_thermal"}) {
        const bool thermal = std::string(analysis) == "steady_thermal";
        auto study = parseStudy(simtest::studyText(
            analysis, "beam.stl", 1.25e-3, "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
            thermal ? "{\"type\":\"fixed_temperature\",\"temperature\":300,\"select\":" +
                          simtest::planeBox(0, 0) + "}"
                    : "{\"type\":\"fixed\",\"select\":" + simtest::planeBox(0, 0) + "}",
            thermal ? "{\"type\":\"heat_flux\",\"value\":1e4,\"select\":" +
                          simtest::planeBox(0, 0.1) + "}"
                    : "{\"type\":\"force\",\"vector\":[0,0,-1000],\"select\":" +
                          simtest::planeBox(0, 0.1) + "}",
            "{\"name\":\"tip\",\"point\":[0.1,0.005,0.005]}"));
        SIM_CHECK(study.has_value());
        if (!study) continue;
        study->baseDir = dir;
        study->solver.tolerance = 1e-10;
        SolveOptions cpu, gpu;
        cpu.backend = Backend::Cpu;
        gpu.backend = Backend::Cuda;
        auto a = solve(*study, cpu);
        auto b = solve(*study, gpu);
        SIM_CHECK(a.has_value() && b.has_value());
        if (!a || !b) continue;
        SIM_CHECK(b->backend == "cuda");
        const auto& fa = a->fields[0].values;
        const auto& fb = b->fields[0].values;
        double diff = 0, norm = 0;
        for (std::size_t i = 0; i < fa.size(); ++i) {
            diff = std::max(diff, std::abs(fa[i] - fb[i]));
            norm = std::max(norm, std::abs(fa[i]));
        }
        std::cout << analysis << ": cpu " << a->iterations << " it, cuda " << b->iterations
                  << " it, max difference relative " << diff / norm << "\n";
        SIM_CHECK(diff <= 1e-6 * norm);
    }
    return simtest::finish("tst_cuda");
}
