#include "live_fields.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace wb::sim {

namespace {

constexpr int kMaxComponents = 9;

std::unexpected<core::Error> badStream(const std::string& what) {
    return core::fail(core::ErrorCode::InvalidArgument, "remote.bad_stream",
                      "the streamed " + what + " does not fit", "", {what});
}

VoxelGrid toGrid(const StreamGrid& g) {
    VoxelGrid grid;
    grid.nx = g.n[0], grid.ny = g.n[1], grid.nz = g.n[2];
    grid.h = g.h;
    grid.origin = g.origin;
    return grid;
}

} // namespace

LiveFields::LiveFields(std::string analysis, std::size_t maxVoxels)
    : m_analysis(std::move(analysis)), m_maxVoxels(maxVoxels) {}

void LiveFields::clear() {
    m_maskGrid = {};
    m_bits.clear();
    m_receivingMask = false;
    m_model.reset();
    m_partial.reset();
    m_finals.clear();
}

core::Result<bool> LiveFields::checkGrid(const StreamGrid& g, const char* what) const {
    std::size_t voxels = 1;
    for (int a = 0; a < 3; ++a) {
        if (g.n[a] <= 0 || std::size_t(g.n[a]) > m_maxVoxels) return badStream(what);
        voxels *= std::size_t(g.n[a]);
        if (voxels > m_maxVoxels) return badStream(what);
        if (!std::isfinite(g.origin[a])) return badStream(what);
    }
    if (!std::isfinite(g.h) || g.h <= 0) return badStream(what);
    return true;
}

core::Result<bool> LiveFields::addMask(const StreamGrid& grid, std::uint64_t totalBytes,
                                       std::uint64_t offset, std::string_view bits) {
    if (m_model) return true; // sent once; a repeat changes nothing
    if (auto ok = checkGrid(grid, "mask"); !ok) return ok;
    const VoxelGrid g = toGrid(grid);
    if (totalBytes != (g.voxelCount() + 7) / 8) return badStream("mask");
    if (offset == 0) {
        m_maskGrid = grid;
        m_bits.clear();
        m_bits.reserve(totalBytes);
        m_receivingMask = true;
    }
    if (!m_receivingMask || !(grid == m_maskGrid) || offset != m_bits.size() ||
        bits.size() > totalBytes - offset || (bits.empty() && totalBytes > 0))
        return m_receivingMask = false, badStream("mask");
    m_bits.append(bits);
    if (m_bits.size() < totalBytes) return true;
    auto model = std::make_shared<VoxelModel>();
    model->grid = g;
    model->voxelMaterial.assign(g.voxelCount(), kEmptyVoxel);
    for (std::size_t v = 0; v < model->voxelMaterial.size(); ++v)
        if ((std::uint8_t(m_bits[v >> 3]) >> (v & 7)) & 1u) {
            model->voxelMaterial[v] = 0;
            ++model->solidVoxels;
        }
    m_model = std::move(model);
    m_bits.clear();
    m_bits.shrink_to_fit();
    m_receivingMask = false;
    return true;
}

core::Result<std::optional<LiveFields::Update>>
LiveFields::addField(bool final, const std::string& name, int components, int iteration,
                     const StreamGrid& grid, std::uint64_t totalBytes, std::uint64_t offset,
                     std::string_view data) {
    if (!m_model) return std::nullopt; // nothing to draw it on yet
    if (!(grid == m_maskGrid) || components < 1 || components > kMaxComponents ||
        name.empty() || name.size() > 256)
        return badStream("field");
    const std::uint64_t expected =
        std::uint64_t(m_model->grid.nodeCount()) * std::uint64_t(components) * sizeof(double);
    if (totalBytes != expected) return badStream("field");
    if (offset == 0) {
        m_partial = Partial{final, name, components, iteration, {}, 0};
        m_partial->values.resize(totalBytes / sizeof(double));
    }
    Partial* p = m_partial ? &*m_partial : nullptr;
    if (!p || p->final != final || p->name != name || p->components != components ||
        p->iteration != iteration || offset != p->received || data.empty() ||
        data.size() > totalBytes - offset) {
        m_partial.reset();
        return badStream("field");
    }
    std::memcpy(reinterpret_cast<char*>(p->values.data()) + offset, data.data(), data.size());
    p->received += data.size();
    if (p->received < totalBytes) return std::nullopt;

    ResultField field{p->name, p->components, std::move(p->values)};
    m_partial.reset();
    auto result = std::make_shared<SolveResult>();
    result->analysis = m_analysis;
    result->model = m_model;
    result->iterations = iteration;
    result->status = final ? SolveStatus::Converged : SolveStatus::NotConverged;
    if (final) {
        auto same = std::find_if(m_finals.begin(), m_finals.end(),
                                 [&](const ResultField& f) { return f.name == field.name; });
        if (same != m_finals.end())
            *same = std::move(field);
        else
            m_finals.push_back(std::move(field));
        result->fields = m_finals;
    } else {
        result->fields.push_back(std::move(field));
    }
    return Update{std::move(result), final, iteration};
}

} // namespace wb::sim
