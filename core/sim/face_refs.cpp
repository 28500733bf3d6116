#include "face_refs.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace wb::sim {

namespace {

bool isBelow(const core::Assembly& assembly, int node, int base) {
    for (int n = node; n >= 0; n = assembly.node(n).parent)
        if (n == base) return true;
    return false;
}

} // namespace

std::vector<FaceRef> toFaceRefs(const core::Assembly& assembly,
                                const std::vector<core::NodeFace>& faces, int base) {
    std::vector<FaceRef> refs;
    refs.reserve(faces.size());
    const int nodeCount = int(assembly.nodes().size());
    int lastNode = -1; // faces of one node usually come together: one path for them
    std::string lastPath;
    for (const core::NodeFace& f : faces) {
        if (f.node <= 0 || f.node >= nodeCount || f.face < 0 || f.node == base) continue;
        if (f.node != lastNode) {
            if (!isBelow(assembly, f.node, base)) continue;
            lastNode = f.node;
            lastPath = assembly.path(f.node, base);
        }
        refs.push_back({lastPath, f.face});
    }
    return refs;
}

std::vector<core::NodeFace> resolveFaceRefs(const core::Assembly& assembly,
                                            const std::vector<FaceRef>& refs, int base) {
    std::vector<core::NodeFace> faces;
    if (refs.empty() || base < 0 || base >= int(assembly.nodes().size())) return faces;
    std::unordered_map<std::string_view, std::vector<int>> byName; // path or part name
    for (const FaceRef& ref : refs)
        byName[ref.part].push_back(ref.face);
    const std::vector<std::string> paths = assembly.paths(base);
    for (const core::Instance& inst : assembly.instances(base)) {
        const core::Part& part = assembly.parts()[inst.part];
        const int faceCount = part.mesh ? part.mesh->faceCount : 0;
        for (const std::string* name : {&paths[inst.node], &part.name}) {
            const auto it = byName.find(*name);
            if (it == byName.end()) continue;
            for (int face : it->second)
                if (face >= 0 && face < faceCount) faces.push_back({inst.node, face});
        }
    }
    std::sort(faces.begin(), faces.end());
    faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
    return faces;
}

} // namespace wb::sim
