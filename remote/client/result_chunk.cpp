#include "result_chunk.h"

#include <algorithm>

namespace wb::remote::detail {
namespace {

/// Reads protobuf wire format across a message's slices.
class SliceCursor {
public:
    explicit SliceCursor(const std::vector<grpc::Slice>& slices) : m_slices(slices) {}
    bool atEnd() {
        skipEmpty();
        return m_index == m_slices.size();
    }
    bool varint(std::uint64_t& value) {
        value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            skipEmpty();
            if (m_index == m_slices.size()) return false;
            const unsigned char byte = m_slices[m_index].begin()[m_offset++];
            value |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return true;
        }
        return false;
    }
    /// Passes over `n` bytes, collecting them as iovecs when `out` is given.
    bool take(std::uint64_t n, std::vector<iovec>* out) {
        while (n > 0) {
            skipEmpty();
            if (m_index == m_slices.size()) return false;
            const std::size_t step =
                std::min<std::uint64_t>(n, m_slices[m_index].size() - m_offset);
            if (out)
                out->push_back({const_cast<std::uint8_t*>(m_slices[m_index].begin() + m_offset),
                                step});
            m_offset += step;
            n -= step;
        }
        return true;
    }
    bool text(std::uint64_t n, std::string& out) {
        std::vector<iovec> parts;
        if (n > 4096 || !take(n, &parts)) return false;
        out.clear();
        for (const iovec& part : parts)
            out.append(static_cast<const char*>(part.iov_base), part.iov_len);
        return true;
    }

private:
    void skipEmpty() {
        while (m_index < m_slices.size() && m_offset == m_slices[m_index].size()) {
            ++m_index;
            m_offset = 0;
        }
    }
    const std::vector<grpc::Slice>& m_slices;
    std::size_t m_index = 0, m_offset = 0;
};

} // namespace

bool parseChunk(const std::vector<grpc::Slice>& slices, RawChunk& chunk) {
    chunk = RawChunk{};
    SliceCursor in(slices);
    while (!in.atEnd()) {
        std::uint64_t key = 0, value = 0;
        if (!in.varint(key)) return false;
        const std::uint64_t field = key >> 3;
        switch (key & 7) {
        case 0:
            if (!in.varint(value)) return false;
            if (field == 2) chunk.total = value;
            if (field == 3) chunk.offset = value;
            break;
        case 1:
            if (!in.take(8, nullptr)) return false;
            break;
        case 5:
            if (!in.take(4, nullptr)) return false;
            break;
        case 2:
            if (!in.varint(value)) return false;
            if (field == 1) {
                if (!in.text(value, chunk.path)) return false;
            } else if (field == 4) {
                chunk.data.clear(); // the last occurrence wins, as in protobuf
                chunk.size = value;
                if (!in.take(value, &chunk.data)) return false;
            } else if (!in.take(value, nullptr)) {
                return false;
            }
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace wb::remote::detail
