#pragma once
/// werkbank-server configuration: command-line options and the same keys in a config file.

#include "core/model/result.h"

#include <cstdint>
#include <expected>
#include <ostream>
#include <string>

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
    std::uint64_t maxMemoryBytes = 0;    ///< 0 = 3/4 of physical memory
    int intermediateEvery = 10;          ///< default intermediate field period (iterations)
    bool rerunInterrupted = true;        ///< after a restart: run again, or fail with a reason
    int shutdownGraceSeconds = 5;        ///< SIGTERM: time for calls to finish
    int importTimeoutSeconds = 120;      ///< an upload's import helper: wall-clock limit
    std::uint64_t importMemoryMB = 4096; ///< an upload's import helper: memory limit
    bool insecure = false; ///< serve a non-loopback address without TLS and authentication

    bool tls() const { return !tlsCert.empty() && !tlsKey.empty(); }
    bool unixSocket() const { return listen.starts_with("unix:"); }
};

/// Whether HOST:PORT names a loopback host: 127.0.0.0/8, [::1] or localhost.
bool loopbackAddress(const std::string& listen);

/// What werkbank-server's command line asks for: serve with `config`, or hash a token.
struct ServerCommand {
    ServerConfig config;
    bool hashToken = false; ///< `werkbank-server hash-token`
};

/// Parses werkbank-server's command line (program name first) with one declaration for the
/// options and the config file: `--config FILE` reads `key = value` lines (the option names
/// without dashes, `#` comments), whose relative paths are taken from the file's folder; options
/// on the command line override the file, and their relative paths are taken from the working
/// directory. Paths in the result are absolute. A non-loopback TCP address without TLS or
/// without client authentication (tokens, client certificates) is refused unless --insecure.
/// Otherwise returns the exit code, after printing the help or version to `out` (0) or the error,
/// naming the option or FILE:LINE, to `err` (2).
std::expected<ServerCommand, int> parseServerCommandLine(int argc, const char* const* argv,
                                                         std::ostream& out, std::ostream& err);

} // namespace wb::remote
