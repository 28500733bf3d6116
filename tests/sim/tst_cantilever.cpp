// Cantilever 100 x 10 x 10 mm, steel, 1000 N at the tip: Timoshenko beam theory.
#include "sim_check.h"

#include "core/sim/solve.h"

using namespace wb::sim;

namespace {

double tipDeflection(const std::filesystem::path& dir, double voxel, int* iterations) {
    const std::string text = simtest::cantileverStudy(voxel);
    auto study = parseStudy(text);
    SIM_CHECK(study.has_value());
    if (!study) return 0;
    study->baseDir = dir;
    auto result = solve(*study);
    if (!result) {
        std::cerr << result.error().toString() << "\n";
        SIM_CHECK(false);
        return 0;
    }
    SIM_CHECK(result->status == SolveStatus::Converged);
    *iterations = result->iterations;
    std::cout << "voxel " << voxel * 1e3 << " mm: " << result->dofs << " dofs, "
              << result->iterations << " iterations, " << result->timings.solve
              << " s, tip uz = " << result->probes[0].values[0].second[2] << "\n";
    return -result->probes[0].values[0].second[2];
}

} // namespace

int main() {
    const auto dir = simtest::scratch("cantilever");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    const double E = 210e9, nu = 0.3, F = 1000, L = 0.1, b = 0.01;
    const double I = b * b * b * b / 12, A = b * b, G = E / (2 * (1 + nu));
    const double kappa = 10 * (1 + nu) / (12 + 11 * nu);
    const double theory = F * L * L * L / (3 * E * I) + F * L / (kappa * G * A);
    int it4 = 0, it8 = 0, it12 = 0;
    const double d4 = tipDeflection(dir, 2.5e-3, &it4);
    const double d8 = tipDeflection(dir, 1.25e-3, &it8);
    const double d12 = tipDeflection(dir, 0.01 / 12, &it12);
    const double e4 = std::abs(d4 - theory) / theory, e8 = std::abs(d8 - theory) / theory,
                 e12 = std::abs(d12 - theory) / theory;
    std::cout << "theory " << theory << ", errors " << e4 << " " << e8 << " " << e12 << "\n";
    SIM_CHECK(e8 < 0.02);
    SIM_CHECK(e12 < e8 && e8 < e4);
    SIM_CHECK(it12 <= 2 * it8);
    return simtest::finish("tst_cantilever");
}
