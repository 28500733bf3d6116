#pragma once
/// SHA-256 digests as lowercase hex (content addresses, token hashes).

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace wb::remote {

/// Incremental SHA-256. Not thread-safe; one instance per stream.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    /// Finishes and returns the 64-character lowercase hex digest.
    std::string hexDigest();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// The hex digest of `bytes`.
std::string sha256Hex(std::string_view bytes);

} // namespace wb::remote
