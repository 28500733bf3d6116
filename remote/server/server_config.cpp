#include "server_config.h"

#include <charconv>
#include <fstream>
#include <functional>
#include <map>

namespace wb::remote {

namespace {

using Setter = std::function<bool(ServerConfig&, const std::string&)>;

template <typename T> bool parseNumber(const std::string& s, T& out, T min) {
    T v{};
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v < min) return false;
    out = v;
    return true;
}

Setter text(std::string ServerConfig::*m) {
    return [m](ServerConfig& c, const std::string& v) {
        c.*m = v;
        return !v.empty();
    };
}
Setter u64(std::uint64_t ServerConfig::*m, std::uint64_t min) {
    return [m, min](ServerConfig& c, const std::string& v) { return parseNumber(v, c.*m, min); };
}
Setter i32(int ServerConfig::*m, int min) {
    return [m, min](ServerConfig& c, const std::string& v) { return parseNumber(v, c.*m, min); };
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> kSetters = {
        {"listen", text(&ServerConfig::listen)},
        {"tls-cert", text(&ServerConfig::tlsCert)},
        {"tls-key", text(&ServerConfig::tlsKey)},
        {"client-ca", text(&ServerConfig::clientCa)},
        {"tokens", text(&ServerConfig::tokens)},
        {"data-dir", text(&ServerConfig::dataDir)},
        {"region", text(&ServerConfig::region)},
        {"jurisdiction", text(&ServerConfig::jurisdiction)},
        {"backend",
         [](ServerConfig& c, const std::string& v) {
             c.backend = v;
             return v == "auto" || v == "cpu" || v == "cuda";
         }},
        {"max-jobs", i32(&ServerConfig::maxJobs, 1)},
        {"max-message-bytes", u64(&ServerConfig::maxMessageBytes, 64 * 1024)},
        {"max-upload-bytes", u64(&ServerConfig::maxUploadBytes, 1)},
        {"max-voxels", u64(&ServerConfig::maxVoxels, 1)},
        {"max-memory-bytes", u64(&ServerConfig::maxMemoryBytes, 0)},
        {"intermediate-every", i32(&ServerConfig::intermediateEvery, 1)},
        {"shutdown-grace", i32(&ServerConfig::shutdownGraceSeconds, 0)},
        {"on-restart",
         [](ServerConfig& c, const std::string& v) {
             c.rerunInterrupted = v == "rerun";
             return v == "rerun" || v == "fail";
         }},
    };
    return kSetters;
}

core::Result<bool> apply(ServerConfig& config, const std::string& key, const std::string& value,
                         const std::string& where) {
    auto it = setters().find(key);
    if (it == setters().end())
        return core::fail(core::ErrorCode::InvalidArgument, "server.unknown_option",
                          "unknown option '" + key + "'", where, {key});
    if (!it->second(config, value))
        return core::fail(core::ErrorCode::InvalidArgument, "server.bad_value",
                          "invalid value '" + value + "' for " + key, where, {key, value});
    return true;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

core::Result<bool> readConfigFile(ServerConfig& config, const std::string& path) {
    std::ifstream in(path);
    if (!in)
        return core::fail(core::ErrorCode::NotFound, "server.config_missing", "cannot read config",
                          path);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return core::fail(core::ErrorCode::InvalidArgument, "server.config_syntax",
                              "expected key = value", path + ":" + std::to_string(n));
        if (auto ok = apply(config, trim(line.substr(0, eq)), trim(line.substr(eq + 1)),
                            path + ":" + std::to_string(n));
            !ok)
            return ok;
    }
    return true;
}

} // namespace

core::Result<ServerConfig> parseServerArgs(const std::vector<std::string>& args) {
    ServerConfig config;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (!a.starts_with("--") || i + 1 >= args.size())
            return core::fail(core::ErrorCode::InvalidArgument, "server.bad_argument",
                              "unexpected argument '" + a + "'", {}, {a});
        const std::string key = a.substr(2), value = args[++i];
        auto ok =
            key == "config" ? readConfigFile(config, value) : apply(config, key, value, "--" + key);
        if (!ok) return std::unexpected(ok.error());
    }
    if (config.tlsCert.empty() != config.tlsKey.empty())
        return core::fail(core::ErrorCode::InvalidArgument, "server.tls_pair",
                          "--tls-cert and --tls-key go together", "--tls-cert");
    if (!config.clientCa.empty() && !config.tls())
        return core::fail(core::ErrorCode::InvalidArgument, "server.mtls_needs_tls",
                          "--client-ca needs TLS", "--client-ca");
    return config;
}

const char* serverUsage() {
    return "usage: werkbank-server [--config FILE] [--listen HOST:PORT|unix:PATH]\n"
           "         [--tls-cert F --tls-key F [--client-ca F]] [--tokens F] [--data-dir D]\n"
           "         [--backend auto|cpu|cuda] [--max-jobs N] [--region LABEL] [--jurisdiction "
           "LABEL]\n"
           "         [--max-message-bytes N] [--max-upload-bytes N] [--max-voxels N]\n"
           "         [--max-memory-bytes N] [--intermediate-every N] [--on-restart rerun|fail]\n"
           "         [--shutdown-grace SECONDS]\n"
           "       werkbank-server hash-token   (reads a token on stdin, prints its SHA-256)\n";
}

} // namespace wb::remote
