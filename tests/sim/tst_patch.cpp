// Patch test: a block with a linear displacement field prescribed on its boundary reproduces
// the field inside and a uniform stress (elasticity), and a linear temperature (conduction).
#include "sim_check.h"

#include "core/sim/analysis.h"
#include "core/sim/multigrid.h"
#include "core/sim/pcg.h"
#include "core/sim/postprocess.h"

using namespace wb::sim;

namespace {

double patch(int nc) {
    VoxelModel model;
    model.grid = {6, 5, 4, 1e-3, {0.01, -0.02, 0.003}};
    model.materials.push_back({"steel", 210e9, 0.3, 7850, 250e6, 50});
    model.voxelMaterial.assign(model.grid.voxelCount(), 0);
    model.solidVoxels = model.grid.voxelCount();
    const VoxelGrid& g = model.grid;
    const double grad[3][3] = {{1e-3, 2e-4, -3e-4}, {5e-4, -7e-4, 1e-4}, {-2e-4, 3e-4, 4e-4}};
    auto exact = [&](const Point3& p, int c) {
        return 1e-5 * (c + 1) + grad[c][0] * p[0] + grad[c][1] * p[1] + grad[c][2] * p[2];
    };
    OperatorLevel L;
    L.nc = nc;
    L.grid = g;
    L.coefA.assign(g.voxelCount(), nc == 3 ? model.materials[0].lameLambda() : 50.0);
    L.coefB.assign(g.voxelCount(), nc == 3 ? model.materials[0].lameMu() : 0.0);
    setElementMatrices(L, g.h);
    L.dirichlet.assign(g.nodeCount() * nc, 0);
    std::vector<double> uD(g.nodeCount() * nc, 0.0);
    for (int k = 0; k <= g.nz; ++k)
        for (int j = 0; j <= g.ny; ++j)
            for (int i = 0; i <= g.nx; ++i) {
                const bool boundary =
                    i == 0 || j == 0 || k == 0 || i == g.nx || j == g.ny || k == g.nz;
                const std::size_t n = g.node(i, j, k);
                for (int c = 0; c < nc; ++c)
                    if (boundary) {
                        L.dirichlet[n * nc + c] = 1;
                        uD[n * nc + c] = exact(g.nodePosition(n), c);
                    }
            }
    L.finalize();
    Multigrid mg;
    SIM_CHECK(mg.setup(L).has_value());
    const OperatorLevel& A = mg.fine();
    const std::size_t n = A.dofs();
    std::vector<double> b(n), x(n, 0.0);
    A.apply(uD.data(), b.data());
    for (std::size_t i = 0; i < n; ++i)
        b[i] = A.freeDof[i] ? -b[i] : 0.0;
    const PcgResult r = pcg(
        n, [&](const double* in, double* out) { A.apply(in, out); },
        [&](const double* in, double* out) { mg.apply(in, out); }, b.data(), x.data(), 1e-14, 200,
        [](int, double, const double*) { return true; });
    SIM_CHECK(r.converged);
    double worst = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double u = x[i] + uD[i];
        const double e = exact(g.nodePosition(i / nc), int(i % nc));
        worst = std::max(worst, std::abs(u - e) / 1e-5);
    }
    std::cout << "nc " << nc << ": worst nodal error (relative) " << worst << "\n";
    SIM_CHECK(worst < 1e-8);
    for (std::size_t i = 0; i < n; ++i)
        x[i] += uD[i];
    const auto fields =
        deriveFields(model, *findAnalysis(nc == 3 ? "static_structural" : "steady_thermal"), x);
    const ResultField& f = fields[1]; // von_mises or heat_flux
    double lo = 1e300, hi = -1e300;
    for (std::size_t node = 0; node < g.nodeCount(); ++node) {
        lo = std::min(lo, f.values[node * f.components]);
        hi = std::max(hi, f.values[node * f.components]);
    }
    std::cout << "nc " << nc << ": " << f.name << " spread " << (hi - lo) / std::abs(hi) << "\n";
    SIM_CHECK((hi - lo) <= 1e-8 * std::abs(hi));
    return worst;
}

} // namespace

int main() {
    patch(3);
    patch(1);
    return simtest::finish("tst_patch");
}
