// Cost of a hover value and of a pinned probe on a 1M-voxel result, on the CPU side (the GPU
// pick that finds the surface point is bench_render's "pick ms"): the undeformed point under
// a point of the deformed shape, then the current view's value there (hover), or every view
// (a probe of the Probes dock). A 100 x 100 x 100 block of solid voxels with smooth fields;
// points on its surface. Prints a table; asserts nothing.
//
// Usage: bench_probe [points]

#include "core/sim/result_probe.h"
#include "core/sim/result_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

using namespace wb::sim;

namespace {

SolveResult block(int n, double h) {
    auto model = std::make_shared<VoxelModel>();
    model->grid = {n, n, n, h, {0, 0, 0}};
    model->voxelMaterial.assign(model->grid.voxelCount(), 0);
    model->materials.resize(1);
    model->solidVoxels = model->grid.voxelCount();
    SolveResult r;
    r.status = SolveStatus::Converged;
    r.analysis = "static_structural";
    const std::size_t nodes = model->grid.nodeCount();
    ResultField u{"displacement", 3, std::vector<double>(nodes * 3)};
    ResultField vm{"von_mises", 1, std::vector<double>(nodes)};
    ResultField ps{"principal_stress", 3, std::vector<double>(nodes * 3)};
    ResultField sf{"safety_factor", 1, std::vector<double>(nodes)};
    for (std::size_t i = 0; i < nodes; ++i) {
        const Point3 p = model->grid.nodePosition(i);
        const double x = p[0] / (n * h); // a cantilever-like bend along x
        u.values[3 * i + 2] = -1e-3 * x * x;
        vm.values[i] = 1e8 * (1 - x) * std::abs(p[2] / (n * h) - 0.5);
        ps.values[3 * i] = vm.values[i];
        ps.values[3 * i + 2] = -vm.values[i];
        sf.values[i] = 2.5e8 / std::max(vm.values[i], 1.0);
    }
    r.fields = {u, vm, ps, sf};
    r.model = std::move(model);
    return r;
}

} // namespace

int main(int argc, char** argv) {
    const int points = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20000;
    constexpr int kVoxels = 100;
    constexpr double kH = 1e-3;
    const auto t0 = std::chrono::steady_clock::now();
    const SolveResult r = block(kVoxels, kH);
    const double build =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const std::vector<ScalarView> views = scalarViews(r);
    const std::vector<ScalarView> hover = {*findScalarView(r, "von_mises")};
    // Points on the top face (z = 100 mm), drawn on the shape deformed at 5x the automatic
    // scale (5% of the diagonal).
    const double side = kVoxels * kH;
    const double scale = 5 * autoDeformationScale(r, side * std::sqrt(3.0));
    std::mt19937 random(7);
    std::uniform_real_distribution<double> along(0, side);
    std::vector<Point3> seen(static_cast<std::size_t>(points));
    for (Point3& p : seen) {
        const Point3 q{along(random), along(random), side};
        const auto d = sampleFieldAt(r, "displacement", q);
        p = {q[0] + scale * d[0], q[1] + scale * d[1], q[2] + scale * d[2]};
    }
    auto time = [&](const std::vector<ScalarView>& which) {
        double sink = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const Point3& p : seen) {
            const Point3 at = undeformedPoint(r, p, scale);
            sink += probeValues(r, which, at).front();
        }
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!std::isfinite(sink)) std::printf("(a point had no value)\n");
        return 1e6 * s / points;
    };
    std::printf("%d^3 = %zu solid voxels (fields built in %.2f s), %d points on the deformed top "
                "face (scale %.0f)\n\n",
                kVoxels, r.model->solidVoxels, build, points, scale);
    std::printf("| per point | us |\n|---|---:|\n");
    std::printf("| hover: undeformed point + current view | %.2f |\n", time(hover));
    std::printf("| probe: undeformed point + all %zu views | %.2f |\n", views.size(), time(views));
    return 0;
}
