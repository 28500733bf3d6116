#include "scene_renderer_impl.h"

#include <algorithm>

namespace wb::render {
namespace {

std::uint8_t toByte(float v) {
    return static_cast<std::uint8_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f);
}

} // namespace

std::vector<char> SceneRenderer::Impl::inheritDown(const std::vector<char>& seeds) const {
    const auto& nodes = assembly->nodes();
    std::vector<char> marked(nodes.size(), 0);
    std::vector<int> stack{0};
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const int parent = nodes[n].parent;
        marked[n] = seeds[n] || (parent >= 0 && marked[parent]);
        for (int child : nodes[n].children)
            stack.push_back(child);
    }
    return marked;
}

void SceneRenderer::Impl::updateInstances() {
    instancesDirty = false;
    if (!assembly || !ready()) return;
    const std::size_t nodeCount = assembly->nodes().size();
    std::vector<char> hiddenSeeds(nodeCount, 0), selectedSeeds(nodeCount, 0);
    for (std::size_t n = 0; n < std::min(nodeCount, hidden.size()); ++n)
        hiddenSeeds[n] = hidden[n];
    for (int n : selection)
        if (n >= 0 && std::size_t(n) < nodeCount) selectedSeeds[n] = 1;
    const std::vector<char> isHidden = inheritDown(hiddenSeeds);
    const std::vector<char> isSelected = inheritDown(selectedSeeds);

    std::vector<std::vector<InstanceData>> perPart(parts.size());
    instanceHidden.assign(instances.size(), 1);
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const core::Instance& instance = instances[i];
        if (isHidden[instance.node] || std::size_t(instance.part) >= parts.size()) continue;
        instanceHidden[i] = 0;
        InstanceData data{};
        for (int k = 0; k < 16; ++k)
            data.model[k] = static_cast<float>(instance.world.m[k]);
        data.color[0] = toByte(instance.color.r);
        data.color[1] = toByte(instance.color.g);
        data.color[2] = toByte(instance.color.b);
        data.color[3] = toByte(instance.color.a);
        data.pickId = static_cast<std::uint32_t>(i + 1);
        data.flags = isSelected[instance.node] ? 1u : 0u;
        if (i < instanceColoured.size() && instanceColoured[i]) data.flags |= 2u;
        data.tintOffset = i < instanceTints.size() ? instanceTints[i] : 0u;
        data.resultOffset = i < instanceResults.size() ? instanceResults[i] : 0u;
        perPart[instance.part].push_back(data);
    }
    for (std::size_t p = 0; p < parts.size(); ++p)
        if (parts[p].isUploaded()) parts[p].setInstances(gl, perPart[p]);
}

core::BBox SceneRenderer::Impl::visibleBox() const {
    core::BBox box;
    if (!assembly) return box;
    const std::size_t nodeCount = assembly->nodes().size();
    std::vector<char> hiddenSeeds(nodeCount, 0);
    for (std::size_t n = 0; n < std::min(nodeCount, hidden.size()); ++n)
        hiddenSeeds[n] = hidden[n];
    const std::vector<char> isHidden = inheritDown(hiddenSeeds);
    for (const core::Instance& instance : instances)
        if (!isHidden[instance.node] && std::size_t(instance.part) < partBoxes.size())
            box.add(partBoxes[instance.part].transformed(instance.world));
    return box;
}

} // namespace wb::render
