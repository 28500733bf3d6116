#include "server_config.h"

#include <arpa/inet.h>

#include "core/model/command_line.h"
#include "core/model/exit_codes.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <sstream>

namespace wb::remote {

namespace {

const CLI::Validator kNotEmpty(
    [](std::string& value) { return value.empty() ? std::string("must not be empty") : ""; }, "",
    "not empty");

void addText(CLI::App& app, const std::string& name, std::string& target,
             const std::string& description) {
    app.add_option(name, target, description)->check(kNotEmpty)->capture_default_str();
}

/// The options of the service, bound to `c`; `--config` to `configFile`. The config file takes
/// the same options (those marked configurable).
void declareOptions(CLI::App& app, ServerConfig& c, std::string& configFile) {
    core::addPathOption(app, "--config", configFile,
                        "Read options from FILE (key = value lines); options given here win")
        ->configurable(false);
    addText(app, "--listen", c.listen, "HOST:PORT or unix:PATH to listen on");
    core::addPathOption(app, "--tls-cert", c.tlsCert, "TLS certificate (PEM)")->check(kNotEmpty);
    core::addPathOption(app, "--tls-key", c.tlsKey, "TLS private key (PEM)")->check(kNotEmpty);
    core::addPathOption(app, "--client-ca", c.clientCa,
                        "CA (PEM) that client certificates must come from (mTLS)")
        ->check(kNotEmpty);
    core::addPathOption(app, "--tokens", c.tokens,
                        "Token file: one TENANT:SHA256_HEX line per token (see hash-token)")
        ->check(kNotEmpty);
    core::addPathOption(app, "--data-dir", c.dataDir, "Folder for jobs, inputs and results")
        ->check(kNotEmpty)
        ->capture_default_str();
    app.add_option("--backend", c.backend, "Solver backend")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
        ->capture_default_str();
    core::checkAtLeast(app.add_option("--max-jobs", c.maxJobs, "Jobs at once per device"), 1)
        ->capture_default_str();
    addText(app, "--region", c.region, "Region label reported to clients");
    addText(app, "--jurisdiction", c.jurisdiction, "Jurisdiction label reported to clients");
    core::checkAtLeast(
        app.add_option("--max-message-bytes", c.maxMessageBytes, "Largest message accepted"),
        64 * 1024)
        ->capture_default_str();
    core::checkAtLeast(
        app.add_option("--max-upload-bytes", c.maxUploadBytes, "Largest geometry upload"), 1)
        ->capture_default_str();
    core::checkAtLeast(app.add_option("--max-voxels", c.maxVoxels, "Most voxels a study may have"),
                       1)
        ->capture_default_str();
    core::checkAtLeast(app.add_option("--max-memory-bytes", c.maxMemoryBytes,
                                      "Memory the jobs may use (0: 3/4 of physical memory)"),
                       0)
        ->capture_default_str();
    core::checkAtLeast(app.add_option("--intermediate-every", c.intermediateEvery,
                                      "Default period of intermediate fields, in iterations"),
                       1)
        ->capture_default_str();
    app.add_option_function<std::string>(
           "--on-restart", [&c](const std::string& v) { c.rerunInterrupted = v == "rerun"; },
           "Jobs interrupted by a restart: run them again, or fail them with a reason")
        ->check(CLI::IsMember({"rerun", "fail"}))
        ->default_str("rerun");
    core::checkAtLeast(app.add_option("--shutdown-grace", c.shutdownGraceSeconds,
                                      "Seconds calls may take to finish after SIGTERM"),
                       0)
        ->capture_default_str();
    core::checkAtLeast(app.add_option("--import-timeout-s", c.importTimeoutSeconds,
                                      "Seconds the import of an upload may take"),
                       1)
        ->capture_default_str();
    core::checkAtLeast(app.add_option("--import-memory-mb", c.importMemoryMB,
                                      "Memory the import of an upload may use, in MiB"),
                       1)
        ->capture_default_str();
    app.add_flag("--insecure", c.insecure,
                 "Serve a non-loopback address without TLS or without client authentication");
}

/// The whole command line: the options and the `hash-token` subcommand (returned).
CLI::App* declareServer(CLI::App& app, ServerConfig& c, std::string& configFile) {
    app.name("werkbank-server");
    app.description("The Werkbank simulation service");
    declareOptions(app, c, configFile);
    app.footer("Exit codes: 0 success, 1 internal or I/O error, 2 usage error or invalid "
               "configuration.");
    CLI::App* hash =
        app.add_subcommand("hash-token", "Read a token on stdin and print its SHA-256 (hex)");
    app.require_subcommand(0, 1);
    core::finishCommandLine(app);
    return hash;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

/// Applies one `key = value` line of the config file to `config` through the declaration.
std::string applyEntry(ServerConfig& config, const std::string& key, std::string value,
                       const std::filesystem::path& folder) {
    CLI::App app;
    std::string nestedConfig;
    declareServer(app, config, nestedConfig);
    CLI::Option* option = key.empty() ? nullptr : app.get_option_no_throw("--" + key);
    if (!option || !option->get_configurable()) return "unknown option '" + key + "'";
    if (core::isPathOption(*option)) value = core::resolvePath(value, folder);
    try {
        app.parse(std::vector<std::string>{value, "--" + key}); // CLI11 takes them last first
    } catch (const CLI::Error& e) {
        return e.what();
    }
    return {};
}

/// Reads `path` into `config`; an error names FILE:LINE.
core::Result<bool> readConfigFile(const std::string& path, ServerConfig& config) {
    std::ifstream in(path);
    if (!in)
        return core::fail(core::ErrorCode::NotFound, "server.config_missing",
                          "cannot read the config file", path);
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        const std::string where = path + ":" + std::to_string(n);
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return core::fail(core::ErrorCode::InvalidArgument, "server.config_syntax",
                              "expected key = value", where);
        const std::string key = trim(line.substr(0, eq));
        if (auto error = applyEntry(config, key, trim(line.substr(eq + 1)), folder); !error.empty())
            return core::fail(core::ErrorCode::InvalidArgument, "server.bad_value", error, where,
                              {key});
    }
    return true;
}

/// Fails closed: a network address needs TLS and client authentication unless --insecure.
core::Result<bool> checkExposure(const ServerConfig& config) {
    if (config.insecure || config.unixSocket() || loopbackAddress(config.listen)) return true;
    const bool authenticated = !config.tokens.empty() || !config.clientCa.empty();
    std::string missing;
    if (!config.tls()) missing = "TLS (--tls-cert and --tls-key)";
    if (!authenticated)
        missing += (missing.empty() ? "" : " and ") +
                   std::string("client authentication (--tokens or --client-ca)");
    if (missing.empty()) return true;
    return core::fail(core::ErrorCode::InvalidArgument, "server.insecure_listen",
                      config.listen + " is not a loopback address and has no " + missing +
                          "; give them, or --insecure to serve it anyway",
                      "--listen", {config.listen, missing});
}

core::Result<bool> checkConfig(const ServerConfig& config) {
    if (config.tlsCert.empty() != config.tlsKey.empty())
        return core::fail(core::ErrorCode::InvalidArgument, "server.tls_pair",
                          "--tls-cert and --tls-key go together", "--tls-cert");
    if (!config.clientCa.empty() && !config.tls())
        return core::fail(core::ErrorCode::InvalidArgument, "server.mtls_needs_tls",
                          "--client-ca needs TLS", "--client-ca");
    return checkExposure(config);
}

} // namespace

bool loopbackAddress(const std::string& listen) {
    std::string host = listen.substr(0, listen.rfind(':'));
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    if (host == "localhost") return true;
    in_addr v4{};
    if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    return ::inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

std::expected<ServerCommand, int> parseServerCommandLine(int argc, const char* const* argv,
                                                         std::ostream& out, std::ostream& err) {
    ServerCommand command;
    std::string configFile;
    {
        CLI::App app;
        CLI::App* hash = declareServer(app, command.config, configFile);
        if (auto exit = core::parseCommandLine(app, argc, argv, out, err))
            return std::unexpected(*exit);
        command.hashToken = hash->parsed();
    }
    if (!configFile.empty() && !command.hashToken) {
        // The file first, then the command line again over it.
        command.config = ServerConfig();
        if (auto read = readConfigFile(configFile, command.config); !read) {
            err << "werkbank-server: error: " << read.error().toString() << "\n";
            return std::unexpected(core::exitCodeFor(read.error()));
        }
        CLI::App app;
        declareServer(app, command.config, configFile);
        if (auto exit = core::parseCommandLine(app, argc, argv, out, err))
            return std::unexpected(*exit);
    }
    if (auto ok = checkConfig(command.config); !ok) {
        err << "werkbank-server: error: " << ok.error().toString() << "\n";
        return std::unexpected(core::kExitUsage);
    }
    return command;
}

} // namespace wb::remote
