#pragma once
/// Bearer tokens -> tenants. The token file stores only SHA-256 hashes, one line per token:
/// `TENANT:SHA256_HEX_OF_TOKEN` (blank lines and # comments allowed).

#include "core/model/result.h"

#include <map>
#include <optional>
#include <string>

namespace wb::remote {

class TokenStore {
public:
    /// An open store: no tokens, every call is tenant "default" (unix socket or loopback only).
    TokenStore() = default;
    static core::Result<TokenStore> load(const std::string& file);

    bool open() const { return m_open; }
    /// The tenant of an `authorization` header value ("Bearer TOKEN"), or nullopt.
    std::optional<std::string> tenantFor(std::string_view authorization) const;

private:
    bool m_open = true;
    std::map<std::string, std::string> m_tenantByHash;
};

/// True for a tenant name of 1..64 of [A-Za-z0-9_.-].
bool validTenantName(std::string_view name);

} // namespace wb::remote
