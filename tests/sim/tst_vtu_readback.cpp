// result.vtu read back with VTK's Python bindings: cell count and every field's extremes agree
// with result.json, for a structural and a thermal study solved by werkbank-solve.
#include "sim_check.h"

#include <cstdlib>

namespace {

std::string shellQuoted(const std::filesystem::path& p) {
    return "'" + p.string() + "'";
}

int solveStudy(const std::filesystem::path& study, const std::filesystem::path& out) {
    const std::string cmd = std::string(WB_BINARY_DIR) + "/bin/werkbank-solve solve " +
                            shellQuoted(study) + " -o " + shellQuoted(out) + " > /dev/null";
    return std::system(cmd.c_str());
}

} // namespace

int main() {
    const auto dir = simtest::scratch("vtu_readback");
    wb::sim::writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    simtest::writeText(dir / "structural.wbstudy.json", simtest::cantileverStudy(2.5e-3));
    simtest::writeText(
        dir / "thermal.wbstudy.json",
        simtest::studyText(
            "steady_thermal", "beam.stl", 2.5e-3,
            "{\"parts\":\"*\",\"material\":\"aluminium_6061_t6\"}",
            "{\"type\":\"fixed_temperature\",\"temperature\":300,\"select\":" +
                simtest::planeBox(0, 0) + "}",
            "{\"type\":\"heat_flux\",\"value\":2e4,\"select\":" + simtest::planeBox(0, 0.1) + "}",
            ""));
    SIM_CHECK(solveStudy(dir / "structural.wbstudy.json", dir / "structural") == 0);
    SIM_CHECK(solveStudy(dir / "thermal.wbstudy.json", dir / "thermal") == 0);

    const std::string python = WB_PYTHON3;
    if (python.empty() || python.ends_with("NOTFOUND") || !std::filesystem::exists(python)) {
        std::cerr << "tst_vtu_readback: no python3 found (" << python
                  << "); install python3 and python3-vtk9 (make deps)\n";
        return 1;
    }
    const std::string cmd =
        shellQuoted(python) + " " +
        shellQuoted(std::filesystem::path(WB_SOURCE_DIR) / "tests/sim/vtu_readback.py") + " " +
        shellQuoted(dir / "structural") + " " + shellQuoted(dir / "thermal");
    SIM_CHECK(std::system(cmd.c_str()) == 0);
    return simtest::finish("tst_vtu_readback");
}
