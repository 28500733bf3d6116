// The structural support types beyond `fixed`: a prescribed displacement against the bar's
// analytic stress, a frictionless symmetry plane against the full model, a quarter model on two
// symmetry planes against the full model and the bar's analytic stress, the refusal of a
// tilted frictionless face, and the rigid-body check with partial constraints.
#include "sim_check.h"

#include "core/sim/inp_exporter.h"
#include "core/sim/model_checks.h"
#include "core/sim/solve.h"

using namespace wb::sim;

namespace {

const double kE = 210e9, kNu = 0.3, kL = 0.1;

std::string support(const std::string& type, const std::string& select,
                    const std::string& extra = "") {
    return "{\"type\":\"" + type + "\"" + extra + ",\"select\":" + select + "}";
}

wb::core::Result<Study> barStudy(const std::filesystem::path& dir, const std::string& stl,
                                 const std::string& supports, const std::string& loads,
                                 const std::string& probes, double voxel = 2.5e-3) {
    auto study = parseStudy(simtest::studyText(
        "static_structural", stl, voxel, "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
        supports, loads, probes));
    if (study) study->baseDir = dir;
    return study;
}

/// The field `name` at probe `p`.
std::vector<double> at(const SolveResult& r, std::size_t p, const std::string& name) {
    for (const auto& [field, values] : r.probes.at(p).values)
        if (field == name) return values;
    return {};
}

wb::core::Result<SolveResult> solveStudy(const wb::core::Result<Study>& study) {
    if (!study) return std::unexpected(study.error());
    Study s = *study;
    s.solver.tolerance = 1e-10;
    auto r = solve(s);
    if (r)
        std::cout << "  " << r->dofs << " dofs, " << r->iterations << " iterations\n";
    else
        std::cout << "  " << r.error().id << ": " << r.error().toString() << "\n";
    return r;
}

/// A bar pulled by a prescribed end displacement delta: sigma = E delta / L.
void prescribedElongation(const std::filesystem::path& dir) {
    const double delta = 1e-4, sigma = kE * delta / kL;
    const std::string pull =
        support("displacement", simtest::planeBox(0, kL), ",\"components\":{\"x\":1e-4}");
    const std::string probes = "{\"name\":\"mid\",\"point\":[0.05,0.005,0.005]},"
                               "{\"name\":\"corner\",\"point\":[0.1,0.01,0.01]}";
    // three frictionless symmetry planes: a free uniaxial stress state, exact for the voxels;
    // a grid fine enough for multigrid levels, which carry the single-component constraints
    std::cout << "bar on three frictionless planes, end displaced by " << delta << " m\n";
    auto sliding =
        solveStudy(barStudy(dir, "beam.stl",
                            support("frictionless", simtest::planeBox(0, 0)) + "," +
                                support("frictionless", simtest::planeBox(1, 0)) + "," +
                                support("frictionless", simtest::planeBox(2, 0)) + "," + pull,
                            "", probes, 1.25e-3));
    SIM_CHECK(sliding.has_value());
    if (sliding) {
        SIM_CHECK(sliding->status == SolveStatus::Converged && sliding->iterations > 1);
        const auto vm = at(*sliding, 0, "von_mises"), u = at(*sliding, 0, "displacement");
        const auto corner = at(*sliding, 1, "displacement");
        std::cout << "  mid von Mises " << vm.at(0) << " Pa (E delta / L = " << sigma
                  << "), mid ux " << u.at(0) << ", corner u " << corner.at(0) << " " << corner.at(1)
                  << " " << corner.at(2) << "\n";
        SIM_CHECK_NEAR(vm.at(0), sigma, 0.01);
        SIM_CHECK_NEAR(u.at(0), delta / 2, 0.01);
        SIM_CHECK_NEAR(corner.at(0), delta, 1e-6);
        // free lateral contraction: the y and z components were left free at the pulled end
        SIM_CHECK_NEAR(corner.at(1), -kNu * delta / kL * 0.01, 0.01);
        SIM_CHECK_NEAR(corner.at(2), -kNu * delta / kL * 0.01, 0.01);
    }
    // clamped root: the restrained contraction there stiffens the ends, the middle stays near
    // the bar's stress
    std::cout << "bar fixed at the root, end displaced by " << delta << " m\n";
    auto clamped = solveStudy(barStudy(
        dir, "beam.stl", support("fixed", simtest::planeBox(0, 0)) + "," + pull, "", probes));
    SIM_CHECK(clamped.has_value());
    if (clamped) {
        const double vm = at(*clamped, 0, "von_mises").at(0);
        std::cout << "  mid von Mises " << vm << " Pa\n";
        SIM_CHECK_NEAR(vm, sigma, 0.03);
    }
}

/// |a - b| / |b| of two displacement vectors.
double relativeDifference(const std::vector<double>& a, const std::vector<double>& b) {
    double diff = 0, norm = 0;
    for (std::size_t c = 0; c < 3; ++c) {
        diff += (a.at(c) - b.at(c)) * (a.at(c) - b.at(c));
        norm += b.at(c) * b.at(c);
    }
    return std::sqrt(diff / std::max(norm, 1e-300));
}

/// The full bar (y from -5 to 5 mm) against its half (y from 0) with a frictionless support
/// on the symmetry plane y = 0: the same displacements at the probes, within `tolerance`.
void compareHalf(const std::filesystem::path& dir, const std::string& fullTip,
                 const std::string& halfTip, bool tipIsSupport, double tolerance) {
    const std::string root = support("fixed", simtest::planeBox(0, 0));
    const std::string symmetry = support("frictionless", simtest::planeBox(1, 0));
    const std::string probes = "{\"name\":\"tip\",\"point\":[0.1,0,0.005]},"
                               "{\"name\":\"mid\",\"point\":[0.05,0,0.01]},"
                               "{\"name\":\"edge\",\"point\":[0.1,0.005,0.01]}";
    std::cout << "full bar\n";
    auto full = solveStudy(barStudy(dir, "full.stl", tipIsSupport ? root + "," + fullTip : root,
                                    tipIsSupport ? "" : fullTip, probes));
    std::cout << "half bar on a frictionless symmetry plane\n";
    auto half = solveStudy(barStudy(dir, "half.stl",
                                    root + "," + symmetry + (tipIsSupport ? "," + halfTip : ""),
                                    tipIsSupport ? "" : halfTip, probes));
    SIM_CHECK(full.has_value() && half.has_value());
    if (!full || !half) return;
    for (std::size_t p = 0; p < 3; ++p) {
        const auto uf = at(*full, p, "displacement"), uh = at(*half, p, "displacement");
        const double rel = relativeDifference(uh, uf);
        std::cout << "  probe " << p << ": full " << uf.at(0) << " " << uf.at(1) << " " << uf.at(2)
                  << ", half " << uh.at(0) << " " << uh.at(1) << " " << uh.at(2)
                  << ", relative difference " << rel << "\n";
        SIM_CHECK(rel < tolerance);
    }
    // the plane's normal component is held, the others slide
    const auto onPlane = at(*half, 1, "displacement");
    SIM_CHECK(onPlane.at(1) == 0 && onPlane.at(0) != 0 && onPlane.at(2) != 0);
}

void symmetryPlane(const std::filesystem::path& dir) {
    writeStl(dir / "full.stl", simtest::boxMesh(0, -5, 0, 100, 5, 10));
    writeStl(dir / "half.stl", simtest::boxMesh(0, 0, 0, 100, 5, 10));
    // tension and bending by a tip force, half the force on the half: the tip face's triangles
    // are sampled differently in the two models, which moves the nodal loads a little
    auto tip = [](double fx, double fz) {
        return "{\"type\":\"force\",\"vector\":[" + formatNumber(fx) + ",0," + formatNumber(fz) +
               "],\"select\":" + simtest::planeBox(0, kL) + "}";
    };
    compareHalf(dir, tip(20000, -400), tip(10000, -200), false, 1e-3);
    // the same by a prescribed tip displacement: nodal data identical on both sides, so the
    // half must match to the solver's tolerance
    const std::string moved = support("displacement", simtest::planeBox(0, kL),
                                      ",\"components\":{\"x\":1e-5,\"z\":-1e-4}");
    compareHalf(dir, moved, moved, true, 1e-6);
}

/// A bar clamped at x = 0 and pulled along x, symmetric about y = 0 and z = 0: the full bar
/// (10 x 10 mm section centred on the x axis) against its quarter (y, z >= 0) on two
/// frictionless symmetry planes with a quarter of the load. The voxel size divides the
/// half-widths, so both grids have nodes on the planes and at the probes. Also the stress in the
/// middle, far from the clamped root, against F / A.
void quarterModel(const std::filesystem::path& dir) {
    writeStl(dir / "bar_yz.stl", simtest::boxMesh(0, -5, -5, 100, 5, 5));
    writeStl(dir / "quarter.stl", simtest::boxMesh(0, 0, 0, 100, 5, 5));
    const double force = 10000, area = 1e-4, voxel = 1.25e-3;
    const std::string root = support("fixed", simtest::planeBox(0, 0));
    const std::string planes = support("frictionless", simtest::planeBox(1, 0)) + "," +
                               support("frictionless", simtest::planeBox(2, 0));
    auto pull = [](double fx) {
        return "{\"type\":\"force\",\"vector\":[" + formatNumber(fx) +
               ",0,0],\"select\":" + simtest::planeBox(0, kL) + "}";
    };
    // tip centre, a point on both planes near the root, an edge of the section, mid-bar
    const std::string probes = "{\"name\":\"tip\",\"point\":[0.1,0,0]},"
                               "{\"name\":\"root\",\"point\":[0.01,0,0]},"
                               "{\"name\":\"edge\",\"point\":[0.0125,0.005,0.005]},"
                               "{\"name\":\"mid\",\"point\":[0.05,0.0025,0.0025]}";
    struct Case {
        const char* what;
        std::string fullSupports, fullLoads, quarterSupports, quarterLoads;
        double tolerance, stressTolerance;
    };
    const std::string moved =
        support("displacement", simtest::planeBox(0, kL), ",\"components\":{\"x\":5e-5}");
    const Case cases[] = {
        // the tip face's triangles are sampled differently in the two models
        {"tip force", root, pull(force), root + "," + planes, pull(force / 4), 0.01, 0.01},
        // nodal data identical on both sides: equal to the solver's tolerance
        {"tip displacement", root + "," + moved, "", root + "," + planes + "," + moved, "", 1e-6,
         0.03},
    };
    for (const Case& c : cases) {
        std::cout << "full bar, " << c.what << "\n";
        auto full =
            solveStudy(barStudy(dir, "bar_yz.stl", c.fullSupports, c.fullLoads, probes, voxel));
        std::cout << "quarter bar on two frictionless symmetry planes, " << c.what << "\n";
        auto quarter = solveStudy(
            barStudy(dir, "quarter.stl", c.quarterSupports, c.quarterLoads, probes, voxel));
        SIM_CHECK(full.has_value() && quarter.has_value());
        if (!full || !quarter) continue;
        SIM_CHECK(quarter->dofs * 3 < full->dofs); // it is the smaller model
        for (std::size_t p = 0; p < 4; ++p) {
            const auto uf = at(*full, p, "displacement"), uq = at(*quarter, p, "displacement");
            const double rel = relativeDifference(uq, uf);
            std::cout << "  probe " << p << ": full " << uf.at(0) << " " << uf.at(1) << " "
                      << uf.at(2) << ", quarter " << uq.at(0) << " " << uq.at(1) << " " << uq.at(2)
                      << ", relative difference " << rel << "\n";
            SIM_CHECK(rel < c.tolerance);
        }
        // on both planes only the axial component moves
        const auto axis = at(*quarter, 1, "displacement");
        SIM_CHECK(axis.at(0) != 0 && axis.at(1) == 0 && axis.at(2) == 0);
        // the mid-bar stress: F / A, and for the displacement about E delta / L (the clamped
        // root's restrained contraction stiffens the bar near it)
        const double expected = c.fullLoads.empty() ? kE * 5e-5 / kL : force / area;
        for (const auto* r : {&*full, &*quarter}) {
            const double vm = at(*r, 3, "von_mises").at(0);
            std::cout << "  mid von Mises " << vm << " Pa (analytic " << expected << ")\n";
            SIM_CHECK_NEAR(vm, expected, c.stressTolerance);
        }
    }
}

/// A frictionless support on a face 26.6 degrees off the x axis is refused by the solver and
/// by the CalculiX export, naming the support.
void tiltedFace(const std::filesystem::path& dir) {
    wb::core::Mesh wedge = simtest::boxMesh(0, 0, 0, 100, 10, 10);
    for (int c = 0; c < 8; ++c)
        if ((c & 1) && (c & 4)) wedge.positions[std::size_t(c) * 3] = 105.0f;
    writeStl(dir / "wedge.stl", wedge);
    const std::string slanted = "{\"box\":{\"min\":[0.1005,-1,-1],\"max\":[0.1045,1,1]}}";
    auto study = barStudy(
        dir, "wedge.stl",
        support("fixed", simtest::planeBox(0, 0)) + "," + support("frictionless", slanted), "", "");
    SIM_CHECK(study.has_value());
    if (!study) return;
    auto r = solve(*study);
    SIM_CHECK(!r.has_value());
    if (!r) {
        std::cout << "tilted frictionless face: " << r.error().id << ": " << r.error().toString()
                  << "\n";
        SIM_CHECK(r.error().id == "study.frictionless_not_axis_aligned");
        SIM_CHECK(r.error().context == "supports[1].select");
    }
    auto inp = exportInp(*study, dir / "wedge.inp");
    SIM_CHECK(!inp.has_value() && inp.error().id == "study.frictionless_not_axis_aligned");
}

/// Partial supports that leave a rigid motion free are refused before the solve.
void rigidBodies(const std::filesystem::path& dir) {
    const std::string pullX =
        "{\"type\":\"force\",\"vector\":[1000,0,0],\"select\":" + simtest::planeBox(0, kL) + "}";
    struct Case {
        const char* what;
        std::string supports;
        bool held;
    };
    const Case cases[] = {
        {"one frictionless plane (slides along it)",
         support("frictionless", simtest::planeBox(0, 0)), false},
        {"two frictionless planes (slides along z)",
         support("frictionless", simtest::planeBox(0, 0)) + "," +
             support("frictionless", simtest::planeBox(1, 0)),
         false},
        {"x, y and z held on one end plane by displacement",
         support("displacement", simtest::planeBox(0, 0), ",\"components\":{\"x\":0}") + "," +
             support("displacement", simtest::planeBox(0, 0), ",\"components\":{\"y\":0,\"z\":0}"),
         true},
        {"only y and z held on the end plane (slides along x)",
         support("displacement", simtest::planeBox(0, 0), ",\"components\":{\"y\":0,\"z\":0}"),
         false},
    };
    for (const Case& c : cases) {
        std::cout << c.what << "\n";
        auto r = solveStudy(barStudy(dir, "beam.stl", c.supports, pullX, ""));
        SIM_CHECK(r.has_value() == c.held);
        if (!c.held && !r) SIM_CHECK(r.error().id == "sim.rigid_body");
    }
}

/// checkSupported on hand-made constraints of a 4 x 2 x 2 block.
void rigidBodyCheck() {
    VoxelModel model;
    model.grid = {4, 2, 2, 0.001, {0, 0, 0}};
    model.materials.push_back(*libraryMaterial("structural_steel"));
    model.voxelMaterial.assign(model.grid.voxelCount(), 0);
    model.solidVoxels = model.grid.voxelCount();
    const VoxelGrid& g = model.grid;
    auto check = [&](auto constrain) {
        BoundaryData bd;
        bd.nc = 3;
        bd.dirichlet.assign(g.nodeCount() * 3, 0);
        bd.prescribed.assign(g.nodeCount() * 3, 0.0);
        bd.load.assign(g.nodeCount() * 3, 0.0);
        constrain([&](int i, int j, int k, int c) { bd.dirichlet[g.node(i, j, k) * 3 + c] = 1; });
        return checkSupported(model, bd).has_value();
    };
    auto all = [](auto& fix, int i, int j, int k) {
        for (int c = 0; c < 3; ++c)
            fix(i, j, k, c);
    };
    // three fixed corners of one end: held; two, or three in a line: x, y and z are held but
    // the body turns about the line
    SIM_CHECK(check([&](auto fix) { all(fix, 0, 0, 0), all(fix, 0, 2, 0), all(fix, 0, 0, 2); }));
    SIM_CHECK(!check([&](auto fix) { all(fix, 0, 0, 0), all(fix, 0, 2, 2); }));
    SIM_CHECK(!check([&](auto fix) { all(fix, 0, 0, 0), all(fix, 2, 0, 0), all(fix, 4, 0, 0); }));
    // the normal component on three perpendicular faces: held; on two: free along the third
    auto planes = [&](int count) {
        return check([&](auto fix) {
            for (int j = 0; j <= 2; ++j)
                for (int k = 0; k <= 2; ++k)
                    fix(0, j, k, 0); // x = 0: ux
            for (int i = 0; count > 1 && i <= 4; ++i)
                for (int k = 0; k <= 2; ++k)
                    fix(i, 0, k, 1); // y = 0: uy
            for (int i = 0; count > 2 && i <= 4; ++i)
                for (int j = 0; j <= 2; ++j)
                    fix(i, j, 0, 2); // z = 0: uz
        });
    };
    SIM_CHECK(planes(3));
    SIM_CHECK(!planes(2));
    SIM_CHECK(!planes(1));
    // nothing held
    SIM_CHECK(!check([](auto) {}));
}

/// Errors of the components parameter name their path.
void componentErrors(const std::filesystem::path& dir) {
    auto message = [&](const std::string& components) {
        auto s = barStudy(
            dir, "beam.stl",
            support("fixed", simtest::planeBox(0, 0)) + "," +
                support("displacement", simtest::planeBox(0, kL), ",\"components\":" + components),
            "", "");
        return s ? std::string() : s.error().toString();
    };
    const std::string notNumber = message("{\"y\":\"1\"}"), empty = message("{}");
    std::cout << notNumber << "\n" << empty << "\n";
    SIM_CHECK(notNumber == "supports[1].components.y: expected a number");
    SIM_CHECK(empty == "supports[1].components: at least one of x, y, z");
    SIM_CHECK(message("{\"w\":0}") == "supports[1].components.w: unknown field");
    SIM_CHECK(message("{\"z\":0}").empty());
}

} // namespace

int main() {
    const auto dir = simtest::scratch("supports");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    prescribedElongation(dir);
    symmetryPlane(dir);
    quarterModel(dir);
    tiltedFace(dir);
    rigidBodies(dir);
    rigidBodyCheck();
    componentErrors(dir);
    return simtest::finish("tst_supports");
}
