// Paths of nodes in the assembly tree: unique steps per sibling, joined with '/'.
#include "assembly.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace wb::core {

namespace {

std::string escaped(const std::string& name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == '/' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

/// The steps of the children of `parent`, in child order.
std::vector<std::string> childSegments(const Assembly& a, int parent) {
    const std::vector<int>& children = a.node(parent).children;
    std::vector<std::string> steps;
    steps.reserve(children.size());
    std::unordered_set<std::string> names;
    for (int c : children) {
        steps.push_back(escaped(a.node(c).name));
        names.insert(steps.back());
    }
    if (names.size() == steps.size()) return steps; // no repeated names
    std::unordered_set<std::string> used;
    std::unordered_map<std::string, int> next; // per repeated name, the next number to try
    for (std::string& step : steps) {
        if (used.insert(step).second) continue;
        int& k = next.try_emplace(step, 2).first->second;
        std::string numbered;
        do {
            numbered = step + "#" + std::to_string(k++);
        } while (names.contains(numbered) || used.contains(numbered));
        step = std::move(numbered);
        used.insert(step);
    }
    return steps;
}

} // namespace

std::string Assembly::pathSegment(int node) const {
    const Node& n = m_nodes.at(node);
    if (n.parent < 0) return escaped(n.name);
    const std::vector<int>& siblings = m_nodes[n.parent].children;
    int index = -1, sameName = 0;
    for (int i = 0; i < int(siblings.size()); ++i) {
        if (siblings[i] == node) index = i;
        sameName += m_nodes[siblings[i]].name == n.name;
    }
    if (sameName <= 1 || index < 0) return escaped(n.name);
    return childSegments(*this, n.parent)[index];
}

std::string Assembly::path(int node, int ancestor) const {
    std::vector<std::string> steps;
    for (int n = node; n > 0 && n != ancestor; n = m_nodes.at(n).parent)
        steps.push_back(pathSegment(n));
    std::string result;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (it != steps.rbegin()) result += '/';
        result += *it;
    }
    return result;
}

std::vector<std::string> Assembly::paths(int ancestor) const {
    std::vector<std::string> result(m_nodes.size());
    std::vector<int> stack{ancestor};
    while (!stack.empty()) {
        const int parent = stack.back();
        stack.pop_back();
        const std::vector<std::string> steps = childSegments(*this, parent);
        const std::vector<int>& children = m_nodes.at(parent).children;
        for (std::size_t i = 0; i < children.size(); ++i) {
            const int c = children[i];
            result[c] = parent == ancestor ? steps[i] : result[parent] + '/' + steps[i];
            stack.push_back(c);
        }
    }
    return result;
}

int Assembly::nodeAtPath(std::string_view path, int ancestor) const {
    if (path.empty()) return ancestor;
    int node = ancestor;
    std::size_t start = 0;
    while (node >= 0) {
        // The step runs to the next '/' that no backslash escapes.
        std::size_t end = start;
        while (end < path.size() && path[end] != '/')
            end += path[end] == '\\' ? 2 : 1;
        end = std::min(end, path.size());
        const std::string_view step = path.substr(start, end - start);
        const std::vector<std::string> steps = childSegments(*this, node);
        int found = -1;
        for (std::size_t i = 0; i < steps.size() && found < 0; ++i)
            if (steps[i] == step) found = m_nodes[node].children[i];
        node = found;
        if (end >= path.size()) return node;
        start = end + 1;
    }
    return -1;
}

} // namespace wb::core
