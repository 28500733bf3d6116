#include "mesh_lod.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace wb::render {

namespace {

std::vector<std::uint32_t> clusterAt(const core::Mesh& mesh, const core::BBox& box, int cells) {
    const core::Vec3 size = box.size();
    const double cell = std::max({size.x, size.y, size.z}) / cells;
    const std::size_t n = mesh.vertexCount();
    std::vector<std::uint32_t> representative(n);
    std::unordered_map<std::uint64_t, std::uint32_t> firstInCell;
    firstInCell.reserve(std::min<std::size_t>(n, std::size_t(cells) * cells * 8));
    for (std::size_t v = 0; v < n; ++v) {
        const core::Vec3 p = mesh.vertex(v) - box.min;
        const auto ix = std::uint64_t(std::clamp(p.x / cell, 0.0, double(cells)));
        const auto iy = std::uint64_t(std::clamp(p.y / cell, 0.0, double(cells)));
        const auto iz = std::uint64_t(std::clamp(p.z / cell, 0.0, double(cells)));
        const std::uint64_t key = (ix << 42) | (iy << 21) | iz;
        representative[v] = firstInCell.try_emplace(key, std::uint32_t(v)).first->second;
    }
    std::vector<std::uint32_t> out;
    out.reserve(mesh.indices.size() / 4);
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t a = representative[mesh.indices[t]];
        const std::uint32_t b = representative[mesh.indices[t + 1]];
        const std::uint32_t c = representative[mesh.indices[t + 2]];
        if (a == b || b == c || a == c) continue;
        out.insert(out.end(), {a, b, c});
    }
    return out;
}

} // namespace

std::vector<std::uint32_t> clusteredIndices(const core::Mesh& mesh, std::size_t targetTriangles) {
    if (mesh.triangleCount() <= targetTriangles || targetTriangles == 0 || !mesh.allFinite())
        return mesh.indices;
    const core::BBox box = mesh.bbox();
    if (box.isEmpty() || box.diagonal() <= 0) return mesh.indices;
    // A surface of about `cells`^2 occupied cells keeps about 2 triangles per cell; refine the
    // guess once from what the first pass gives.
    int cells = std::clamp(int(std::sqrt(double(targetTriangles) / 2.0)), 4, 1 << 20);
    std::vector<std::uint32_t> out = clusterAt(mesh, box, cells);
    for (int pass = 0; pass < 3 && out.size() / 3 > targetTriangles * 3 / 2; ++pass) {
        const double ratio = std::sqrt(double(targetTriangles) / double(out.size() / 3));
        cells = std::max(4, int(cells * ratio));
        out = clusterAt(mesh, box, cells);
    }
    return out.size() < mesh.indices.size() ? out : mesh.indices;
}

} // namespace wb::render
