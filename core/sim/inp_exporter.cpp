#include "inp_exporter.h"

#include "analysis.h"
#include "boundary_conditions.h"
#include "geometry_loader.h"
#include "json.h"
#include "surface.h"
#include "voxelizer.h"

#include "core/model/units.h"

#include <cstdio>
#include <fstream>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

namespace {
std::string num(double v) {
    return formatNumber(v);
}
} // namespace

core::Result<InpExportInfo> exportInp(const Study& given, const std::filesystem::path& file) {
    // Suppressed probes are not written: the deck's probes match the result's one for one.
    Study study = given;
    std::erase_if(study.probes, [](const Probe& p) { return p.suppressed; });
    auto analysis = analysisNamed(study.analysis);
    if (!analysis) return std::unexpected(analysis.error());
    const AnalysisKind& kind = **analysis;
    const InpDialect& inp = kind.inp;
    for (std::size_t i = 0; i < study.loads.size(); ++i) {
        const ConditionKind* load = kind.load(study.loads[i].type);
        if (load && load->inpUnsupported && !study.loads[i].suppressed)
            return fail(ErrorCode::Unsupported, "sim.inp_unsupported_load",
                        "'" + study.loads[i].type + "' is not exported to CalculiX: " +
                            load->inpUnsupported,
                        "loads[" + std::to_string(i) + "].type", {study.loads[i].type});
    }
    auto unit = core::metresPerUnit(study.lengthUnit);
    if (!unit) return std::unexpected(unit.error());
    auto assembly = loadGeometry(study.geometryPath(), *unit);
    if (!assembly) return std::unexpected(assembly.error());
    const WorldSurface surface = placeSurface(**assembly);
    auto mats = resolveInstanceMaterials(study, surface);
    if (!mats) return std::unexpected(mats.error());
    auto model = voxelize(study, surface, *mats);
    if (!model) return std::unexpected(model.error());
    auto bd = buildBoundary(study, surface, *model);
    if (!bd) return std::unexpected(bd.error());
    const VoxelGrid& g = model->grid;
    const int nc = bd->nc;

    std::ofstream out(file);
    if (!out)
        return fail(ErrorCode::InvalidArgument, "io.write_error", "cannot write file",
                    file.string());
    InpExportInfo info;
    const std::vector<std::uint8_t> active = model->activeNodes();
    std::vector<std::size_t> id(g.nodeCount(), 0);
    out << "** Werkbank voxel model: " << study.name << "\n*NODE, NSET=NALL\n";
    for (std::size_t n = 0; n < g.nodeCount(); ++n) {
        if (!active[n]) continue;
        id[n] = ++info.nodes;
        const Point3 p = g.nodePosition(n);
        out << id[n] << ", " << num(p[0]) << ", " << num(p[1]) << ", " << num(p[2]) << "\n";
    }
    static const int kCcxOrder[8] = {0, 1, 3, 2, 4, 5, 7, 6};
    for (std::size_t mi = 0; mi < model->materials.size(); ++mi) {
        out << "*ELEMENT, TYPE=" << inp.element << ", ELSET=EMAT" << mi << "\n";
        for (int k = 0; k < g.nz; ++k)
            for (int j = 0; j < g.ny; ++j)
                for (int i = 0; i < g.nx; ++i) {
                    const std::size_t v = g.voxel(i, j, k);
                    if (model->voxelMaterial[v] != mi) continue;
                    std::size_t nd[8];
                    voxelNodes(g, i, j, k, nd);
                    out << ++info.elements;
                    for (int c : kCcxOrder)
                        out << ", " << id[nd[c]];
                    out << "\n";
                }
    }
    for (std::size_t mi = 0; mi < model->materials.size(); ++mi) {
        const Material& m = model->materials[mi];
        out << "*MATERIAL, NAME=MAT" << mi << "\n";
        for (const InpCard& card : inp.materialCards(m)) {
            out << card.keyword << "\n";
            for (std::size_t i = 0; i < card.values.size(); ++i)
                out << (i ? ", " : "") << num(card.values[i]);
            out << "\n";
        }
        out << "*SOLID SECTION, ELSET=EMAT" << mi << ", MATERIAL=MAT" << mi << "\n";
    }
    for (std::size_t p = 0; p < study.probes.size(); ++p) {
        const VoxelHit hit = nearestSolidVoxel(*model, study.probes[p].point);
        const std::size_t n = g.node(hit.i + (hit.xi[0] >= 0.5), hit.j + (hit.xi[1] >= 0.5),
                                     hit.k + (hit.xi[2] >= 0.5));
        info.probeNodes.push_back(id[n]);
        out << "*NSET, NSET=PROBE_" << p << "\n" << id[n] << "\n";
    }
    // per support its nodes, for the reaction totals below (as result.json's reactions count them)
    std::vector<std::size_t> supportSets;
    for (std::size_t s = 0; s < bd->supportDofs.size(); ++s) {
        const std::vector<std::size_t>& dofs = bd->supportDofs[s];
        if (dofs.empty()) continue;
        supportSets.push_back(s);
        out << "*NSET, NSET=SUPPORT_" << s << "\n";
        std::size_t last = g.nodeCount();
        for (std::size_t d : dofs)
            if (d / std::size_t(nc) != last) {
                last = d / std::size_t(nc);
                out << id[last] << "\n";
            }
    }
    out << "*STEP\n" << inp.step << "\n";
    out << "*BOUNDARY\n";
    for (std::size_t n = 0; n < g.nodeCount(); ++n)
        for (int c = 0; c < nc; ++c)
            if (active[n] && bd->dirichlet[n * nc + c]) {
                const int dof = inp.firstDof + c;
                out << id[n] << ", " << dof << ", " << dof << ", "
                    << num(bd->prescribed[n * nc + c]) << "\n";
            }
    out << inp.loadCard << "\n";
    for (std::size_t n = 0; n < g.nodeCount(); ++n)
        for (int c = 0; c < nc; ++c)
            if (active[n] && !bd->dirichlet[n * nc + c] && bd->load[n * nc + c] != 0)
                out << id[n] << ", " << inp.firstDof + c << ", " << num(bd->load[n * nc + c])
                    << "\n";
    for (std::size_t p = 0; p < study.probes.size(); ++p)
        out << "*NODE PRINT, NSET=PROBE_" << p << "\n" << inp.printVariable << "\n";
    for (std::size_t s : supportSets)
        out << "*NODE PRINT, NSET=SUPPORT_" << s << ", TOTALS=ONLY\n"
            << (kind.op == OperatorKind::Conduction ? "RFL" : "RF") << "\n";
    out << "*END STEP\n";
    if (!out)
        return fail(ErrorCode::InvalidArgument, "io.write_error", "cannot write file",
                    file.string());
    return info;
}

} // namespace wb::sim
