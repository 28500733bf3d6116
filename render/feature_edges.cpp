#include "feature_edges.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace wb::render {
namespace {

struct PositionKey {
    std::array<std::int64_t, 3> cell;
    bool operator==(const PositionKey&) const = default;
};

struct PositionHash {
    std::size_t operator()(const PositionKey& k) const {
        std::uint64_t h = 1469598103934665603ull;
        for (std::int64_t c : k.cell)
            h = (h ^ static_cast<std::uint64_t>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

/// Maps each vertex to the first vertex at the same position, snapped to a grid of a
/// millionth of the mesh size so that seams with rounding differences still join.
std::vector<std::uint32_t> weldByPosition(const core::Mesh& mesh) {
    const std::size_t n = mesh.vertexCount();
    const core::BBox box = mesh.bbox();
    const double cell = std::max(box.diagonal() * 1e-6, 1e-30);
    std::vector<std::uint32_t> welded(n);
    std::unordered_map<PositionKey, std::uint32_t, PositionHash> first;
    first.reserve(n);
    for (std::size_t v = 0; v < n; ++v) {
        PositionKey key;
        for (int c = 0; c < 3; ++c)
            key.cell[c] = std::llround((mesh.positions[3 * v + c] - box.min[c]) / cell);
        welded[v] = first.try_emplace(key, static_cast<std::uint32_t>(v)).first->second;
    }
    return welded;
}

std::array<float, 3> triangleNormal(const core::Mesh& mesh, std::size_t t) {
    const float* p[3];
    for (int k = 0; k < 3; ++k)
        p[k] = &mesh.positions[3 * static_cast<std::size_t>(mesh.indices[3 * t + k])];
    const float e1[3] = {p[1][0] - p[0][0], p[1][1] - p[0][1], p[1][2] - p[0][2]};
    const float e2[3] = {p[2][0] - p[0][0], p[2][1] - p[0][1], p[2][2] - p[0][2]};
    std::array<float, 3> n{e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2],
                           e1[0] * e2[1] - e1[1] * e2[0]};
    const float len = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    if (len > 0)
        for (float& c : n)
            c /= len;
    return n;
}

struct EdgeRef {
    std::uint64_t key;    // welded (low, high) vertex pair
    std::uint32_t corner; // triangle * 3 + edge index
};

} // namespace

MeshEdges meshEdges(const core::Mesh& mesh, float creaseDegrees) {
    MeshEdges result;
    std::vector<std::uint32_t>& lines = result.feature;
    const std::size_t triangles = mesh.triangleCount();
    if (triangles == 0) return result;
    const std::vector<std::uint32_t> welded = weldByPosition(mesh);

    std::vector<EdgeRef> refs;
    refs.reserve(triangles * 3);
    for (std::size_t t = 0; t < triangles; ++t)
        for (int e = 0; e < 3; ++e) {
            std::uint32_t a = welded[mesh.indices[3 * t + e]];
            std::uint32_t b = welded[mesh.indices[3 * t + (e + 1) % 3]];
            if (a == b) continue;
            if (a > b) std::swap(a, b);
            refs.push_back(
                {(static_cast<std::uint64_t>(a) << 32) | b, static_cast<std::uint32_t>(3 * t + e)});
        }
    std::sort(refs.begin(), refs.end(),
              [](const EdgeRef& x, const EdgeRef& y) { return x.key < y.key; });

    const float cosCrease = std::cos(creaseDegrees * std::numbers::pi_v<float> / 180.0f);
    const bool hasFaces = mesh.faceIds.size() == triangles;
    auto push = [&](std::vector<std::uint32_t>& out, std::uint32_t corner) {
        const std::size_t t = corner / 3, e = corner % 3;
        out.push_back(mesh.indices[3 * t + e]);
        out.push_back(mesh.indices[3 * t + (e + 1) % 3]);
    };
    auto emit = [&](std::uint32_t corner) { push(lines, corner); };
    for (std::size_t i = 0; i < refs.size();) {
        std::size_t j = i + 1;
        while (j < refs.size() && refs[j].key == refs[i].key)
            ++j;
        push(result.all, refs[i].corner);
        if (j - i != 2) {
            emit(refs[i].corner); // boundary or non-manifold
        } else {
            const std::size_t t0 = refs[i].corner / 3, t1 = refs[i + 1].corner / 3;
            bool feature = hasFaces && mesh.faceIds[t0] != mesh.faceIds[t1];
            if (!feature) {
                const auto n0 = triangleNormal(mesh, t0), n1 = triangleNormal(mesh, t1);
                const float dot = n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2];
                const bool degenerate = (n0[0] == 0 && n0[1] == 0 && n0[2] == 0) ||
                                        (n1[0] == 0 && n1[1] == 0 && n1[2] == 0);
                feature = !degenerate && dot < cosCrease;
            }
            if (feature) emit(refs[i].corner);
        }
        i = j;
    }
    return result;
}

std::vector<std::uint32_t> featureEdges(const core::Mesh& mesh, float creaseDegrees) {
    return meshEdges(mesh, creaseDegrees).feature;
}

} // namespace wb::render
