#pragma once
/// What werkbank-import writes on the pipe it gets as standard output: a sequence of frames, each a
/// type byte, a 64-bit payload length (native order) and the payload. Zero or more progress frames
/// (fraction as a double, then the stage name), then one reply frame holding
/// core/model/assembly_codec.h's encoding of the model or the error. An empty memory frame
/// may come before the reply: an allocation failed at the helper's memory limit, which tells the
/// caller why, should the helper die of it before it can reply.

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <sys/uio.h>
#include <unistd.h>

namespace wb::core::io::protocol {

/// The caller's process id, in the helper's environment: a helper whose parent is gone by the
/// time it starts stops at once.
inline constexpr const char* kParentVariable = "WERKBANK_IMPORT_PARENT";

inline constexpr char kProgress = 'P';
inline constexpr char kReply = 'R';
inline constexpr char kMemoryExhausted = 'M';
inline constexpr std::size_t kFrameHeader = 1 + sizeof(std::uint64_t);

/// Writes one frame to `fd` (header and payload in one writev, no copy of the payload);
/// false when the reader has gone away.
inline bool writeFrame(int fd, char type, std::string_view payload) {
    char header[kFrameHeader];
    header[0] = type;
    const std::uint64_t size = payload.size();
    std::memcpy(header + 1, &size, sizeof size);
    iovec parts[2] = {{header, sizeof header}, {const_cast<char*>(payload.data()), payload.size()}};
    int first = 0;
    while (first < 2) {
        const ssize_t n = ::writev(fd, parts + first, 2 - first);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        for (std::size_t left = std::size_t(n); left > 0 && first < 2;) {
            const std::size_t step = std::min(left, parts[first].iov_len);
            parts[first].iov_base = static_cast<char*>(parts[first].iov_base) + step;
            parts[first].iov_len -= step;
            left -= step;
            if (parts[first].iov_len == 0) ++first;
        }
        while (first < 2 && parts[first].iov_len == 0)
            ++first;
    }
    return true;
}

inline std::string progressPayload(double fraction, std::string_view stage) {
    std::string payload(sizeof fraction, '\0');
    std::memcpy(payload.data(), &fraction, sizeof fraction);
    payload.append(stage);
    return payload;
}

} // namespace wb::core::io::protocol
