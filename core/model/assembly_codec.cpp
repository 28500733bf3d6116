#include "assembly_codec.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <unordered_map>

namespace wb::core {
namespace {

// The last character counts the format's versions (2: face colours).
constexpr char kMagic[8] = {'W', 'B', 'I', 'M', 'P', 'R', 'T', '2'};
enum Kind : std::uint8_t { kAssembly = 1, kError = 2 };
constexpr const char* kBadReply = "io.bad_import_reply";

class Writer {
public:
    explicit Writer(std::string& out) : m_out(out) {}
    template <typename T> void value(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void text(std::string_view s) {
        value(std::uint64_t(s.size()));
        m_out.append(s);
    }
    template <typename T> void array(const std::vector<T>& v) {
        value(std::uint64_t(v.size()));
        m_out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void color(const Color& c) {
        value(c.r), value(c.g), value(c.b), value(c.a);
    }

private:
    std::string& m_out;
};

/// Reads with bounds checks; after the first failure every read fails.
class Reader {
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_in.size(); }
    template <typename T> T value() {
        T v{};
        if (!need(sizeof v)) return v;
        std::memcpy(&v, m_in.data() + m_at, sizeof v);
        m_at += sizeof v;
        return v;
    }
    std::string text() {
        const auto n = value<std::uint64_t>();
        if (!need(n)) return {};
        std::string s(m_in.substr(m_at, n));
        m_at += n;
        return s;
    }
    template <typename T> std::vector<T> array() {
        const auto n = value<std::uint64_t>();
        if (n > (m_in.size() - m_at) / sizeof(T) || !need(n * sizeof(T))) {
            m_ok = false;
            return {};
        }
        std::vector<T> v(n);
        std::memcpy(v.data(), m_in.data() + m_at, n * sizeof(T));
        m_at += n * sizeof(T);
        return v;
    }
    Color color() {
        Color c;
        c.r = value<float>(), c.g = value<float>(), c.b = value<float>(), c.a = value<float>();
        return c;
    }
    /// A count of items of at least `minBytes` each that the rest of the input can hold.
    std::uint64_t count(std::size_t minBytes) {
        const auto n = value<std::uint64_t>();
        if (n > (m_in.size() - m_at) / minBytes) m_ok = false;
        return m_ok ? n : 0;
    }

private:
    bool need(std::uint64_t n) {
        if (!m_ok || n > m_in.size() - m_at) m_ok = false;
        return m_ok;
    }
    std::string_view m_in;
    std::size_t m_at = 0;
    bool m_ok = true;
};

void header(Writer& w, Kind kind) {
    for (char c : kMagic)
        w.value(c);
    w.value(std::uint8_t(kind));
}

std::unexpected<Error> bad(const std::string& detail) {
    return fail(ErrorCode::Internal, kBadReply,
                "the importer's reply is damaged (" + detail + ")", {}, {"", detail});
}

bool meshConsistent(const Mesh& m) {
    if (m.positions.size() % 3 || m.indices.size() % 3) return false;
    if (!m.normals.empty() && m.normals.size() != m.positions.size()) return false;
    if ((!m.faceIds.empty() && m.faceIds.size() != m.indices.size() / 3) || m.faceCount < 0)
        return false;
    const std::size_t vertices = m.vertexCount();
    for (std::uint32_t i : m.indices)
        if (i >= vertices) return false;
    // Face colours: one per face, and every triangle's face among them.
    if (m.faceColors.empty()) return true;
    if (m.faceColors.size() != std::size_t(m.faceCount) || m.faceIds.empty()) return false;
    for (std::int32_t f : m.faceIds)
        if (f < 0 || f >= m.faceCount) return false;
    return true;
}

} // namespace

void encodeAssembly(const Assembly& assembly, std::string& out) {
    Writer w(out);
    header(w, kAssembly);
    w.value(assembly.metresPerUnit());
    w.text(assembly.format());
    // Meshes once each, even when parts share them.
    std::vector<const Mesh*> meshes;
    std::unordered_map<const Mesh*, std::int64_t> indexOf;
    std::vector<std::int64_t> meshOf;
    for (const Part& part : assembly.parts()) {
        std::int64_t index = -1;
        if (part.mesh) {
            const auto [at, added] = indexOf.try_emplace(part.mesh.get(), meshes.size());
            if (added) meshes.push_back(part.mesh.get());
            index = at->second;
        }
        meshOf.push_back(index);
    }
    w.value(std::uint64_t(meshes.size()));
    for (const Mesh* m : meshes) {
        w.array(m->positions);
        w.array(m->normals);
        w.array(m->indices);
        w.array(m->faceIds);
        w.value(std::int32_t(m->faceCount));
        w.array(m->faceColors);
    }
    w.value(std::uint64_t(assembly.parts().size()));
    for (std::size_t i = 0; i < assembly.parts().size(); ++i) {
        const Part& part = assembly.parts()[i];
        w.text(part.name);
        w.value(meshOf[i]);
        w.color(part.color);
        w.value(std::uint8_t(part.hasColor));
    }
    w.value(std::uint64_t(assembly.nodes().size()));
    for (const Node& node : assembly.nodes()) {
        w.text(node.name);
        w.value(std::int32_t(node.parent));
        w.value(std::int32_t(node.part));
        for (double v : node.local.m)
            w.value(v);
        w.value(std::uint8_t(node.color.has_value()));
        if (node.color) w.color(*node.color);
        std::vector<std::int32_t> children(node.children.begin(), node.children.end());
        w.array(children);
    }
}

void encodeError(const Error& error, std::string& out) {
    Writer w(out);
    header(w, kError);
    w.value(std::int32_t(error.code));
    w.text(error.id);
    w.text(error.message);
    w.text(error.context);
    w.value(std::uint64_t(error.args.size()));
    for (const std::string& arg : error.args)
        w.text(arg);
}

namespace {

Result<std::shared_ptr<const Assembly>> decode(std::string_view bytes) {
    Reader r(bytes);
    for (char c : kMagic)
        if (r.value<char>() != c || !r.ok()) return bad("no header");
    const auto kind = r.value<std::uint8_t>();
    if (kind == kError) {
        Error error;
        const auto code = r.value<std::int32_t>();
        if (code < 0 || code > std::int32_t(ErrorCode::Internal)) return bad("error code");
        error.code = ErrorCode(code);
        error.id = r.text();
        error.message = r.text();
        error.context = r.text();
        const auto args = r.count(8);
        for (std::uint64_t i = 0; i < args && r.ok(); ++i)
            error.args.push_back(r.text());
        if (!r.ok() || !r.atEnd() || error.id.empty()) return bad("error record");
        return std::unexpected(std::move(error));
    }
    if (kind != kAssembly) return bad("record kind");

    auto assembly = std::make_shared<Assembly>();
    const double metresPerUnit = r.value<double>();
    if (r.ok() && !(std::isfinite(metresPerUnit) && metresPerUnit > 0)) return bad("unit");
    assembly->setMetresPerUnit(metresPerUnit);
    assembly->setFormat(r.text());
    const auto meshCount = r.count(5 * 8 + 4);
    std::vector<std::shared_ptr<const Mesh>> meshes;
    for (std::uint64_t i = 0; i < meshCount && r.ok(); ++i) {
        auto m = std::make_shared<Mesh>();
        m->positions = r.array<float>();
        m->normals = r.array<float>();
        m->indices = r.array<std::uint32_t>();
        m->faceIds = r.array<std::int32_t>();
        m->faceCount = r.value<std::int32_t>();
        m->faceColors = r.array<std::uint32_t>();
        if (r.ok() && !meshConsistent(*m)) return bad("mesh");
        meshes.push_back(std::move(m));
    }
    const auto partCount = r.count(8 + 8 + 16 + 1);
    std::vector<Part> parts;
    for (std::uint64_t i = 0; i < partCount && r.ok(); ++i) {
        Part part;
        part.name = r.text();
        const auto mesh = r.value<std::int64_t>();
        part.color = r.color();
        part.hasColor = r.value<std::uint8_t>() != 0;
        if (mesh < -1 || mesh >= std::int64_t(meshes.size())) return bad("part mesh");
        if (mesh >= 0) part.mesh = meshes[std::size_t(mesh)];
        parts.push_back(std::move(part));
    }
    const auto nodeCount = r.count(8 + 4 + 4 + 128 + 1 + 8);
    if (r.ok() && nodeCount == 0) return bad("no root node");
    std::vector<Node> nodes;
    for (std::uint64_t i = 0; i < nodeCount && r.ok(); ++i) {
        Node node;
        node.name = r.text();
        node.parent = r.value<std::int32_t>();
        node.part = r.value<std::int32_t>();
        for (double& v : node.local.m)
            v = r.value<double>();
        if (r.value<std::uint8_t>()) node.color = r.color();
        const auto children = r.array<std::int32_t>();
        node.children.assign(children.begin(), children.end());
        if (node.part < -1 || node.part >= std::int64_t(parts.size())) return bad("node part");
        nodes.push_back(std::move(node));
    }
    if (!r.ok() || !r.atEnd()) return bad("truncated");
    // The tree: every child index valid, pointing back at its parent; node 0 is the root.
    if (nodes[0].parent != -1) return bad("root");
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (i > 0 && (nodes[i].parent < 0 || std::size_t(nodes[i].parent) >= nodes.size()))
            return bad("node parent");
        for (int c : nodes[i].children)
            if (c <= 0 || std::size_t(c) >= nodes.size() || nodes[std::size_t(c)].parent != int(i))
                return bad("node children");
    }
    // Each node reached once from the root: no cycles, nothing detached.
    std::vector<int> pending{0};
    std::size_t reached = 0;
    while (!pending.empty() && reached <= nodes.size()) {
        const int at = pending.back();
        pending.pop_back();
        ++reached;
        pending.insert(pending.end(), nodes[std::size_t(at)].children.begin(),
                       nodes[std::size_t(at)].children.end());
    }
    if (reached != nodes.size()) return bad("node tree");
    assembly->nodes() = std::move(nodes);
    assembly->parts() = std::move(parts);
    return std::shared_ptr<const Assembly>(std::move(assembly));
}

} // namespace

Result<std::shared_ptr<const Assembly>> decodeImportReply(std::string_view bytes,
                                                          const std::string& source) {
    auto result = decode(bytes);
    if (!result && result.error().id == kBadReply) {
        result.error().context = source;
        result.error().args[0] = source;
    }
    return result;
}

} // namespace wb::core
