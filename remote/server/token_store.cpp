#include "token_store.h"

#include "remote/common/sha256.h"

#include <fstream>

namespace wb::remote {

namespace {

bool isHex64(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

} // namespace

bool validTenantName(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'))
            return false;
    return true;
}

core::Result<TokenStore> TokenStore::load(const std::string& file) {
    std::ifstream in(file);
    if (!in)
        return core::fail(core::ErrorCode::NotFound, "server.tokens_missing",
                          "cannot read token file", file);
    TokenStore store;
    store.m_open = false;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const auto colon = line.rfind(':');
        const std::string tenant = colon == std::string::npos ? "" : line.substr(0, colon);
        std::string hash = colon == std::string::npos ? "" : line.substr(colon + 1);
        for (char& c : hash)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!validTenantName(tenant) || !isHex64(hash))
            return core::fail(core::ErrorCode::InvalidFile, "server.tokens_syntax",
                              "expected TENANT:SHA256_HEX", file + ":" + std::to_string(n));
        store.m_tenantByHash[hash] = tenant;
    }
    return store;
}

std::optional<std::string> TokenStore::tenantFor(std::string_view authorization) const {
    if (m_open) return std::string("default");
    constexpr std::string_view kBearer = "Bearer ";
    if (!authorization.starts_with(kBearer)) return std::nullopt;
    const std::string_view token = authorization.substr(kBearer.size());
    if (token.empty() || token.size() > 4096) return std::nullopt;
    auto it = m_tenantByHash.find(sha256Hex(token));
    if (it == m_tenantByHash.end()) return std::nullopt;
    return it->second;
}

} // namespace wb::remote
