#include "assembly.h"

#include <algorithm>
#include <functional>

namespace wb::core {

std::uint32_t packColor(const Color& c) {
    const auto byte = [](float v) {
        return std::uint32_t(std::clamp(v == v ? v : 0.0f, 0.0f, 1.0f) * 255.0f + 0.5f);
    };
    return byte(c.r) << 24 | byte(c.g) << 16 | byte(c.b) << 8 | std::max(byte(c.a), 1u);
}

Color unpackColor(std::uint32_t rgba) {
    const auto channel = [rgba](int shift) { return float((rgba >> shift) & 0xffu) / 255.0f; };
    return {channel(24), channel(16), channel(8), channel(0)};
}

Assembly::Assembly() {
    m_nodes.push_back(Node{"root", -1, {}, {}, -1, std::nullopt});
}

int Assembly::addNode(int parent, std::string name, const Transform& local, int part) {
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.push_back(Node{std::move(name), parent, {}, local, part, std::nullopt});
    if (parent >= 0) m_nodes[parent].children.push_back(index);
    return index;
}

int Assembly::addPart(Part part) {
    m_parts.push_back(std::move(part));
    return static_cast<int>(m_parts.size()) - 1;
}

Transform Assembly::worldTransform(int node) const {
    Transform t = m_nodes.at(node).local;
    for (int p = m_nodes[node].parent; p >= 0; p = m_nodes[p].parent)
        t = m_nodes[p].local * t;
    return t;
}

std::vector<Instance> Assembly::instances(int node) const {
    std::vector<Instance> out;
    std::function<void(int, const Transform&, std::optional<Color>)> walk =
        [&](int n, const Transform& parentWorld, std::optional<Color> inherited) {
            const Node& nd = m_nodes[n];
            const Transform world = parentWorld * nd.local;
            if (nd.part >= 0 && nd.part < static_cast<int>(m_parts.size())) {
                // As OCCT's XCAF presents it: the node's own colour, else the part's colour
                // from the file, else an enclosing node's (the more specific shape wins).
                const Part& p = m_parts[nd.part];
                Color colour = p.hasColor ? p.color : inherited.value_or(p.color);
                if (nd.color) colour = *nd.color;
                out.push_back({n, nd.part, world, colour});
            }
            if (nd.color) inherited = nd.color;
            for (int c : nd.children)
                walk(c, world, inherited);
        };
    Transform parentWorld;
    if (m_nodes.at(node).parent >= 0) parentWorld = worldTransform(m_nodes[node].parent);
    std::optional<Color> inherited;
    for (int p = m_nodes[node].parent; p >= 0 && !inherited; p = m_nodes[p].parent)
        inherited = m_nodes[p].color;
    walk(node, parentWorld, inherited);
    return out;
}

BBox Assembly::bbox(int node) const {
    BBox box;
    for (const Instance& inst : instances(node)) {
        const auto& mesh = m_parts[inst.part].mesh;
        if (mesh) box.add(mesh->bbox().transformed(inst.world));
    }
    return box;
}

std::size_t Assembly::triangleCount(int node) const {
    return subtreeTotals().triangles.at(node);
}

std::size_t Assembly::faceCount(int node) const {
    return subtreeTotals().faces.at(node);
}

std::size_t Assembly::instanceCount() const {
    return instances(0).size();
}

Assembly::SubtreeTotals Assembly::subtreeTotals() const {
    SubtreeTotals t;
    t.triangles.assign(m_nodes.size(), 0);
    t.faces.assign(m_nodes.size(), 0);
    // Bottom-up: addNode() always places a child after its parent.
    for (std::size_t i = m_nodes.size(); i-- > 0;) {
        const Node& n = m_nodes[i];
        if (n.part >= 0 && n.part < static_cast<int>(m_parts.size()) && m_parts[n.part].mesh) {
            t.triangles[i] += m_parts[n.part].mesh->triangleCount();
            t.faces[i] += static_cast<std::size_t>(m_parts[n.part].mesh->faceCount);
        }
        if (n.parent >= 0) {
            t.triangles[n.parent] += t.triangles[i];
            t.faces[n.parent] += t.faces[i];
        }
    }
    return t;
}

void Assembly::prune() {
    // Mark parts that have triangles, then keep nodes that lead to one.
    std::vector<bool> partUsable(m_parts.size());
    for (std::size_t i = 0; i < m_parts.size(); ++i)
        partUsable[i] = m_parts[i].mesh && m_parts[i].mesh->triangleCount() > 0;
    std::vector<bool> keep(m_nodes.size(), false);
    std::function<bool(int)> mark = [&](int n) {
        bool k = m_nodes[n].part >= 0 && partUsable[m_nodes[n].part];
        for (int c : m_nodes[n].children)
            k = mark(c) || k;
        keep[n] = k;
        return k;
    };
    mark(0);
    keep[0] = true;
    std::vector<int> remap(m_nodes.size(), -1);
    std::vector<Node> nodes;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (keep[i]) {
            remap[i] = static_cast<int>(nodes.size());
            nodes.push_back(m_nodes[i]);
        }
    for (Node& n : nodes) {
        if (n.parent >= 0) n.parent = remap[n.parent];
        std::vector<int> children;
        for (int c : n.children)
            if (remap[c] >= 0) children.push_back(remap[c]);
        n.children = std::move(children);
        if (n.part >= 0 && !partUsable[n.part]) n.part = -1;
    }
    m_nodes = std::move(nodes);
}

} // namespace wb::core
