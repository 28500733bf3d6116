#pragma once
/// ResultChunk messages read in place: the client receives GetResult as raw messages and takes
/// the payload straight from gRPC's buffers. Internal to the client library (and its tests).

#include <grpcpp/support/slice.h>

#include <cstdint>
#include <string>
#include <vector>

#include <sys/uio.h>

namespace wb::remote::detail {

/// One ResultChunk: the payload as pieces of the message's slices.
struct RawChunk {
    std::string path;
    std::uint64_t total = 0, offset = 0, size = 0;
    std::vector<iovec> data;
};

/// Parses a ResultChunk (path = 1, total_bytes = 2, offset = 3, data = 4) from a message's
/// slices; unknown fields are skipped as protobuf does, a repeated field's last value wins.
/// False on malformed input (truncated, bad wire type, a path over 4 KiB).
bool parseChunk(const std::vector<grpc::Slice>& slices, RawChunk& chunk);

} // namespace wb::remote::detail
