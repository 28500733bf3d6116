// Thin walls: a plate two voxels thick is reported, a block ten voxels thick is not, a finer
// voxel size makes the warning go, a part smaller than a voxel is reported as lost, and a
// cancelled check stops.
#include "sim_check.h"

#include "core/sim/surface.h"
#include "core/sim/thin_walls.h"

#include <algorithm>

using namespace wb::sim;

namespace {

/// Adds a box part (mm) named `name` under the root.
void addBox(wb::core::Assembly& a, const std::string& name, double x0, double y0, double z0,
            double x1, double y1, double z1) {
    auto mesh = std::make_shared<const wb::core::Mesh>(simtest::boxMesh(x0, y0, z0, x1, y1, z1));
    a.addNode(0, name, {}, a.addPart({name, mesh, {}, false}));
}

/// A 40 x 40 x 2 mm plate and a 10 mm cube beside it, in millimetres.
wb::core::Assembly plateAndBlock() {
    wb::core::Assembly a;
    a.setMetresPerUnit(1e-3);
    addBox(a, "Plate", 0, 0, 0, 40, 40, 2);
    addBox(a, "Block", 50, 0, 0, 60, 10, 10);
    return a;
}

Study studyWithVoxel(double h) {
    Study s;
    s.analysis = "static_structural";
    s.voxelSize = h;
    s.materials.push_back({"*", "structural_steel", {}});
    return s;
}

std::vector<ThinWall> check(const wb::core::Assembly& a, double h) {
    const auto walls = findThinWalls(studyWithVoxel(h), placeSurface(a));
    SIM_CHECK(walls.has_value());
    if (walls)
        for (const ThinWall& w : *walls)
            std::cout << "h " << h * 1e3 << " mm: " << w.partName << " " << w.thinVoxels << " of "
                      << w.voxels << " voxels thin, about " << w.thicknessVoxels << " voxels\n";
    return walls.value_or(std::vector<ThinWall>{});
}

bool reports(const std::vector<ThinWall>& walls, const std::string& part) {
    return std::any_of(walls.begin(), walls.end(),
                       [&](const ThinWall& w) { return w.partName == part; });
}

} // namespace

int main() {
    const wb::core::Assembly a = plateAndBlock();
    { // 1 mm voxels: the plate is 2 voxels thick, the block 10
        const auto walls = check(a, 1e-3);
        SIM_CHECK(walls.size() == 1);
        SIM_CHECK(reports(walls, "Plate"));
        SIM_CHECK(!reports(walls, "Block"));
        if (!walls.empty()) {
            const ThinWall& w = walls.front();
            SIM_CHECK(w.path == "Plate");
            SIM_CHECK(w.voxels == 40u * 40u * 2u);
            SIM_CHECK(w.thinVoxels == w.voxels); // nothing in it is three voxels thick
            SIM_CHECK(w.thicknessVoxels == 2);
            SIM_CHECK_NEAR(w.thicknessMetres(), 2e-3, 1e-9);
            const auto problems = thinWallProblems(walls);
            SIM_CHECK(problems.size() == 1);
            const StudyProblem& p = problems.front();
            SIM_CHECK(p.id == "study.thin_wall");
            SIM_CHECK(p.severity == StudyProblem::Severity::Warning);
            SIM_CHECK(p.item == "mesh");
            SIM_CHECK(p.args.size() == 4 && p.args[0] == "Plate" && p.args[1] == "2" &&
                      p.args[2] == "0.002");
            SIM_CHECK(std::stod(p.args[3]) <= 2e-3 / 3);
            SIM_CHECK(canSolve(problems)); // a warning never blocks the solve
        }
    }
    // Finer voxels: the plate is 4 voxels thick, no warning; the suggested size resolves it.
    SIM_CHECK(check(a, 0.5e-3).empty());
    SIM_CHECK(check(a, 2e-3 / 3).empty());
    // 0.7 mm: three voxel centres lie in the plate, which is thick enough
    SIM_CHECK(check(a, 0.7e-3).empty());
    { // coarser: the block is 4 voxels thick and still fine; the plate 1
        const auto walls = check(a, 2.5e-3);
        SIM_CHECK(reports(walls, "Plate") && !reports(walls, "Block"));
    }
    { // a 0.3 mm cube at 1 mm voxels has no voxel: reported as lost
        wb::core::Assembly b = plateAndBlock();
        addBox(b, "Pin", 20.1, 20.1, 5.1, 20.4, 20.4, 5.4);
        const auto walls = check(b, 1e-3);
        const auto pin = std::find_if(walls.begin(), walls.end(),
                                      [](const ThinWall& w) { return w.partName == "Pin"; });
        SIM_CHECK(pin != walls.end() && pin->voxels == 0);
        const auto problems = thinWallProblems(walls);
        SIM_CHECK(std::any_of(problems.begin(), problems.end(), [](const StudyProblem& p) {
            return p.id == "study.part_lost" && p.args == std::vector<std::string>{"Pin"};
        }));
    }
    { // a thin fin on a block: a few percent of the part is not reported, half of it is
        wb::core::Assembly c;
        c.setMetresPerUnit(1e-3);
        auto mesh = std::make_shared<wb::core::Mesh>(simtest::boxMesh(0, 0, 0, 20, 20, 20));
        const wb::core::Mesh fin = simtest::boxMesh(20, 9.2, 0, 24, 10.2, 4); // 1 voxel thick
        const auto base = std::uint32_t(mesh->vertexCount());
        mesh->positions.insert(mesh->positions.end(), fin.positions.begin(), fin.positions.end());
        for (std::uint32_t i : fin.indices)
            mesh->indices.push_back(base + i);
        mesh->faceIds.insert(mesh->faceIds.end(), fin.faceIds.begin(), fin.faceIds.end());
        c.addNode(0, "Finned", {}, c.addPart({"Finned", mesh, {}, false}));
        SIM_CHECK(!reports(check(c, 1e-3), "Finned"));
        addBox(c, "Sheet", 0, 30, 0, 60, 60, 1);
        SIM_CHECK(reports(check(c, 1e-3), "Sheet"));
    }
    { // instances of one part are checked once
        wb::core::Assembly d = plateAndBlock();
        d.addNode(0, "Plate#2", wb::core::Transform::translation({0, 0, 20}), 0);
        const auto walls = check(d, 1e-3);
        SIM_CHECK(std::count_if(walls.begin(), walls.end(),
                                [](const ThinWall& w) { return w.partName == "Plate"; }) == 1);
    }
    { // cancelled: no answer
        const auto walls =
            findThinWalls(studyWithVoxel(1e-3), placeSurface(a), [] { return true; });
        SIM_CHECK(!walls.has_value());
    }
    { // no mesh size or no geometry: nothing to say
        Study s = studyWithVoxel(1e-3);
        s.voxelSize.reset();
        SIM_CHECK(findThinWalls(s, placeSurface(a))->empty());
        SIM_CHECK(findThinWalls(studyWithVoxel(1e-3), WorldSurface{})->empty());
    }
    return simtest::finish("tst_sim_thin_walls");
}
