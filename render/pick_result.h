#pragma once
/// What lies under a pixel of the viewport.

#include <QVector3D>

namespace wb::render {

/// `node`: the assembly node of the picked instance; `part`: its part; `face`: the B-rep face
/// (Mesh::faceIds) of the triangle hit, -1 if unknown; `point`: the hit in assembly coordinates.
struct PickResult {
    int node = -1;
    int part = -1;
    int face = -1;
    QVector3D point;
    bool hit() const { return node >= 0; }
};

} // namespace wb::render
