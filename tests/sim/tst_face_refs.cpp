// Face references of a study (`select.faces`) from faces picked in a scene and back: parts are
// named by their unique paths (a second "Bolt" is "Bolt#2"), below the file's top node in a
// scene of several files, exactly as the solver names the placed instances it matches them
// with; a part name stands for every instance of the part.

#include "core/model/assembly_merge.h"
#include "core/sim/face_refs.h"
#include "core/sim/surface.h"
#include "sim_check.h"

#include <memory>

using namespace wb::sim;
using wb::core::NodeFace;

namespace {

std::shared_ptr<wb::core::Assembly> twoBolts(int& first, int& second) {
    auto a = std::make_shared<wb::core::Assembly>();
    const int part =
        a->addPart({"bolt_part",
                    std::make_shared<const wb::core::Mesh>(simtest::boxMesh(0, 0, 0, 1, 1, 4)),
                    {},
                    false});
    const int frame = a->addNode(0, "Frame");
    first = a->addNode(frame, "Bolt", wb::core::Transform::translation({0, 0, 0}), part);
    second = a->addNode(frame, "Bolt", wb::core::Transform::translation({5, 0, 0}), part);
    return a;
}

} // namespace

int main() {
    int first = -1, second = -1;
    const auto a = twoBolts(first, second);
    const std::vector<FaceRef> refs = toFaceRefs(*a, {{second, 3}, {first, 0}, {second, 5}});
    SIM_CHECK(refs.size() == 3);
    SIM_CHECK(refs[0].part == "Frame/Bolt#2" && refs[0].face == 3);
    SIM_CHECK(refs[1].part == "Frame/Bolt" && refs[1].face == 0);
    SIM_CHECK(refs[2].part == "Frame/Bolt#2" && refs[2].face == 5);
    const std::vector<NodeFace> back = resolveFaceRefs(*a, refs);
    SIM_CHECK((back == std::vector<NodeFace>{{first, 0}, {second, 3}, {second, 5}}));

    // The solver's placed instances carry the same paths.
    const WorldSurface surface = placeSurface(*a);
    SIM_CHECK(surface.instances.size() == 2);
    SIM_CHECK(surface.instances[0].path == "Frame/Bolt");
    SIM_CHECK(surface.instances[1].path == "Frame/Bolt#2");

    // A part name means every instance; faces beyond the part's and unknown paths are dropped.
    const std::vector<NodeFace> byPart =
        resolveFaceRefs(*a, {{"bolt_part", 1}, {"Frame/Bolt", 6}, {"Frame/Nut", 0}});
    SIM_CHECK((byPart == std::vector<NodeFace>{{first, 1}, {second, 1}}));

    // In a scene of two files, paths are taken below each file's top node.
    auto scene = wb::core::mergeAssemblies({{"one.step", a}, {"two.step", a}});
    const int topTwo = scene->node(0).children.at(1);
    const int sceneSecond = scene->nodeAtPath("two.step/Frame/Bolt#2");
    SIM_CHECK(sceneSecond > 0);
    const std::vector<FaceRef> sceneRefs = toFaceRefs(*scene, {{sceneSecond, 2}}, topTwo);
    SIM_CHECK(sceneRefs.size() == 1 && sceneRefs[0].part == "Frame/Bolt#2");
    SIM_CHECK(toFaceRefs(*scene, {{sceneSecond, 2}}, scene->node(0).children.at(0)).empty());
    SIM_CHECK(
        (resolveFaceRefs(*scene, sceneRefs, topTwo) == std::vector<NodeFace>{{sceneSecond, 2}}));
    return simtest::finish("tst_face_refs");
}
