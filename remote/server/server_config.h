#pragma once
/// werkbank-server configuration: command-line flags and the same keys in a config file.

#include "core/model/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wb::remote {

struct ServerConfig {
    std::string listen = "127.0.0.1:50051"; ///< HOST:PORT or unix:PATH
    std::string tlsCert, tlsKey;            ///< PEM files; TLS when both are set
    std::string clientCa;                   ///< PEM; requires client certificates (mTLS)
    std::string tokens;                     ///< token file (TENANT:SHA256HEX per line)
    std::string dataDir = "werkbank-data";
    std::string backend = "auto"; ///< auto | cpu | cuda
    int maxJobs = 1;              ///< concurrent jobs per device
    std::string region = "local";
    std::string jurisdiction = "local";
    std::uint64_t maxMessageBytes = 4u << 20;
    std::uint64_t maxUploadBytes = 512ull << 20;
    std::uint64_t maxVoxels = 20'000'000;
    std::uint64_t maxMemoryBytes = 0; ///< 0 = 3/4 of physical memory
    int intermediateEvery = 10;       ///< default intermediate field period (iterations)
    bool rerunInterrupted = true;     ///< after a restart: run again, or fail with a reason
    int shutdownGraceSeconds = 5;     ///< SIGTERM: time for calls to finish

    bool tls() const { return !tlsCert.empty() && !tlsKey.empty(); }
    bool unixSocket() const { return listen.starts_with("unix:"); }
};

/// Parses the arguments after the program name. `--config F` reads `key = value` lines (the
/// flag names without dashes); later flags override earlier ones.
core::Result<ServerConfig> parseServerArgs(const std::vector<std::string>& args);

/// Usage text for --help.
const char* serverUsage();

} // namespace wb::remote
