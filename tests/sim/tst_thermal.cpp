// Thermal slab: fixed temperatures (linear profile), convection and flux against 1D closed forms.
#include "sim_check.h"

#include "core/sim/solve.h"

using namespace wb::sim;

namespace {

const char* kMaterial =
    "{\"parts\":\"*\",\"material\":{\"name\":\"m\",\"youngs_modulus\":1e9,\"poisson_ratio\":0.3,"
    "\"density\":1000,\"yield_strength\":1e6,\"thermal_conductivity\":20}}";

wb::core::Result<SolveResult> run(const std::filesystem::path& dir, const std::string& supports,
                                  const std::string& loads) {
    auto study =
        parseStudy(simtest::studyText("steady_thermal", "slab.stl", 1e-3, kMaterial, supports,
                                      loads, "{\"name\":\"end\",\"point\":[0.02,0.002,0.002]}"));
    if (!study) return std::unexpected(study.error());
    study->baseDir = dir;
    study->solver.tolerance = 1e-12;
    return solve(*study);
}

} // namespace

int main() {
    const auto dir = simtest::scratch("thermal");
    writeStl(dir / "slab.stl", simtest::boxMesh(0, 0, 0, 20, 4, 4));
    const double L = 0.02, k = 20, T0 = 300;
    const std::string fixed0 = "{\"type\":\"fixed_temperature\",\"temperature\":300,\"select\":" +
                               simtest::planeBox(0, 0) + "}";
    {
        auto r = run(dir,
                     fixed0 + ",{\"type\":\"fixed_temperature\",\"temperature\":400,\"select\":" +
                         simtest::planeBox(0, L) + "}",
                     "");
        SIM_CHECK(r.has_value());
        if (r) {
            const ResultField* t = r->field("temperature");
            const auto active = r->model->activeNodes();
            double worst = 0;
            for (std::size_t n = 0; n < active.size(); ++n) {
                if (!active[n]) continue;
                const double x = r->model->grid.nodePosition(n)[0];
                const double expected = T0 + 100 * x / L;
                worst = std::max(worst, std::abs(t->values[n] - expected) / expected);
            }
            std::cout << "linear profile: worst relative error " << worst << "\n";
            SIM_CHECK(worst < 1e-8);
            const ResultField* q = r->field("heat_flux");
            SIM_CHECK_NEAR(q->values[r->model->grid.node(10, 2, 2) * 3], -k * 100 / L, 1e-8);
        }
    }
    {
        const double h = 500, Tinf = 350;
        auto r = run(
            dir, fixed0,
            "{\"type\":\"convection\",\"coefficient\":500,\"ambient_temperature\":350,\"select\":" +
                simtest::planeBox(0, L) + "}");
        SIM_CHECK(r.has_value());
        if (r) {
            const double expected = (k / L * T0 + h * Tinf) / (k / L + h);
            std::cout << "convection: " << r->probes[0].values[0].second[0] << " vs " << expected
                      << "\n";
            SIM_CHECK_NEAR(r->probes[0].values[0].second[0] - T0, expected - T0, 1e-3);
        }
    }
    {
        const double q = 1e5;
        auto r = run(dir, fixed0,
                     "{\"type\":\"heat_flux\",\"value\":1e5,\"select\":" + simtest::planeBox(0, L) +
                         "}");
        SIM_CHECK(r.has_value());
        if (r) {
            const double expected = T0 + q * L / k;
            std::cout << "flux: " << r->probes[0].values[0].second[0] << " vs " << expected << "\n";
            SIM_CHECK_NEAR(r->probes[0].values[0].second[0] - T0, expected - T0, 1e-3);
        }
    }
    return simtest::finish("tst_thermal");
}
