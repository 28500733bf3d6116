#pragma once
/// Assembly: a tree of named nodes with local transforms whose leaves instance shared parts.

#include "bbox.h"
#include "mesh.h"
#include "transform.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::core {

struct Color {
    float r = 0.7f, g = 0.7f, b = 0.72f, a = 1.0f;
    bool operator==(const Color&) const = default;
};

/// `c` as 0xRRGGBBAA (Mesh::faceColors), each channel clamped to [0, 1]; the alpha is at least
/// 1/255 so that a colour never packs to 0 ("none").
std::uint32_t packColor(const Color& c);
/// The colour packed as 0xRRGGBBAA.
Color unpackColor(std::uint32_t rgba);

/// A distinct piece of geometry. Instanced parts share one Part (and one Mesh).
struct Part {
    std::string name;
    std::shared_ptr<const Mesh> mesh;
    Color color;
    bool hasColor = false; ///< colour came from the file
};

/// A node of the tree. Node 0 is the root. A node with `part >= 0` instances that part.
struct Node {
    std::string name;
    int parent = -1;
    std::vector<int> children;
    Transform local;
    int part = -1;
    std::optional<Color> color; ///< instance colour: see Instance::color (Assembly::instances)
};

/// One B-rep face (or feature face of a mesh) of the part placed at a node.
struct NodeFace {
    int node = -1;
    int face = -1;
    auto operator<=>(const NodeFace&) const = default;
};

/// One placed occurrence of a part, in assembly coordinates.
struct Instance {
    int node = -1;
    int part = -1;
    Transform world;
    Color color; ///< the node's own, else the part's from the file, else an enclosing node's
};

/// The imported model. Built by an importer, then shared immutably
/// (std::shared_ptr<const Assembly>) by every thread.
class Assembly {
public:
    Assembly();

    /// Adds a node under `parent` and returns its index.
    int addNode(int parent, std::string name, const Transform& local = {}, int part = -1);
    int addPart(Part part);

    const std::vector<Node>& nodes() const { return m_nodes; }
    std::vector<Node>& nodes() { return m_nodes; }
    const std::vector<Part>& parts() const { return m_parts; }
    std::vector<Part>& parts() { return m_parts; }
    const Node& node(int i) const { return m_nodes.at(i); }

    /// Metres per file unit (1e-3 for millimetres).
    double metresPerUnit() const { return m_metresPerUnit; }
    void setMetresPerUnit(double v) { m_metresPerUnit = v; }
    /// Format label of the source ("STEP", "STL", ...).
    const std::string& format() const { return m_format; }
    void setFormat(std::string f) { m_format = std::move(f); }

    Transform worldTransform(int node) const;
    /// The node's name as one step of a path: each '/' and backslash in it preceded by a
    /// backslash, and a name that an earlier sibling already has followed by "#2", "#3", ...
    /// (the smallest number that makes it no sibling's name), so that siblings' steps differ.
    std::string pathSegment(int node) const;
    /// "sub/part": the steps from below `ancestor` (default the root) down to `node`, unique
    /// among the nodes below `ancestor`; empty for `ancestor` itself. `ancestor` must be an
    /// ancestor of `node` (or the root). Study files name parts this way, and
    /// `werkbank-cli inspect --json` prints it.
    std::string path(int node, int ancestor = 0) const;
    /// path(n, ancestor) of every node n (empty for nodes not below `ancestor`), in one pass.
    std::vector<std::string> paths(int ancestor = 0) const;
    /// The node below `ancestor` whose path() is `path`, or -1.
    int nodeAtPath(std::string_view path, int ancestor = 0) const;
    /// Every placed part occurrence below `node` (default: the whole tree).
    std::vector<Instance> instances(int node = 0) const;
    /// Bounding box in file units of everything below `node`.
    BBox bbox(int node = 0) const;
    /// Triangles counting every instance below `node`.
    std::size_t triangleCount(int node = 0) const;
    /// Distinct B-rep faces (or groups) counting every instance below `node`.
    std::size_t faceCount(int node = 0) const;
    std::size_t instanceCount() const;
    /// Per node: triangles and faces of its whole subtree, counting instances. One pass over
    /// the tree, for callers that need the totals of every node (tree views, reports).
    struct SubtreeTotals {
        std::vector<std::size_t> triangles, faces;
    };
    SubtreeTotals subtreeTotals() const;
    /// Removes empty leaves and parts without triangles; keeps node 0.
    void prune();

private:
    std::vector<Node> m_nodes;
    std::vector<Part> m_parts;
    double m_metresPerUnit = 1e-3;
    std::string m_format;
};

} // namespace wb::core
