#include "stl_reader.h"

#include "core/model/feature_faces.h"

#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

namespace {

constexpr std::size_t kMaxFileBytes = std::size_t(4) << 30;

/// Builds the indexed mesh, merging corners at the same position with an open-addressing
/// table (at most half full, grown as vertices come): no allocation per vertex.
class MeshBuilder {
public:
    void reserve(std::size_t triangles) {
        m_mesh.indices.reserve(3 * triangles);
        m_mesh.faceIds.reserve(triangles);
    }
    void add(const float* v, int group) {
        for (int i = 0; i < 3; ++i)
            m_mesh.indices.push_back(vertex(v + 3 * i));
        m_mesh.faceIds.push_back(group);
        m_mesh.faceCount = std::max(m_mesh.faceCount, group + 1);
    }
    core::Mesh take() {
        m_mesh.computeNormals();
        return std::move(m_mesh);
    }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    using Key = std::array<std::uint32_t, 3>;

    static Key keyOf(const float* p) {
        Key k;
        for (int i = 0; i < 3; ++i) {
            const float f = p[i] + 0.0f; // -0 and +0 are one position
            std::memcpy(&k[std::size_t(i)], &f, 4);
        }
        return k;
    }
    static std::size_t hashOf(const Key& k) {
        const std::uint64_t h =
            ((std::uint64_t(k[0]) * 0x9e3779b97f4a7c15ull + k[1]) * 0x9e3779b97f4a7c15ull + k[2]) *
            0xd6e8feb86659fd93ull;
        return std::size_t(h ^ (h >> 32));
    }
    std::size_t slotOf(const Key& key) const {
        const std::size_t mask = m_table.size() - 1;
        std::size_t slot = hashOf(key) & mask;
        while (m_table[slot] != kEmpty && keyOf(&m_mesh.positions[3 * m_table[slot]]) != key)
            slot = (slot + 1) & mask;
        return slot;
    }
    std::uint32_t vertex(const float* p) {
        const Key key = keyOf(p);
        const std::size_t slot = slotOf(key);
        if (m_table[slot] != kEmpty) return m_table[slot];
        const auto id = std::uint32_t(m_mesh.vertexCount());
        m_table[slot] = id;
        m_mesh.positions.insert(m_mesh.positions.end(), p, p + 3);
        if (2 * m_mesh.vertexCount() > m_table.size()) {
            m_table.assign(2 * m_table.size(), kEmpty);
            for (std::uint32_t v = 0; v < m_mesh.vertexCount(); ++v)
                m_table[slotOf(keyOf(&m_mesh.positions[3 * v]))] = v;
        }
        return id;
    }

    core::Mesh m_mesh;
    std::vector<std::uint32_t> m_table = std::vector<std::uint32_t>(1024, kEmpty);
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
    builder.reserve(count);
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
