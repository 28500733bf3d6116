#include "reactions.h"

#include "operator_level.h"

namespace wb::sim {

namespace {

/// Rows of K u at one node, K the element sum with no DOF removed (plus the lumped convection).
class FullOperatorRows {
public:
    FullOperatorRows(const AnalysisKind& kind, const VoxelModel& model, const BoundaryData& bd,
                     const std::vector<double>& u)
        : m_model(model), m_bd(bd), m_u(u), m_nc(bd.nc) {
        OperatorLevel unit;
        unit.nc = m_nc;
        setElementMatrices(unit, model.grid.h);
        // one element matrix per material: coefA * matA + coefB * matB
        m_elements.resize(model.materials.size());
        for (std::size_t m = 0; m < model.materials.size(); ++m) {
            double a = 0, b = 0;
            kind.coefficients(model.materials[m], a, b);
            m_elements[m].resize(unit.matA.size());
            for (std::size_t q = 0; q < unit.matA.size(); ++q)
                m_elements[m][q] = a * unit.matA[q] + b * unit.matB[q];
        }
    }

    /// out[c] = (K u)[node * nc + c] for every component c.
    void row(std::size_t node, double* out) const {
        const VoxelGrid& g = m_model.grid;
        const std::size_t nx1 = std::size_t(g.nx) + 1, ny1 = std::size_t(g.ny) + 1;
        const int i = int(node % nx1), j = int((node / nx1) % ny1), k = int(node / (nx1 * ny1));
        const int ne = 8 * m_nc;
        for (int c = 0; c < m_nc; ++c)
            out[c] = 0;
        for (int e = 0; e < 8; ++e) {
            const int vi = i - 1 + (e & 1), vj = j - 1 + ((e >> 1) & 1),
                      vk = k - 1 + ((e >> 2) & 1);
            if (vi < 0 || vj < 0 || vk < 0 || vi >= g.nx || vj >= g.ny || vk >= g.nz) continue;
            const std::size_t v = g.voxel(vi, vj, vk);
            if (!m_model.solid(v)) continue;
            const int local = (1 - (e & 1)) + 2 * (1 - ((e >> 1) & 1)) + 4 * (1 - ((e >> 2) & 1));
            std::size_t nd[8];
            voxelNodes(g, vi, vj, vk, nd);
            const std::vector<double>& element = m_elements[m_model.voxelMaterial[v]];
            for (int c = 0; c < m_nc; ++c) {
                const double* krow = &element[std::size_t((local * m_nc + c) * ne)];
                double s = 0;
                for (int a = 0; a < 8; ++a)
                    for (int d = 0; d < m_nc; ++d)
                        s += krow[a * m_nc + d] * m_u[nd[a] * m_nc + d];
                out[c] += s;
            }
        }
        if (!m_bd.robin.empty()) out[0] += m_bd.robin[node] * m_u[node * m_nc];
    }

private:
    const VoxelModel& m_model;
    const BoundaryData& m_bd;
    const std::vector<double>& m_u;
    int m_nc;
    std::vector<std::vector<double>> m_elements; ///< per material, (8 nc)^2 row-major
};

/// Sums the reaction of one support from its held DOFs (ascending, so a node's are adjacent).
void sumSupport(const FullOperatorRows& rows, const VoxelModel& model, const BoundaryData& bd,
                const std::vector<std::size_t>& dofs, SupportReaction& r) {
    const int nc = bd.nc;
    const VoxelGrid& g = model.grid;
    // the nodes and their centroid first: the moment is taken about it
    std::vector<std::size_t> nodes;
    for (std::size_t d : dofs)
        if (nodes.empty() || nodes.back() != d / std::size_t(nc)) nodes.push_back(d / nc);
    r.nodes = nodes.size();
    if (nodes.empty()) return;
    for (std::size_t n : nodes) {
        const Point3 p = g.nodePosition(n);
        for (int a = 0; a < 3; ++a)
            r.centroid[a] += p[a];
    }
    for (double& c : r.centroid)
        c /= double(nodes.size());
    std::size_t at = 0;
    for (std::size_t n : nodes) {
        double ku[3] = {}, reaction[3] = {};
        rows.row(n, ku);
        for (; at < dofs.size() && dofs[at] / std::size_t(nc) == n; ++at) {
            const int c = int(dofs[at] % std::size_t(nc));
            reaction[c] = ku[c] - bd.load[dofs[at]];
        }
        if (nc == 1) {
            r.heatFlow += reaction[0];
            continue;
        }
        const Point3 p = g.nodePosition(n);
        const double arm[3] = {p[0] - r.centroid[0], p[1] - r.centroid[1], p[2] - r.centroid[2]};
        for (int a = 0; a < 3; ++a)
            r.force[a] += reaction[a];
        r.moment[0] += arm[1] * reaction[2] - arm[2] * reaction[1];
        r.moment[1] += arm[2] * reaction[0] - arm[0] * reaction[2];
        r.moment[2] += arm[0] * reaction[1] - arm[1] * reaction[0];
    }
}

} // namespace

std::vector<SupportReaction> supportReactions(const Study& study, const AnalysisKind& kind,
                                              const VoxelModel& model, const BoundaryData& boundary,
                                              const std::vector<double>& solution) {
    std::vector<SupportReaction> out;
    const FullOperatorRows rows(kind, model, boundary, solution);
    static const std::vector<std::size_t> kNone;
    for (std::size_t s = 0; s < study.supports.size(); ++s) {
        const Condition& c = study.supports[s];
        if (c.suppressed) continue;
        SupportReaction r;
        r.support = s;
        r.name = c.name;
        r.type = c.type;
        sumSupport(rows, model, boundary,
                   s < boundary.supportDofs.size() ? boundary.supportDofs[s] : kNone, r);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace wb::sim
