// The live-stream assembler (sim::LiveFields) on arbitrary sequences of mask and field chunks,
// as a service could send them: every update it gives matches its grid, nothing else.
#include "fuzz_input.h"

#include "core/sim/live_fields.h"

#include <cstring>

namespace {

/// Reads little-endian values off the input; zero past its end.
struct Reader {
    const std::uint8_t* data;
    std::size_t size, at = 0;
    template <typename T> T get() {
        T value{};
        const std::size_t n = std::min(sizeof(T), size - at);
        std::memcpy(&value, data + at, n);
        at += n;
        return value;
    }
    std::string_view bytes(std::size_t n) {
        n = std::min(n, size - at);
        const std::string_view out(reinterpret_cast<const char*>(data + at), n);
        at += n;
        return out;
    }
    bool done() const { return at >= size; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Reader in{data, size};
    wb::sim::LiveFields live("static_structural", std::size_t(1) << 16);
    while (!in.done()) {
        const std::uint8_t op = in.get<std::uint8_t>();
        wb::sim::StreamGrid grid;
        for (int a = 0; a < 3; ++a)
            grid.n[a] = in.get<std::int32_t>();
        grid.h = in.get<double>();
        grid.origin = {in.get<double>(), in.get<double>(), in.get<double>()};
        const auto total = in.get<std::uint64_t>();
        const auto offset = in.get<std::uint64_t>();
        const std::string_view chunk = in.bytes(in.get<std::uint16_t>());
        if (op % 3 == 0) {
            (void)live.addMask(grid, total, offset, chunk);
            continue;
        }
        if (op % 3 == 2) {
            live.clear();
            continue;
        }
        const int components = in.get<std::int8_t>();
        auto update = live.addField(op & 4, (op & 8) ? "temperature" : "displacement", components,
                                    in.get<std::int16_t>(), grid, total, offset, chunk);
        if (!update || !*update) continue;
        const wb::sim::SolveResult& r = *(*update)->result;
        if (!r.model || r.model->voxelMaterial.size() != r.model->grid.voxelCount())
            wb::fuzz::finding("the voxel model does not match its grid");
        for (const wb::sim::ResultField& f : r.fields)
            if (f.components < 1 ||
                f.values.size() != r.model->grid.nodeCount() * std::size_t(f.components))
                wb::fuzz::finding("field '" + f.name + "' does not match the grid");
    }
    return 0;
}
