#include "server.h"

#include "service_context.h"
#include "simulation_service.h"

#include "remote/common/error_status.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb::remote {

namespace fs = std::filesystem;

std::variant<std::string, grpc::Status>
ServiceContext::authenticate(const grpc::CallbackServerContext& call) const {
    if (!tokens.open() && !config.tls() && !config.unixSocket())
        return statusWith(grpc::StatusCode::UNAUTHENTICATED, "auth.insecure_transport",
                          "bearer tokens are refused on plaintext TCP");
    std::string_view header;
    const auto& metadata = call.client_metadata();
    if (auto it = metadata.find("authorization"); it != metadata.end())
        header = std::string_view(it->second.data(), it->second.size());
    if (auto tenant = tokens.tenantFor(header)) return *tenant;
    return statusWith(grpc::StatusCode::UNAUTHENTICATED,
                      header.empty() ? "auth.missing_token" : "auth.bad_token",
                      "authentication failed");
}

namespace {

core::Result<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return core::fail(core::ErrorCode::NotFound, "server.file_missing", "cannot read", path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

core::Result<std::shared_ptr<grpc::ServerCredentials>> credentials(const ServerConfig& c) {
    if (!c.tls()) return grpc::InsecureServerCredentials();
    auto cert = readFile(c.tlsCert);
    auto key = readFile(c.tlsKey);
    if (!cert) return std::unexpected(cert.error());
    if (!key) return std::unexpected(key.error());
    grpc::SslServerCredentialsOptions options;
    options.pem_key_cert_pairs.push_back({*key, *cert});
    if (!c.clientCa.empty()) {
        auto ca = readFile(c.clientCa);
        if (!ca) return std::unexpected(ca.error());
        options.pem_root_certs = *ca;
        options.client_certificate_request =
            GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
    }
    return grpc::SslServerCredentials(options);
}

/// Imports at once: each is a helper process that may use --import-memory-mb, and uploads
/// are rare next to jobs.
constexpr int kImportWorkers = 2;

std::uint64_t physicalMemory() {
    return static_cast<std::uint64_t>(sysconf(_SC_PHYS_PAGES)) *
           static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
}

} // namespace

struct Server::Impl {
    ServiceContext context;
    std::unique_ptr<SimulationService> service;
    std::unique_ptr<grpc::Server> server;
    std::string bound;
    int lockFd = -1;
    std::mutex shutdownMutex;
    bool shutDown = false;

    core::Result<bool> lockDataDir() {
        std::error_code ec;
        fs::create_directories(context.config.dataDir, ec);
        lockFd = ::open((fs::path(context.config.dataDir) / "lock").c_str(),
                        O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (lockFd < 0 || ::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
            return core::fail(core::ErrorCode::ResourceExhausted, "server.data_dir_locked",
                              "another server uses this data directory", context.config.dataDir);
        return true;
    }

    void recoverJobs() {
        for (const auto& job : context.jobs.unfinished()) {
            if (context.config.rerunInterrupted) {
                context.runner->enqueue(job, true);
            } else {
                job->setState(werkbank::v1::JOB_STATE_FAILED,
                              core::Error{core::ErrorCode::Internal,
                                          "job.interrupted",
                                          {},
                                          "interrupted by a restart",
                                          {}});
            }
        }
    }
};

Server::Server() : m_impl(std::make_unique<Impl>()) {}
Server::~Server() {
    shutdown();
}

core::Result<bool> Server::start(const ServerConfig& config) {
    Impl& d = *m_impl;
    d.context.config = config;
    if (!config.tokens.empty()) {
        auto tokens = TokenStore::load(config.tokens);
        if (!tokens) return std::unexpected(tokens.error());
        d.context.tokens = std::move(*tokens);
    }
    if (d.context.tokens.open() && !config.unixSocket() && !loopbackAddress(config.listen))
        std::cerr << "werkbank-server: warning: no --tokens: every caller on " << config.listen
                  << " is tenant 'default'\n";
    if (auto ok = d.lockDataDir(); !ok) return ok;
    if (auto ok = d.context.jobs.open(config.dataDir); !ok) return ok;
    d.context.geometry = std::make_unique<GeometryStore>(config.dataDir);
    core::io::ImportLimits limits;
    limits.timeoutSeconds = config.importTimeoutSeconds;
    limits.memoryMB = config.importMemoryMB;
    d.context.imports = std::make_unique<GeometryImports>(limits, kImportWorkers);
    d.context.imports->recover(fs::path(config.dataDir) / "tenants");
    d.context.memoryBudget =
        config.maxMemoryBytes ? config.maxMemoryBytes : physicalMemory() / 4 * 3;
    RunnerOptions runner;
    runner.maxJobs = config.maxJobs;
    runner.memoryBytes = d.context.memoryBudget;
    runner.geometryRoot = fs::path(config.dataDir) / "tenants";
    runner.imports = d.context.imports.get();
    runner.sizeLimits = d.context.sizeLimits();
    if (config.backend == "cpu") runner.backend = 1;
    if (config.backend == "cuda") runner.backend = 2;
    d.context.runner = std::make_unique<JobRunner>(runner);
    auto creds = credentials(config);
    if (!creds) return std::unexpected(creds.error());

    grpc::EnableDefaultHealthCheckService(true);
    d.service = std::make_unique<SimulationService>(d.context);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort(config.listen, *creds, &port);
    builder.RegisterService(d.service.get());
    // Larger HTTP/2 windows: result streams are bulk transfers.
    builder.AddChannelArgument(GRPC_ARG_HTTP2_STREAM_LOOKAHEAD_BYTES, 8 << 20);
    builder.SetMaxReceiveMessageSize(static_cast<int>(config.maxMessageBytes));
    builder.SetMaxSendMessageSize(
        static_cast<int>(std::max<std::uint64_t>(config.maxMessageBytes, 5u << 20)));
    d.server = builder.BuildAndStart();
    if (!d.server || (!config.unixSocket() && port == 0))
        return core::fail(core::ErrorCode::ResourceExhausted, "server.cannot_listen",
                          "cannot listen", config.listen);
    d.bound = config.listen;
    if (config.unixSocket()) ::chmod(config.listen.substr(5).c_str(), 0600);
    if (!config.unixSocket())
        d.bound = config.listen.substr(0, config.listen.rfind(':') + 1) + std::to_string(port);
    d.server->GetHealthCheckService()->SetServingStatus(true);
    d.recoverJobs();
    return true;
}

std::string Server::boundAddress() const {
    return m_impl->bound;
}

void Server::shutdown() {
    Impl& d = *m_impl;
    std::lock_guard lock(d.shutdownMutex);
    if (d.shutDown || !d.server) return;
    d.shutDown = true;
    d.server->GetHealthCheckService()->SetServingStatus(false);
    if (d.context.runner) d.context.runner->stop();
    if (d.context.imports) d.context.imports->stop();
    d.server->Shutdown(std::chrono::system_clock::now() +
                       std::chrono::seconds(d.context.config.shutdownGraceSeconds));
}

void Server::wait() {
    if (m_impl->server) m_impl->server->Wait();
}

} // namespace wb::remote
