#include "mesh.h"

#include <cmath>

namespace wb::core {

BBox Mesh::bbox() const {
    BBox box;
    for (std::size_t i = 0; i < vertexCount(); ++i)
        box.add(vertex(i));
    return box;
}

void Mesh::computeNormals() {
    normals.assign(positions.size(), 0.0f);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const Vec3 a = vertex(indices[t]), b = vertex(indices[t + 1]), c = vertex(indices[t + 2]);
        const Vec3 n = (b - a).cross(c - a); // length = 2 * area: area weighting
        for (int k = 0; k < 3; ++k) {
            const std::size_t v = indices[t + k];
            normals[3 * v] += static_cast<float>(n.x);
            normals[3 * v + 1] += static_cast<float>(n.y);
            normals[3 * v + 2] += static_cast<float>(n.z);
        }
    }
    for (std::size_t v = 0; v < vertexCount(); ++v) {
        float* n = &normals[3 * v];
        const float len = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (len > 0) {
            n[0] /= len;
            n[1] /= len;
            n[2] /= len;
        } else {
            n[2] = 1.0f;
        }
    }
}

bool Mesh::allFinite() const {
    for (float v : positions)
        if (!std::isfinite(v)) return false;
    return true;
}

} // namespace wb::core
