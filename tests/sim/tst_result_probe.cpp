// Probes on a solved cantilever: values at a point against sampleFields and the solver's own
// probe, none off the solid, the undeformed point under a deformed one, and the CSV table
// (RFC 4180, '.' decimals under a German C locale, SI units in the header).
#include "sim_check.h"

#include "core/sim/postprocess.h"
#include "core/sim/result_probe.h"
#include "core/sim/result_view.h"
#include "core/sim/solve.h"

#include <clocale>
#include <cmath>

using namespace wb::sim;

namespace {

const std::vector<double>*
fieldOf(const std::vector<std::pair<std::string, std::vector<double>>>& v,
        const std::string& name) {
    for (const auto& [field, values] : v)
        if (field == name) return &values;
    return nullptr;
}

void values(const SolveResult& r) {
    // The solver's probe at the tip: every field equals sampleFieldAt there.
    SIM_CHECK(r.probes.size() == 1);
    if (r.probes.empty()) return;
    const ProbeResult& tip = r.probes.front();
    for (const auto& [field, expected] : tip.values) {
        const std::vector<double> got = sampleFieldAt(r, field, tip.point);
        SIM_CHECK(got.size() == expected.size());
        for (std::size_t c = 0; c < got.size() && c < expected.size(); ++c)
            SIM_CHECK_NEAR(got[c], expected[c], 1e-12);
    }
    // A point inside: the views reduce sampleFields' values.
    const Point3 inside{0.05, 0.005, 0.01};
    const auto fields = sampleFields(*r.model, r.fields, inside);
    const auto views = scalarViews(r);
    const std::vector<double> v = probeValues(r, views, inside);
    SIM_CHECK(v.size() == views.size());
    const std::vector<double>& u = *fieldOf(fields, "displacement");
    SIM_CHECK_NEAR(v[0], std::sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]), 1e-12);
    SIM_CHECK_NEAR(v[3], u[2], 1e-12);
    SIM_CHECK_NEAR(v[4], fieldOf(fields, "von_mises")->at(0), 1e-12);
    SIM_CHECK_NEAR(v[6], fieldOf(fields, "principal_stress")->at(2), 1e-12);
    // Off the solid (20 voxels above the beam): no value, where sampleFields extrapolates.
    const std::vector<double> off = probeValues(r, views, {0.05, 0.005, 0.06});
    SIM_CHECK(std::isnan(off[0]) && std::isnan(off[4]));
    SIM_CHECK(sampleFieldAt(r, "von_mises", {0.05, 0.005, 0.06}).empty());
    SIM_CHECK(sampleFieldAt(r, "temperature", inside).empty());
}

void undeformed(const SolveResult& r) {
    // A point of the top face near the tip, moved as the deformed shape draws it at five
    // times the automatic scale (the largest preset).
    const Point3 p{0.09, 0.005, 0.01};
    const double diagonal = std::sqrt(0.1 * 0.1 + 2 * 0.01 * 0.01);
    const double scale = 5 * autoDeformationScale(r, diagonal);
    const std::vector<double> u = sampleFieldAt(r, "displacement", p);
    const Point3 seen{p[0] + scale * u[0], p[1] + scale * u[1], p[2] + scale * u[2]};
    const Point3 back = undeformedPoint(r, seen, scale);
    double err = 0;
    for (int a = 0; a < 3; ++a)
        err = std::max(err, std::abs(back[a] - p[a]));
    std::cout << "tip moves " << scale * std::abs(u[2]) * 1e3 << " mm drawn; undeformed point "
              << "found within " << err * 1e6 << " um\n";
    SIM_CHECK(scale * std::abs(u[2]) > 1e-3); // drawn more than a millimetre away
    SIM_CHECK(err < 1e-6);
    SIM_CHECK(undeformedPoint(r, seen, 0) == seen);
}

void csv(const SolveResult& r) {
    // Whatever the C locale says, '.' is the decimal mark.
    const char* german = std::setlocale(LC_ALL, "de_DE.UTF-8");
    std::cout << "C locale for the CSV: " << (german ? german : "(de_DE not installed)") << "\n";
    const std::vector<ScalarView> views = scalarViews(r);
    const std::vector<PinnedProbe> probes = {{"tip, \"end\"\nline", {0.1, 0.005, 0.005}},
                                             {"off", {0.05, 0.005, 0.06}}};
    std::vector<std::vector<double>> values;
    for (const PinnedProbe& p : probes)
        values.push_back(probeValues(r, views, p.point));
    const std::string text = probesCsv(probes, views, values);
    std::setlocale(LC_ALL, "C");
    const std::string header =
        "name,x [m],y [m],z [m],displacement.magnitude [m],displacement.x [m],displacement.y "
        "[m],displacement.z [m],von_mises [Pa],principal_stress.max [Pa],principal_stress.min "
        "[Pa],safety_factor [1]\r\n";
    SIM_CHECK(text.rfind(header, 0) == 0);
    const std::string first =
        "\"tip, \"\"end\"\"\nline\",0.1,0.005,0.005," + csvNumber(values[0][0]) + ",";
    SIM_CHECK(text.compare(header.size(), first.size(), first) == 0);
    SIM_CHECK(text.find("\r\noff,0.05,0.005,0.06,,,,,,,,\r\n") != std::string::npos);
    SIM_CHECK(text.size() >= 2 && text.substr(text.size() - 2) == "\r\n");
    SIM_CHECK(csvNumber(0.1) == "0.1" && csvNumber(-2.5e-7) == "-2.5e-07");
    SIM_CHECK(csvNumber(std::nan("")).empty());
    SIM_CHECK(std::stod(csvNumber(values[0][4])) == values[0][4]); // round trip
    SIM_CHECK(csvField("plain") == "plain" && csvField("a\rb") == "\"a\rb\"");
}

} // namespace

int main() {
    const auto dir = simtest::scratch("result_probe");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    auto study = parseStudy(simtest::cantileverStudy(2.5e-3));
    SIM_CHECK(study.has_value());
    if (!study) return 1;
    study->baseDir = dir;
    auto r = solve(*study);
    SIM_CHECK(r.has_value());
    if (!r) return 1;
    values(*r);
    undeformed(*r);
    csv(*r);
    return simtest::finish("tst_result_probe");
}
