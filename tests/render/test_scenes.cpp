#include "test_scenes.h"

namespace wb::render::test {

std::shared_ptr<core::Mesh> boxMesh(const core::Vec3& lo, const core::Vec3& hi) {
    auto mesh = std::make_shared<core::Mesh>();
    auto corner = [&](int i) {
        return core::Vec3{(i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z};
    };
    // Corner indices of each side, counter-clockwise seen from outside, in BoxFace order.
    const int sides[6][4] = {{0, 4, 6, 2}, {1, 3, 7, 5}, {0, 1, 5, 4},
                             {2, 6, 7, 3}, {0, 2, 3, 1}, {4, 5, 7, 6}};
    const float normals[6][3] = {{-1, 0, 0}, {1, 0, 0},  {0, -1, 0},
                                 {0, 1, 0},  {0, 0, -1}, {0, 0, 1}};
    for (int s = 0; s < 6; ++s) {
        const auto base = static_cast<std::uint32_t>(mesh->vertexCount());
        for (int k = 0; k < 4; ++k) {
            const core::Vec3 p = corner(sides[s][k]);
            mesh->positions.insert(mesh->positions.end(), {float(p.x), float(p.y), float(p.z)});
            mesh->normals.insert(mesh->normals.end(),
                                 {normals[s][0], normals[s][1], normals[s][2]});
        }
        mesh->indices.insert(mesh->indices.end(),
                             {base, base + 1, base + 2, base, base + 2, base + 3});
        mesh->faceIds.insert(mesh->faceIds.end(), {s, s});
    }
    mesh->faceCount = 6;
    return mesh;
}

ThreeBoxes threeBoxes() {
    ThreeBoxes scene;
    scene.assembly = std::make_shared<core::Assembly>();
    core::Assembly& a = *scene.assembly;
    const core::Vec3 offset{100, 50, 20};
    const int tall =
        a.addPart({"tall", boxMesh({0, 0, 0}, {1, 1, 3}), {0.85f, 0.2f, 0.2f, 1}, true});
    const int wide =
        a.addPart({"wide", boxMesh({0, 0, 0}, {3, 1, 1}), {0.2f, 0.75f, 0.3f, 1}, true});
    const int small =
        a.addPart({"small", boxMesh({0, 0, 0}, {0.5, 0.5, 0.5}), {0.2f, 0.4f, 0.9f, 1}, true});
    scene.tall = a.addNode(0, "tall", core::Transform::translation(offset), tall);
    scene.wide =
        a.addNode(0, "wide", core::Transform::translation(offset + core::Vec3{2, 0, 0}), wide);
    scene.group = a.addNode(0, "group", core::Transform::translation(offset + core::Vec3{6, 0, 0}));
    scene.small = a.addNode(scene.group, "small", {}, small);
    return scene;
}

std::shared_ptr<core::Assembly> instancedRow(int count, std::vector<int>* nodes) {
    auto assembly = std::make_shared<core::Assembly>();
    const int part =
        assembly->addPart({"cube", boxMesh({0, 0, 0}, {1, 1, 1}), {0.7f, 0.7f, 0.75f, 1}, true});
    for (int i = 0; i < count; ++i) {
        const int node = assembly->addNode(0, "cube" + std::to_string(i),
                                           core::Transform::translation({2.0 * i, 0, 0}), part);
        if (nodes) nodes->push_back(node);
    }
    return assembly;
}

} // namespace wb::render::test
