#include "assembly_merge.h"

namespace wb::core {

namespace {
void copySubtree(const Assembly& src, int srcNode, Assembly& dst, int dstParent, int partOffset) {
    for (int child : src.node(srcNode).children) {
        const Node& n = src.node(child);
        const int part = n.part >= 0 ? n.part + partOffset : -1;
        const int id = dst.addNode(dstParent, n.name, n.local, part);
        dst.nodes()[id].color = n.color;
        copySubtree(src, child, dst, id, partOffset);
    }
}
} // namespace

std::shared_ptr<const Assembly> mergeAssemblies(const std::vector<NamedAssembly>& inputs) {
    auto out = std::make_shared<Assembly>();
    if (inputs.empty()) return out;
    const double unit = inputs.front().assembly->metresPerUnit();
    out->setMetresPerUnit(unit);
    out->setFormat(inputs.size() == 1 ? inputs.front().assembly->format() : "mixed");
    for (const NamedAssembly& in : inputs) {
        const Assembly& a = *in.assembly;
        const int offset = static_cast<int>(out->parts().size());
        for (const Part& p : a.parts())
            out->addPart(p);
        const Transform local = Transform::scale(a.metresPerUnit() / unit) * a.node(0).local;
        const int top = out->addNode(0, in.name, local, -1);
        if (a.node(0).part >= 0) out->addNode(top, a.node(0).name, {}, a.node(0).part + offset);
        copySubtree(a, 0, *out, top, offset);
    }
    return out;
}

} // namespace wb::core
