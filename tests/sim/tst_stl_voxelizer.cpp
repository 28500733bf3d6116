// STL reading (ASCII and binary) and voxelization, including an open (leaky) surface.
#include "sim_check.h"

#include "core/sim/boundary_conditions.h"
#include "core/sim/surface.h"
#include "core/sim/voxelizer.h"

using namespace wb::sim;

namespace {

std::string asciiBox() {
    const auto m = simtest::boxMesh(0, 0, 0, 10, 6, 4);
    std::string s = "solid box\n";
    for (std::size_t t = 0; t < m.triangleCount(); ++t) {
        s += " facet normal 0 0 0\n  outer loop\n";
        for (int c = 0; c < 3; ++c) {
            const auto v = m.vertex(m.indices[3 * t + c]);
            s += "   vertex " + formatNumber(v.x) + " " + formatNumber(v.y) + " " +
                 formatNumber(v.z) + "\n";
        }
        s += "  endloop\n endfacet\n";
    }
    return s + "endsolid box\n";
}

std::size_t solidCount(const wb::core::Assembly& a, double h) {
    Study study;
    study.voxelSize = h;
    study.materials.push_back({"*", "structural_steel", {}});
    const WorldSurface surface = placeSurface(a);
    auto mats = resolveInstanceMaterials(study, surface);
    SIM_CHECK(mats.has_value());
    auto model = voxelize(study, surface, *mats);
    return model ? model->solidVoxels : 0;
}

} // namespace

int main() {
    const auto dir = simtest::scratch("stl");
    simtest::writeText(dir / "ascii.stl", asciiBox());
    auto ascii = readStl(dir / "ascii.stl", 1e-3);
    SIM_CHECK(ascii.has_value());
    if (!ascii) return 1;
    const auto& mesh = *(*ascii)->parts()[0].mesh;
    SIM_CHECK(mesh.triangleCount() == 12 && mesh.vertexCount() == 8);
    SIM_CHECK((*ascii)->parts()[0].name == "ascii");
    writeStl(dir / "binary.stl", mesh);
    auto binary = readStl(dir / "binary.stl", 1e-3);
    SIM_CHECK(binary.has_value() && (*binary)->parts()[0].mesh->triangleCount() == 12);
    simtest::writeText(dir / "junk.stl", "hello");
    SIM_CHECK(!readStl(dir / "junk.stl", 1e-3).has_value());
    SIM_CHECK(!readStl(dir / "missing.stl", 1e-3).has_value());

    // 10 x 6 x 4 mm at 0.5 mm: 20 * 12 * 8 voxels
    SIM_CHECK(solidCount(**ascii, 0.5e-3) == 20u * 12u * 8u);
    // an open surface (one triangle missing) still voxelizes to the same solid
    auto leaky = std::make_shared<wb::core::Assembly>();
    leaky->setMetresPerUnit(1e-3);
    wb::core::Mesh open = mesh;
    open.indices.resize(open.indices.size() - 3);
    open.faceIds.pop_back();
    leaky->addNode(
        0, "leaky", {},
        leaky->addPart({"leaky", std::make_shared<const wb::core::Mesh>(open), {}, false}));
    const std::size_t leakyCount = solidCount(*leaky, 0.5e-3);
    std::cout << "leaky box: " << leakyCount << " of " << 20 * 12 * 8 << " voxels\n";
    SIM_CHECK(leakyCount == 20u * 12u * 8u);
    // target_voxels picks the voxel size from the enclosed volume
    Study study;
    study.targetVoxels = 3000;
    study.materials.push_back({"*", "structural_steel", {}});
    const WorldSurface surface = placeSurface(**ascii);
    auto model = voxelize(study, surface, *resolveInstanceMaterials(study, surface));
    SIM_CHECK(model.has_value());
    if (model) {
        std::cout << "target 3000: " << model->solidVoxels << " voxels\n";
        SIM_CHECK(model->solidVoxels > 2000 && model->solidVoxels < 4000);
    }
    // loads keep their totals: force, pressure (pushing into the top face) and gravity
    {
        Study s;
        s.voxelSize = 0.5e-3;
        s.materials.push_back({"*", "structural_steel", {}});
        Load force{"f", "force", {{"vector", {10, -20, 30}}},
                   Selector{BoxSelector{{0.01 - 1e-6, -1, -1}, {0.01 + 1e-6, 1, 1}}}};
        Load pressure{"p", "pressure", {{"value", {1e6}}},
                      Selector{BoxSelector{{-1, -1, 0.004 - 1e-6}, {1, 1, 0.004 + 1e-6}}}};
        Load gravity{"g", "gravity", {{"vector", {0, 0, -9.81}}}, std::nullopt};
        s.loads = {force, pressure, gravity};
        const WorldSurface surf = placeSurface(**ascii);
        auto vm = voxelize(s, surf, *resolveInstanceMaterials(s, surf));
        auto bd = buildBoundary(s, surf, *vm);
        SIM_CHECK(bd.has_value());
        if (bd) {
            double total[3] = {};
            for (std::size_t i = 0; i < bd->load.size(); ++i)
                total[i % 3] += bd->load[i];
            const double mass = 7850 * 10e-3 * 6e-3 * 4e-3;
            const double expected[3] = {10, -20, 30 - 1e6 * 60e-6 - mass * 9.81};
            for (int c = 0; c < 3; ++c)
                SIM_CHECK_NEAR(total[c], expected[c], 1e-9);
        }
    }
    SIM_CHECK(globMatch("web*", "web_plate") && !globMatch("web*", "flange") &&
              globMatch("*", "x/y"));
    return simtest::finish("tst_stl_voxelizer");
}
