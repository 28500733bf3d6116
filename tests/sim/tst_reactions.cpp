// Support reactions from real solves: they balance the applied loads (force, pressure, gravity;
// heat flux, heat source), split by symmetry where two supports are alike, and a component held
// by two supports counts for the later one.
#include "sim_check.h"

#include "core/sim/solve.h"

#include <numeric>

using namespace wb::sim;

namespace {

constexpr double kBalance = 1e-3; // relative: the 0.1 % the reactions promise

const char* kSteel =
    "{\"parts\":\"*\",\"material\":{\"name\":\"s\",\"youngs_modulus\":2e11,\"poisson_ratio\":0.3,"
    "\"density\":7850,\"yield_strength\":2.5e8,\"thermal_conductivity\":20}}";

std::optional<SolveResult> run(const std::filesystem::path& dir, const std::string& analysis,
                               const std::string& stl, const std::string& supports,
                               const std::string& loads, double voxel = 2.5e-3) {
    auto study = parseStudy(simtest::studyText(analysis, stl, voxel, kSteel, supports, loads, ""));
    SIM_CHECK(study.has_value());
    if (!study) return std::nullopt;
    study->baseDir = dir;
    study->solver.tolerance = 1e-10;
    auto r = solve(*study);
    if (!r) std::cerr << r.error().toString() << "\n";
    SIM_CHECK(r.has_value() && r->status == SolveStatus::Converged);
    if (!r) return std::nullopt;
    return std::move(*r);
}

std::string fixedAt(const std::string& name, int axis, double value) {
    return "{\"name\":\"" + name +
           "\",\"type\":\"fixed\",\"select\":" + simtest::planeBox(axis, value) + "}";
}

/// Each component of `got` is `expected`'s within `rel` of `scale`.
void checkVector(const char* what, const Point3& got, const Point3& expected, double scale,
                 double rel = kBalance) {
    std::cout << what << ": (" << got[0] << ", " << got[1] << ", " << got[2] << "), expected ("
              << expected[0] << ", " << expected[1] << ", " << expected[2] << ")\n";
    for (int a = 0; a < 3; ++a)
        SIM_CHECK(std::abs(got[a] - expected[a]) <= rel * scale);
}

Point3 cross(const Point3& a, const Point3& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

double norm(const Point3& v) {
    return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
}

/// Cantilever 100 x 10 x 10 mm fixed at x = 0: a tip force and a pressure on the top face. The
/// root's force and moment (about the root face's centre) balance both loads.
void cantilever(const std::filesystem::path& dir) {
    auto r =
        run(dir, "static_structural", "beam.stl", fixedAt("root", 0, 0),
            "{\"type\":\"force\",\"vector\":[0,300,-1000],\"select\":" + simtest::planeBox(0, 0.1) +
                "},{\"type\":\"pressure\",\"value\":2e5,\"select\":" + simtest::planeBox(2, 0.01) +
                "}");
    if (!r) return;
    SIM_CHECK(r->reactions.size() == 1);
    if (r->reactions.size() != 1) return;
    const SupportReaction& root = r->reactions[0];
    SIM_CHECK(root.support == 0 && root.name == "root" && root.type == "fixed");
    SIM_CHECK(root.nodes == 25); // 5 x 5 nodes of the 10 x 10 mm face at 2.5 mm
    checkVector("root centroid", root.centroid, {0, 0.005, 0.005}, 0.01, 1e-9);
    // the tip force at the tip face's centre, the pressure's 200 N at the top face's centre
    const Point3 applied{0, 300, -1000 - 2e5 * 0.1 * 0.01};
    const Point3 tipArm{0.1, 0, 0}, topArm{0.05, 0, 0.005};
    const Point3 tipMoment = cross(tipArm, {0, 300, -1000});
    const Point3 topMoment = cross(topArm, {0, 0, applied[2] + 1000});
    const Point3 appliedMoment{tipMoment[0] + topMoment[0], tipMoment[1] + topMoment[1],
                               tipMoment[2] + topMoment[2]};
    checkVector("root force", root.force, {-applied[0], -applied[1], -applied[2]}, norm(applied));
    checkVector("root moment", root.moment,
                {-appliedMoment[0], -appliedMoment[1], -appliedMoment[2]}, norm(appliedMoment));
}

/// The beam fixed at both ends under its own weight: each end carries half, with opposite
/// bending moments.
void symmetricSplit(const std::filesystem::path& dir) {
    auto r = run(dir, "static_structural", "beam.stl",
                 fixedAt("left", 0, 0) + "," + fixedAt("right", 0, 0.1),
                 "{\"type\":\"gravity\",\"vector\":[0,0,-9.81]}");
    if (!r || r->reactions.size() != 2) {
        SIM_CHECK(false);
        return;
    }
    const double weight = 7850 * 0.1 * 0.01 * 0.01 * 9.81;
    const SupportReaction &left = r->reactions[0], &right = r->reactions[1];
    SIM_CHECK(left.name == "left" && right.name == "right" && right.support == 1);
    checkVector("left force", left.force, {0, 0, weight / 2}, weight);
    checkVector("right force", right.force, {0, 0, weight / 2}, weight);
    checkVector("right centroid", right.centroid, {0.1, 0.005, 0.005}, 0.1, 1e-9);
    // equal and opposite, and not zero: a clamped beam's end moment is W L / 12
    std::cout << "end moments " << left.moment[1] << " " << right.moment[1]
              << ", W L / 12 = " << weight * 0.1 / 12 << "\n";
    SIM_CHECK(std::abs(left.moment[1] + right.moment[1]) <= kBalance * std::abs(left.moment[1]));
    SIM_CHECK(std::abs(left.moment[1]) > 0.5 * weight * 0.1 / 12);
    // the sum of both (moments about one point) balances the weight's moment about it
    const Point3 sum{left.force[0] + right.force[0], left.force[1] + right.force[1],
                     left.force[2] + right.force[2]};
    checkVector("total force", sum, {0, 0, weight}, weight);
}

/// Fixed at x = 0 and frictionless on y = 0 share the 5 nodes of their common edge, whose y
/// component both hold: it counts for the later support. Either way the two balance the load.
void sharedEdge(const std::filesystem::path& dir) {
    const std::string fixed = fixedAt("root", 0, 0);
    const std::string plane =
        "{\"name\":\"plane\",\"type\":\"frictionless\",\"select\":" + simtest::planeBox(1, 0) + "}";
    const std::string load =
        "{\"type\":\"force\",\"vector\":[0,-300,-1000],\"select\":" + simtest::planeBox(0, 0.1) +
        "}";
    for (const bool planeLast : {true, false}) {
        auto r = run(dir, "static_structural", "beam.stl",
                     planeLast ? fixed + "," + plane : plane + "," + fixed, load);
        if (!r || r->reactions.size() != 2) {
            SIM_CHECK(false);
            continue;
        }
        const SupportReaction& root = r->reactions[planeLast ? 0 : 1];
        const SupportReaction& sliding = r->reactions[planeLast ? 1 : 0];
        SIM_CHECK(root.name == "root" && sliding.name == "plane");
        // 41 x 5 nodes on the plane; the edge's 5 lose their only component when root is later
        std::cout << "plane " << (planeLast ? "last" : "first") << ": root " << root.nodes
                  << " nodes, plane " << sliding.nodes << " nodes\n";
        SIM_CHECK(root.nodes == 25);
        SIM_CHECK(sliding.nodes == (planeLast ? 205u : 200u));
        SIM_CHECK(sliding.force[0] == 0 && sliding.force[2] == 0); // it holds y alone
        const Point3 sum{root.force[0] + sliding.force[0], root.force[1] + sliding.force[1],
                         root.force[2] + sliding.force[2]};
        checkVector("total force", sum, {0, 300, 1000}, 1044);
    }
}

/// Slab 20 x 4 x 4 mm: heat in through a flux or by convection leaves through the fixed
/// temperature; between two
/// fixed temperatures, what enters at the hot face leaves at the cold one (k A dT / L); a heat
/// source between two equal temperatures leaves half through each.
void thermal(const std::filesystem::path& dir) {
    const double area = 16e-6, L = 0.02, k = 20;
    auto fixedT = [](const std::string& name, double value, double x) {
        return "{\"name\":\"" + name +
               "\",\"type\":\"fixed_temperature\",\"temperature\":" + formatNumber(value) +
               ",\"select\":" + simtest::planeBox(0, x) + "}";
    };
    if (auto r =
            run(dir, "steady_thermal", "slab.stl", fixedT("sink", 300, 0),
                "{\"type\":\"heat_flux\",\"value\":1e5,\"select\":" + simtest::planeBox(0, L) + "}",
                1e-3)) {
        SIM_CHECK(r->reactions.size() == 1);
        if (!r->reactions.empty()) {
            std::cout << "flux: sink " << r->reactions[0].heatFlow << " W\n";
            SIM_CHECK(r->reactions[0].type == "fixed_temperature");
            SIM_CHECK_NEAR(r->reactions[0].heatFlow, -1e5 * area, kBalance);
            SIM_CHECK(r->reactions[0].force == Point3{} && r->reactions[0].moment == Point3{});
        }
    }
    if (auto r = run(dir, "steady_thermal", "slab.stl", fixedT("sink", 300, 0),
                     "{\"type\":\"convection\",\"coefficient\":500,\"ambient_temperature\":350,"
                     "\"select\":" +
                         simtest::planeBox(0, L) + "}",
                     1e-3)) {
        // the far face's temperature in closed form, then the heat convection brings in there
        const double h = 500, end = (k / L * 300 + h * 350) / (k / L + h);
        SIM_CHECK(r->reactions.size() == 1);
        if (!r->reactions.empty()) {
            std::cout << "convection: sink " << r->reactions[0].heatFlow << " W\n";
            SIM_CHECK_NEAR(r->reactions[0].heatFlow, -h * area * (350 - end), kBalance);
        }
    }
    if (auto r = run(dir, "steady_thermal", "slab.stl",
                     fixedT("cold", 300, 0) + "," + fixedT("hot", 400, L), "", 1e-3)) {
        SIM_CHECK(r->reactions.size() == 2);
        if (r->reactions.size() == 2) {
            const double expected = k * area * 100 / L;
            std::cout << "two temperatures: cold " << r->reactions[0].heatFlow << " W, hot "
                      << r->reactions[1].heatFlow << " W, k A dT / L = " << expected << " W\n";
            SIM_CHECK_NEAR(r->reactions[1].heatFlow, expected, kBalance);
            SIM_CHECK_NEAR(r->reactions[0].heatFlow, -expected, kBalance);
        }
    }
    if (auto r =
            run(dir, "steady_thermal", "slab.stl", fixedT("a", 300, 0) + "," + fixedT("b", 300, L),
                "{\"type\":\"heat_source\",\"value\":1e6}", 1e-3)) {
        SIM_CHECK(r->reactions.size() == 2);
        if (r->reactions.size() == 2) {
            const double total = 1e6 * area * L;
            std::cout << "source: " << r->reactions[0].heatFlow << " W and "
                      << r->reactions[1].heatFlow << " W of " << total << " W\n";
            SIM_CHECK_NEAR(r->reactions[0].heatFlow, -total / 2, kBalance);
            SIM_CHECK_NEAR(r->reactions[1].heatFlow, -total / 2, kBalance);
        }
    }
}

} // namespace

int main() {
    const auto dir = simtest::scratch("reactions");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    writeStl(dir / "slab.stl", simtest::boxMesh(0, 0, 0, 20, 4, 4));
    cantilever(dir);
    symmetricSplit(dir);
    sharedEdge(dir);
    thermal(dir);
    return simtest::finish("tst_reactions");
}
