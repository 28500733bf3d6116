#include "stl_reader.h"

#include "core/model/feature_faces.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

namespace {

constexpr std::size_t kMaxFileBytes = std::size_t(4) << 30;

struct VertexKey {
    float x, y, z;
    bool operator==(const VertexKey& o) const { return x == o.x && y == o.y && z == o.z; }
};
struct VertexHash {
    std::size_t operator()(const VertexKey& k) const {
        std::uint32_t a, b, c;
        std::memcpy(&a, &k.x, 4);
        std::memcpy(&b, &k.y, 4);
        std::memcpy(&c, &k.z, 4);
        return (std::size_t(a) * 73856093u) ^ (std::size_t(b) * 19349663u) ^
               (std::size_t(c) * 83492791u);
    }
};

class MeshBuilder {
public:
    void add(const float* v, int group) {
        for (int i = 0; i < 3; ++i) {
            VertexKey key{v[3 * i], v[3 * i + 1], v[3 * i + 2]};
            auto [it, inserted] = m_map.try_emplace(key, static_cast<std::uint32_t>(m_map.size()));
            if (inserted) m_mesh.positions.insert(m_mesh.positions.end(), v + 3 * i, v + 3 * i + 3);
            m_mesh.indices.push_back(it->second);
        }
        m_mesh.faceIds.push_back(group);
        m_mesh.faceCount = std::max(m_mesh.faceCount, group + 1);
    }
    core::Mesh take() {
        m_mesh.computeNormals();
        return std::move(m_mesh);
    }

private:
    core::Mesh m_mesh;
    std::unordered_map<VertexKey, std::uint32_t, VertexHash> m_map;
};

bool looksBinary(const std::string& data) {
    if (data.size() < 84) return false;
    std::uint32_t count = 0;
    std::memcpy(&count, data.data() + 80, 4);
    return 84 + std::uint64_t(count) * 50 == data.size();
}

core::Result<core::Mesh> parseAscii(const std::string& data, const std::string& ctx) {
    std::istringstream in(data);
    std::string word;
    MeshBuilder builder;
    float tri[9];
    int corner = 0, group = -1;
    while (in >> word) {
        if (word == "solid") {
            ++group;
            std::string rest;
            std::getline(in, rest);
        } else if (word == "vertex") {
            if (corner >= 3)
                return fail(ErrorCode::InvalidFile, "io.stl_bad",
                            "facet with more than three vertices", ctx);
            if (!(in >> tri[3 * corner] >> tri[3 * corner + 1] >> tri[3 * corner + 2]))
                return fail(ErrorCode::InvalidFile, "io.stl_bad", "bad vertex", ctx);
            ++corner;
        } else if (word == "endfacet") {
            if (corner != 3)
                return fail(ErrorCode::InvalidFile, "io.stl_bad", "facet without three vertices",
                            ctx);
            builder.add(tri, std::max(group, 0));
            corner = 0;
        }
    }
    return builder.take();
}

core::Mesh parseBinary(const std::string& data) {
    std::uint32_t count = 0;
    std::memcpy(&count, data.data() + 80, 4);
    MeshBuilder builder;
    float tri[9];
    for (std::uint32_t t = 0; t < count; ++t) {
        std::memcpy(tri, data.data() + 84 + std::size_t(t) * 50 + 12, 36);
        builder.add(tri, 0);
    }
    return builder.take();
}

} // namespace

core::Result<std::shared_ptr<const core::Assembly>> readStl(const std::filesystem::path& file,
                                                            double metresPerUnit) {
    const std::string ctx = file.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return fail(ErrorCode::NotFound, "io.not_found", "cannot open geometry file", ctx, {ctx});
    if (size > kMaxFileBytes)
        return fail(ErrorCode::ResourceExhausted, "io.too_large", "file too large", ctx);
    std::ifstream in(file, std::ios::binary);
    std::string data(size, '\0');
    if (!in.read(data.data(), static_cast<std::streamsize>(size)))
        return fail(ErrorCode::InvalidFile, "io.read_error", "cannot read geometry file", ctx);
    core::Mesh mesh;
    if (looksBinary(data)) {
        mesh = parseBinary(data);
    } else if (data.rfind("solid", 0) == 0) {
        auto m = parseAscii(data, ctx);
        if (!m) return std::unexpected(m.error());
        mesh = std::move(*m);
    } else {
        return fail(ErrorCode::InvalidFile, "io.stl_bad", "not an STL file", ctx);
    }
    if (mesh.triangleCount() == 0)
        return fail(ErrorCode::InvalidFile, "io.empty_file", "the STL file has no triangles", ctx);
    if (!mesh.allFinite())
        return fail(ErrorCode::InvalidFile, "io.stl_bad", "non-finite coordinates", ctx);
    // One solid: faces by feature angle, numbered as the importers number them.
    core::assignFeatureFaces(mesh);
    auto assembly = std::make_shared<core::Assembly>();
    assembly->setFormat("STL");
    assembly->setMetresPerUnit(metresPerUnit);
    const std::string name = file.stem().string();
    const int part =
        assembly->addPart({name, std::make_shared<const core::Mesh>(std::move(mesh)), {}, false});
    assembly->addNode(0, name, {}, part);
    return std::shared_ptr<const core::Assembly>(std::move(assembly));
}

core::Result<bool> writeStl(const std::filesystem::path& file, const core::Mesh& mesh) {
    std::ofstream out(file, std::ios::binary);
    if (!out)
        return fail(ErrorCode::InvalidArgument, "io.write_error", "cannot write file",
                    file.string());
    char header[80] = {};
    out.write(header, 80);
    const auto count = static_cast<std::uint32_t>(mesh.triangleCount());
    out.write(reinterpret_cast<const char*>(&count), 4);
    for (std::uint32_t t = 0; t < count; ++t) {
        float rec[12] = {};
        for (int c = 0; c < 3; ++c)
            for (int k = 0; k < 3; ++k)
                rec[3 + 3 * c + k] = mesh.positions[3 * mesh.indices[3 * t + c] + k];
        // The facet normal, as other programs expect (zero for a degenerate facet).
        const float u[3] = {rec[6] - rec[3], rec[7] - rec[4], rec[8] - rec[5]};
        const float v[3] = {rec[9] - rec[3], rec[10] - rec[4], rec[11] - rec[5]};
        const float n[3] = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2],
                            u[0] * v[1] - u[1] * v[0]};
        const float length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        for (int k = 0; k < 3 && length > 0; ++k)
            rec[k] = n[k] / length;
        out.write(reinterpret_cast<const char*>(rec), 48);
        const std::uint16_t attr = 0;
        out.write(reinterpret_cast<const char*>(&attr), 2);
    }
    return static_cast<bool>(out);
}

} // namespace wb::sim
