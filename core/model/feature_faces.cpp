#include "feature_faces.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <numbers>

namespace wb::core {

namespace {

constexpr std::uint32_t kNone = 0xffffffffu;
/// A triangle whose doubled area is below this fraction of its longest edge squared (the sine
/// of its largest angle, about) has no normal worth comparing.
constexpr double kDegenerate = 1e-12;

std::uint32_t floatBits(float f) {
    f += 0.0f; // -0 and +0 are one position
    std::uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

/// Per vertex, a number shared by every vertex at the same position (0 .. count-1), with an
/// open-addressing table in linear time. The table holds the numbers and grows with them (at
/// most half full), `keys` the position of each number: both far smaller than the vertex array
/// of an STL file, where every position comes about six times, which keeps the random probes
/// in the caches. The slot of a vertex a little ahead is prefetched.
std::vector<std::uint32_t> weldByPosition(const Mesh& mesh, std::uint32_t& count) {
    struct Key {
        std::uint32_t x, y, z;
        bool operator==(const Key&) const = default;
    };
    const std::size_t n = mesh.vertexCount();
    std::size_t slots = 1024;
    std::vector<std::uint32_t> table(slots, kNone);
    std::vector<Key> keys;
    std::vector<std::uint32_t> ids(n);
    const float* p = mesh.positions.data();
    auto keyOf = [p](std::size_t v) {
        return Key{floatBits(p[3 * v]), floatBits(p[3 * v + 1]), floatBits(p[3 * v + 2])};
    };
    auto hashOf = [](const Key& k) {
        std::uint64_t h =
            ((std::uint64_t(k.x) * 0x9e3779b97f4a7c15ull + k.y) * 0x9e3779b97f4a7c15ull + k.z) *
            0xd6e8feb86659fd93ull;
        return std::size_t(h ^ (h >> 32));
    };
    auto grow = [&] {
        slots *= 2;
        table.assign(slots, kNone);
        for (std::size_t id = 0; id < keys.size(); ++id) {
            std::size_t slot = hashOf(keys[id]) & (slots - 1);
            while (table[slot] != kNone)
                slot = (slot + 1) & (slots - 1);
            table[slot] = std::uint32_t(id);
        }
    };
    constexpr std::size_t kAhead = 16;
    for (std::size_t v = 0; v < n; ++v) {
#if defined(__GNUC__) || defined(__clang__)
        if (v + kAhead < n) __builtin_prefetch(&table[hashOf(keyOf(v + kAhead)) & (slots - 1)]);
#endif
        const Key key = keyOf(v);
        std::size_t slot = hashOf(key) & (slots - 1);
        while (table[slot] != kNone && keys[table[slot]] != key)
            slot = (slot + 1) & (slots - 1);
        if (table[slot] != kNone) {
            ids[v] = table[slot];
            continue;
        }
        ids[v] = table[slot] = std::uint32_t(keys.size());
        keys.push_back(key);
        if (2 * keys.size() > slots) grow();
    }
    count = std::uint32_t(keys.size());
    return ids;
}

/// Triangles around each welded vertex, in ascending order (compressed rows).
struct VertexTriangles {
    std::vector<std::uint32_t> offsets, triangles;
    const std::uint32_t* begin(std::uint32_t v) const { return &triangles[offsets[v]]; }
    const std::uint32_t* end(std::uint32_t v) const { return &triangles[offsets[v + 1]]; }
};

VertexTriangles vertexTriangles(const std::uint32_t* corners, std::size_t cornerCount,
                                std::uint32_t vertexCount) {
    VertexTriangles vt;
    vt.offsets.assign(std::size_t(vertexCount) + 1, 0);
    for (std::size_t c = 0; c < cornerCount; ++c)
        ++vt.offsets[corners[c]];
    for (std::size_t v = 1; v <= vertexCount; ++v)
        vt.offsets[v] += vt.offsets[v - 1]; // the end of each row
    vt.triangles.resize(cornerCount);
    for (std::size_t c = cornerCount; c-- > 0;) // backwards: rows end up ascending
        vt.triangles[--vt.offsets[corners[c]]] = std::uint32_t(c / 3);
    return vt;
}

/// Union-find over triangles whose root is always the lowest triangle of its set.
struct LowestRoot {
    std::int32_t* parent;
    std::int32_t find(std::int32_t t) const {
        while (parent[t] != t) {
            parent[t] = parent[parent[t]];
            t = parent[t];
        }
        return t;
    }
    void join(std::int32_t a, std::int32_t b) const {
        a = find(a);
        b = find(b);
        if (a < b)
            parent[b] = a;
        else if (b < a)
            parent[a] = b;
    }
};

/// How `u` runs along the edge a -> b: +1 the other way (a consistent winding), -1 the same
/// way, 0 not at all.
int edgeDirection(const std::uint32_t* u, std::uint32_t a, std::uint32_t b) {
    for (int i = 0; i < 3; ++i)
        if (u[i] == a) {
            if (u[(i + 1) % 3] == b) return -1;
            if (u[(i + 2) % 3] == b) return +1;
        }
    return 0;
}

/// Unit facet normals, three floats per triangle; all zero for a degenerate triangle (no
/// area, two corners at one position, or a corner that is no vertex).
std::unique_ptr<float[]> facetNormals(const Mesh& mesh, const std::uint32_t* corners) {
    const std::size_t triangles = mesh.triangleCount();
    auto normals = std::make_unique_for_overwrite<float[]>(3 * triangles);
    const std::size_t vertices = mesh.vertexCount();
    for (std::size_t t = 0; t < triangles; ++t) {
        float* out = &normals[3 * t];
        out[0] = out[1] = out[2] = 0.0f;
        const std::uint32_t* c = &corners[3 * t];
        const std::uint32_t* i = &mesh.indices[3 * t];
        if (c[0] == c[1] || c[1] == c[2] || c[0] == c[2] || i[0] >= vertices || i[1] >= vertices ||
            i[2] >= vertices)
            continue;
        const Vec3 p0 = mesh.vertex(i[0]), p1 = mesh.vertex(i[1]), p2 = mesh.vertex(i[2]);
        const Vec3 e0 = p1 - p0, e1 = p2 - p1, e2 = p0 - p2;
        const Vec3 n = e0.cross(p2 - p0);
        const double length = n.length();
        if (!(length > kDegenerate * std::max({e0.dot(e0), e1.dot(e1), e2.dot(e2)}))) continue;
        for (int k = 0; k < 3; ++k)
            out[k] = float(n[k] / length);
    }
    return normals;
}

} // namespace

std::vector<std::int32_t> featureFaces(const Mesh& mesh, int& faceCount, double angleDegrees) {
    const std::size_t triangles = mesh.triangleCount();
    std::vector<std::int32_t> faceIds(triangles); // the union-find's parents first
    faceCount = 0;
    if (triangles == 0) return faceIds;

    std::uint32_t vertexCount = 0;
    const std::vector<std::uint32_t> weld = weldByPosition(mesh, vertexCount);
    // Per corner, the welded vertex. Where no two vertices share a position (a mesh welded
    // already, like werkbank-solve's STL reader makes) that is the vertex itself.
    const std::size_t cornerCount = 3 * triangles;
    const bool welded =
        vertexCount == weld.size() && std::all_of(mesh.indices.begin(), mesh.indices.end(),
                                                  [&](std::uint32_t i) { return i < vertexCount; });
    std::unique_ptr<std::uint32_t[]> owned;
    if (!welded) {
        owned = std::make_unique_for_overwrite<std::uint32_t[]>(cornerCount);
        for (std::size_t c = 0; c < cornerCount; ++c)
            owned[c] = mesh.indices[c] < weld.size() ? weld[mesh.indices[c]] : 0;
    }
    const std::uint32_t* corners = welded ? mesh.indices.data() : owned.get();
    const std::unique_ptr<float[]> normals = facetNormals(mesh, corners);
    const float* n = normals.get();
    auto degenerate = [n](std::size_t t) {
        return n[3 * t] == 0.0f && n[3 * t + 1] == 0.0f && n[3 * t + 2] == 0.0f;
    };
    const VertexTriangles around = vertexTriangles(corners, cornerCount, vertexCount);

    const LowestRoot sets{faceIds.data()};
    for (std::size_t t = 0; t < triangles; ++t)
        faceIds[t] = std::int32_t(t);
    const double minCos = std::cos(angleDegrees * std::numbers::pi / 180.0);
    // Each pair is looked at from its lower triangle; the test is symmetric.
    for (std::size_t t = 0; t < triangles; ++t) {
        if (degenerate(t)) continue;
        const std::uint32_t* c = &corners[3 * t];
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = c[k], b = c[(k + 1) % 3];
            for (const std::uint32_t* u = around.begin(a); u != around.end(a); ++u) {
                if (*u <= t) continue;
                const int direction = edgeDirection(&corners[3 * std::size_t(*u)], a, b);
                if (direction == 0 || degenerate(*u)) continue;
                const double dot = double(n[3 * t]) * n[3 * *u] +
                                   double(n[3 * t + 1]) * n[3 * *u + 1] +
                                   double(n[3 * t + 2]) * n[3 * *u + 2];
                if (direction * dot > minCos) sets.join(std::int32_t(*u), std::int32_t(t));
            }
        }
    }
    for (std::size_t t = 0; t < triangles; ++t) {
        if (!degenerate(t)) continue;
        std::uint32_t best = kNone;
        const std::uint32_t* c = &corners[3 * t];
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = c[k], b = c[(k + 1) % 3];
            if (a == b) continue;
            for (const std::uint32_t* u = around.begin(a); u != around.end(a); ++u)
                if (*u != t && *u < best && !degenerate(*u) &&
                    edgeDirection(&corners[3 * std::size_t(*u)], a, b) != 0)
                    best = *u;
        }
        if (best != kNone) sets.join(std::int32_t(t), std::int32_t(best));
    }
    // Every triangle straight to its root, the lowest of its set; then, in ascending order, a
    // root opens the next face and any other triangle takes its root's (already numbered).
    for (std::size_t t = 0; t < triangles; ++t)
        faceIds[t] = sets.find(std::int32_t(t));
    for (std::size_t t = 0; t < triangles; ++t)
        faceIds[t] = faceIds[t] == std::int32_t(t) ? faceCount++ : faceIds[faceIds[t]];
    return faceIds;
}

bool hasFaceStructure(const Mesh& mesh) {
    return mesh.faceCount > 1 && mesh.faceIds.size() == mesh.triangleCount();
}

void assignFeatureFaces(Mesh& mesh, double angleDegrees) {
    if (hasFaceStructure(mesh)) return;
    int count = 0;
    mesh.faceIds = featureFaces(mesh, count, angleDegrees);
    mesh.faceCount = count;
}

} // namespace wb::core
