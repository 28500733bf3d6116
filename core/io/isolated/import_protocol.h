#pragma once
/// What werkbank-import writes on its standard output: a sequence of frames, each a type byte,
/// a 64-bit payload length (native order) and the payload. Zero or more progress frames
/// (fraction as a double, then the stage name), then one reply frame holding
/// core/model/assembly_codec.h's encoding of the model or the error.

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <unistd.h>

namespace wb::core::io::protocol {

inline constexpr char kProgress = 'P';
inline constexpr char kReply = 'R';
inline constexpr std::size_t kFrameHeader = 1 + sizeof(std::uint64_t);

/// Writes one frame to `fd`; false when the reader has gone away.
inline bool writeFrame(int fd, char type, std::string_view payload) {
    std::string frame(kFrameHeader, '\0');
    frame[0] = type;
    const std::uint64_t size = payload.size();
    std::memcpy(frame.data() + 1, &size, sizeof size);
    frame.append(payload);
    std::size_t at = 0;
    while (at < frame.size()) {
        const ssize_t n = ::write(fd, frame.data() + at, frame.size() - at);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        at += std::size_t(n);
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
