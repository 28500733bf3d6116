#include "assimp_scene.h"

#include "core/model/feature_faces.h"

#include <assimp/material.h>
#include <assimp/metadata.h>
#include <assimp/scene.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <vector>

namespace wb::core::io {

namespace {

Transform toTransform(const aiMatrix4x4& a) {
    Transform t;
    const ai_real rows[4][4] = {{a.a1, a.a2, a.a3, a.a4},
                                {a.b1, a.b2, a.b3, a.b4},
                                {a.c1, a.c2, a.c3, a.c4},
                                {a.d1, a.d2, a.d3, a.d4}};
    for (int row = 0; row < 4; ++row)
        for (int col = 0; col < 4; ++col)
            t.m[col * 4 + row] = rows[row][col];
    return t;
}

std::optional<Color> materialColour(const aiMaterial& material) {
    aiString name;
    if (material.Get(AI_MATKEY_NAME, name) == AI_SUCCESS &&
        std::string(name.C_Str()) == AI_DEFAULT_MATERIAL_NAME)
        return std::nullopt;
    aiColor4D colour;
    if (material.Get(AI_MATKEY_BASE_COLOR, colour) != AI_SUCCESS &&
        material.Get(AI_MATKEY_COLOR_DIFFUSE, colour) != AI_SUCCESS)
        return std::nullopt;
    float opacity = 1.0f;
    if (material.Get(AI_MATKEY_OPACITY, opacity) != AI_SUCCESS) opacity = colour.a;
    return Color{colour.r, colour.g, colour.b, std::min(colour.a, opacity)};
}

/// Merges vertices whose position and normal (when there are normals) are bit for bit equal,
/// as Assimp's JoinIdenticalVertices would for the attributes kept here, in linear time with an
/// open-addressing table: Assimp's own pass takes seconds and a GiB on a million-triangle STL.
/// A probe compares with the kept vertex in Assimp's own arrays (most vertices of an STL are
/// kept: a copy of every key would be written for nothing). Returns, per input vertex, its
/// index among the kept ones; `kept` lists the kept inputs.
std::vector<std::uint32_t> weldVertices(const aiMesh& in, std::vector<std::uint32_t>& kept) {
    const bool normals = in.HasNormals();
    const unsigned n = in.mNumVertices;
    auto key = [&](unsigned v, std::array<std::uint32_t, 6>& k) {
        const aiVector3D& p = in.mVertices[v];
        const aiVector3D q = normals ? in.mNormals[v] : aiVector3D();
        const float f[6] = {p.x + 0.0f, p.y + 0.0f, p.z + 0.0f, q.x + 0.0f, q.y + 0.0f, q.z + 0.0f};
        std::memcpy(k.data(), f, sizeof f); // + 0.0f: -0 and +0 weld
    };
    std::size_t slots = 16;
    while (slots < std::size_t(n) * 2)
        slots *= 2;
    constexpr std::uint32_t kEmpty = 0xffffffffu;
    std::vector<std::uint32_t> table(slots, kEmpty); // holds kept-vertex numbers
    std::vector<std::uint32_t> remap(n);
    kept.clear();
    kept.reserve(n);
    std::array<std::uint32_t, 6> k{}, o{};
    for (unsigned v = 0; v < n; ++v) {
        key(v, k);
        std::uint64_t h = 0;
        for (std::uint32_t word : k)
            h = (h + word) * 0x9e3779b97f4a7c15ull;
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ull;
        h ^= h >> 32;
        std::size_t slot = h & (slots - 1);
        while (table[slot] != kEmpty) {
            key(kept[table[slot]], o);
            if (o == k) break;
            slot = (slot + 1) & (slots - 1);
        }
        if (table[slot] == kEmpty) {
            table[slot] = std::uint32_t(kept.size());
            kept.push_back(v);
        }
        remap[v] = table[slot];
    }
    return remap;
}

std::shared_ptr<Mesh> convertMesh(const aiMesh& in) {
    auto mesh = std::make_shared<Mesh>();
    std::vector<std::uint32_t> kept;
    const std::vector<std::uint32_t> remap = weldVertices(in, kept);
    mesh->positions.reserve(kept.size() * 3);
    for (std::uint32_t v : kept) {
        const aiVector3D& p = in.mVertices[v];
        mesh->positions.insert(mesh->positions.end(), {p.x, p.y, p.z});
    }
    mesh->indices.reserve(std::size_t{in.mNumFaces} * 3);
    for (unsigned f = 0; f < in.mNumFaces; ++f) {
        const aiFace& face = in.mFaces[f];
        if (face.mNumIndices != 3) continue; // points and lines are not surfaces
        bool valid = true;
        for (unsigned k = 0; k < 3; ++k)
            valid = valid && face.mIndices[k] < in.mNumVertices;
        if (!valid) continue;
        mesh->indices.insert(mesh->indices.end(), {remap[face.mIndices[0]], remap[face.mIndices[1]],
                                                   remap[face.mIndices[2]]});
    }
    // Mesh formats carry no B-rep faces: split by feature angle, as werkbank-solve does.
    assignFeatureFaces(*mesh);
    if (in.HasNormals()) {
        mesh->normals.reserve(mesh->positions.size());
        for (std::uint32_t v : kept) {
            const aiVector3D& n = in.mNormals[v];
            mesh->normals.insert(mesh->normals.end(), {n.x, n.y, n.z});
        }
    } else {
        mesh->computeNormals();
    }
    return mesh;
}

std::string nameOr(const aiString& name, const std::string& fallback) {
    return name.length > 0 ? std::string(name.C_Str()) : fallback;
}

} // namespace

std::shared_ptr<Assembly> assemblyFromScene(const aiScene& scene, const std::string& rootName) {
    auto assembly = std::make_shared<Assembly>();
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
        const aiMesh& in = *scene.mMeshes[m];
        Part part{nameOr(in.mName, "Mesh " + std::to_string(m + 1)), convertMesh(in), {}, false};
        if (in.mMaterialIndex < scene.mNumMaterials)
            if (auto colour = materialColour(*scene.mMaterials[in.mMaterialIndex])) {
                part.color = *colour;
                part.hasColor = true;
            }
        assembly->addPart(std::move(part));
    }
    std::function<void(const aiNode&, int, int)> walk = [&](const aiNode& in, int parent,
                                                            int depth) {
        const std::string fallback = depth == 0 ? rootName : "Node";
        std::string name = nameOr(in.mName, fallback);
        if (depth == 0 && (name.empty() || name.front() == '<')) name = rootName;
        const int node = assembly->addNode(parent, name, toTransform(in.mTransformation));
        const bool single = in.mNumMeshes == 1 && in.mNumChildren == 0;
        for (unsigned i = 0; i < in.mNumMeshes; ++i) {
            const unsigned m = in.mMeshes[i];
            if (m >= scene.mNumMeshes) continue;
            if (single)
                assembly->nodes()[node].part = static_cast<int>(m);
            else
                assembly->addNode(node, assembly->parts()[m].name, {}, static_cast<int>(m));
        }
        for (unsigned c = 0; c < in.mNumChildren; ++c)
            if (in.mChildren[c]) walk(*in.mChildren[c], node, depth + 1);
    };
    if (scene.mRootNode) walk(*scene.mRootNode, 0, 0);
    return assembly;
}

double sceneMetresPerUnit(const aiScene& scene) {
    if (!scene.mMetaData) return 0.0;
    double factor = 0;
    if (scene.mMetaData->Get("UnitScaleFactor", factor) && factor > 0) return factor * 0.01;
    float factorF = 0;
    if (scene.mMetaData->Get("UnitScaleFactor", factorF) && factorF > 0) return factorF * 0.01;
    return 0.0;
}

} // namespace wb::core::io
