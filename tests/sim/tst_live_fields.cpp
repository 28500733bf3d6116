// Streamed results put back together (sim::LiveFields): a mask and fields in several chunks,
// in the service's layout, give back the voxel model and values bit for bit; chunks that do not
// fit (wrong sizes, out of order, another grid, absurd or non-finite grids, a field before the
// mask) are refused or dropped, never read out of bounds.
#include "sim_check.h"

#include "core/sim/live_fields.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace wb::sim;

namespace {

StreamGrid grid(int nx, int ny, int nz) {
    StreamGrid g;
    g.n[0] = nx, g.n[1] = ny, g.n[2] = nz;
    g.h = 0.002;
    g.origin = {-0.01, 0.0, 0.5};
    return g;
}

/// The mask's packed bits for `solid` (one flag per voxel), as the service sends them.
std::string pack(const std::vector<bool>& solid) {
    std::string bits((solid.size() + 7) / 8, '\0');
    for (std::size_t v = 0; v < solid.size(); ++v)
        if (solid[v]) bits[v >> 3] = char(std::uint8_t(bits[v >> 3]) | (1u << (v & 7)));
    return bits;
}

std::string bytesOf(const std::vector<double>& values) {
    std::string out(values.size() * sizeof(double), '\0');
    std::memcpy(out.data(), values.data(), out.size());
    return out;
}

/// Sends `bytes` in chunks of `chunk` bytes through `add(total, offset, piece)`.
template <typename Add> bool sendChunks(const std::string& bytes, std::size_t chunk, Add add) {
    for (std::size_t offset = 0; offset < bytes.size(); offset += chunk)
        if (!add(bytes.size(), offset, std::string_view(bytes).substr(offset, chunk))) return false;
    return true;
}

void roundTrip() {
    const StreamGrid g = grid(7, 5, 3); // 105 voxels: 14 bytes, the last partly used
    std::vector<bool> solid(105);
    for (std::size_t v = 0; v < solid.size(); ++v)
        solid[v] = (v * 7919) % 3 != 0;
    LiveFields live("static_structural");
    const std::string bits = pack(solid);
    SIM_CHECK(bits.size() == 14);
    // A field before the mask has nothing to be drawn on: dropped, no error.
    const std::size_t nodes = 8 * 6 * 4;
    std::vector<double> u(nodes * 3);
    for (std::size_t i = 0; i < u.size(); ++i)
        u[i] = std::sin(double(i)) * 1e-4;
    const std::string ub = bytesOf(u);
    auto early = live.addField(false, "displacement", 3, 1, g, ub.size(), 0, ub);
    SIM_CHECK(early && !*early);
    SIM_CHECK(sendChunks(bits, 5, [&](std::uint64_t total, std::uint64_t off, std::string_view p) {
        return live.addMask(g, total, off, p).has_value();
    }));
    SIM_CHECK(live.hasMask());
    // An intermediate field in chunks of 1000 bytes: only the last chunk completes it.
    std::optional<LiveFields::Update> update;
    int updates = 0;
    SIM_CHECK(sendChunks(ub, 1000, [&](std::uint64_t total, std::uint64_t off, std::string_view p) {
        auto r = live.addField(false, "displacement", 3, 4, g, total, off, p);
        if (!r) return false;
        if (*r) update = **r, ++updates;
        return true;
    }));
    SIM_CHECK(updates == 1 && update && !update->final && update->iteration == 4);
    if (!update) return;
    const SolveResult& r = *update->result;
    SIM_CHECK(r.model && r.model->grid.nx == 7 && r.model->grid.ny == 5 && r.model->grid.nz == 3);
    SIM_CHECK(r.model->grid.h == g.h && r.model->grid.origin[2] == 0.5);
    std::size_t solidCount = 0;
    for (std::size_t v = 0; v < solid.size(); ++v) {
        SIM_CHECK(r.model->solid(v) == solid[v]);
        solidCount += solid[v];
    }
    SIM_CHECK(r.model->solidVoxels == solidCount);
    SIM_CHECK(r.fields.size() == 1 && r.fields[0].name == "displacement");
    SIM_CHECK(r.fields[0].components == 3 && r.fields[0].values == u);
    // Final fields gather: the second update holds both.
    std::vector<double> s(nodes, 2.5e6);
    const std::string sb = bytesOf(s);
    auto f1 = live.addField(true, "displacement", 3, 9, g, ub.size(), 0, ub);
    auto f2 = live.addField(true, "von_mises", 1, 9, g, sb.size(), 0, sb);
    SIM_CHECK(f1 && *f1 && f2 && *f2);
    if (f2 && *f2) {
        SIM_CHECK((*f2)->final && (*f2)->result->fields.size() == 2);
        SIM_CHECK((*f2)->result->field("von_mises")->values == s);
    }
}

void refused() {
    const StreamGrid g = grid(4, 4, 4);
    const std::string bits = pack(std::vector<bool>(64, true));
    auto fresh = [&] {
        auto live = std::make_unique<LiveFields>();
        SIM_CHECK(live->addMask(g, bits.size(), 0, bits).has_value());
        return live;
    };
    // Mask: wrong total, a gap, absurd and non-finite grids.
    {
        LiveFields live;
        SIM_CHECK(!live.addMask(g, bits.size() + 1, 0, bits));
        SIM_CHECK(!live.addMask(g, bits.size(), 3, bits.substr(0, 2))); // starts mid-way
        SIM_CHECK(!live.addMask(grid(0, 4, 4), 0, 0, {}));
        SIM_CHECK(!live.addMask(grid(-3, 4, 4), bits.size(), 0, bits));
        StreamGrid huge = grid(1 << 20, 1 << 20, 1 << 20);
        SIM_CHECK(!live.addMask(huge, (std::uint64_t(1) << 57), 0, bits));
        StreamGrid nan = g;
        nan.h = std::numeric_limits<double>::quiet_NaN();
        SIM_CHECK(!live.addMask(nan, bits.size(), 0, bits));
        StreamGrid inf = g;
        inf.origin[1] = std::numeric_limits<double>::infinity();
        SIM_CHECK(!live.addMask(inf, bits.size(), 0, bits));
        SIM_CHECK(!live.hasMask());
        LiveFields small("static_structural", 1000);
        SIM_CHECK(!small.addMask(grid(11, 10, 10), 138, 0, std::string(138, '\xff')));
    }
    const std::size_t nodes = 125;
    const std::string t = bytesOf(std::vector<double>(nodes, 20.0));
    {
        auto live = fresh();
        // a wrong total, too many components, another grid, an empty name
        SIM_CHECK(!live->addField(false, "temperature", 1, 1, g, t.size() - 8, 0, t));
        SIM_CHECK(!live->addField(false, "temperature", 100, 1, g, t.size() * 100, 0, t));
        SIM_CHECK(!live->addField(false, "temperature", 1, 1, grid(4, 4, 5), t.size(), 0, t));
        SIM_CHECK(!live->addField(false, "", 1, 1, g, t.size(), 0, t));
        // a chunk past the end, and one out of order
        SIM_CHECK(!live->addField(false, "temperature", 1, 1, g, t.size(), 0, t + "xxxxxxxx"));
        auto first = live->addField(false, "temperature", 1, 1, g, t.size(), 0, t.substr(0, 80));
        SIM_CHECK(first && !*first);
        SIM_CHECK(!live->addField(false, "temperature", 1, 1, g, t.size(), 160, t.substr(160)));
        // after a refusal the next field starts afresh
        auto again = live->addField(false, "temperature", 1, 2, g, t.size(), 0, t);
        SIM_CHECK(again && *again && (*again)->result->fields[0].values[124] == 20.0);
        // a chunk of another field in the middle of one
        auto part = live->addField(false, "temperature", 1, 3, g, t.size(), 0, t.substr(0, 80));
        SIM_CHECK(part && !*part);
        SIM_CHECK(!live->addField(false, "temperature", 1, 4, g, t.size(), 80, t.substr(80)));
    }
}

} // namespace

int main() {
    roundTrip();
    refused();
    return simtest::finish("tst_live_fields");
}
