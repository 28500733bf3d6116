#pragma once
/// Small assemblies built in code for the renderer tests.

#include "core/model/assembly.h"

#include <memory>

namespace wb::render::test {

/// Face ids of boxMesh(): one B-rep face per side.
enum BoxFace { kMinusX = 0, kPlusX, kMinusY, kPlusY, kMinusZ, kPlusZ };

/// Axis-aligned box with split vertices per side, outward normals and faceIds = BoxFace.
std::shared_ptr<core::Mesh> boxMesh(const core::Vec3& min, const core::Vec3& max);

/// Nodes of threeBoxes().
struct ThreeBoxes {
    std::shared_ptr<core::Assembly> assembly;
    int tall = -1;  ///< red 1x1x3 column at x in [0, 1]
    int wide = -1;  ///< green 3x1x1 slab at x in [2, 5]
    int small = -1; ///< blue cube at x in [6, 6.5], inside sub-assembly `group`
    int group = -1;
};
/// An asymmetric, L-like scene of three parts, offset from the origin.
ThreeBoxes threeBoxes();

/// One cube part instanced `count` times along +X (spacing 2), nodes returned in order.
std::shared_ptr<core::Assembly> instancedRow(int count, std::vector<int>* nodes = nullptr);

} // namespace wb::render::test
