#include "client_impl.h"

#include "remote/common/error_status.h"

#include <fstream>
#include <netdb.h>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

namespace wb::remote {

namespace {

// UNAVAILABLE is retried with exponential backoff by the channel itself.
constexpr const char* kServiceConfig = R"({
  "methodConfig": [{
    "name": [{"service": "werkbank.v1.SimulationService"}],
    "retryPolicy": {
      "maxAttempts": 5, "initialBackoff": "0.1s", "maxBackoff": "2s",
      "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]
    }
  }]
})";

core::Result<std::string> readPem(const std::string& path, const char* option) {
    std::ifstream in(path);
    if (!in)
        return core::fail(core::ErrorCode::NotFound, "remote.file_missing", "cannot read " + path,
                          option, {path});
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// True when a TCP connection to HOST:PORT opens within a second.
bool tcpReachable(const std::string& endpoint) {
    const auto colon = endpoint.rfind(':');
    if (colon == std::string::npos) return false;
    std::string host = endpoint.substr(0, colon);
    if (host.size() > 2 && host.front() == '[') host = host.substr(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.c_str(), endpoint.substr(colon + 1).c_str(), &hints, &found) != 0)
        return false;
    bool reachable = false;
    for (addrinfo* a = found; a && !reachable; a = a->ai_next) {
        const int fd =
            ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            reachable = true;
        } else if (errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            reachable = ::poll(&p, 1, 1000) == 1 &&
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
        }
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return reachable;
}

} // namespace

core::Error Client::Impl::diagnose(const grpc::Status& status) const {
    core::Error e = callError(status);
    // Over TLS, a refused certificate often surfaces as a closed connection: if the port
    // answers, the secure handshake is what failed.
    if (e.id == "remote.unavailable" && !options.caFile.empty() && tcpReachable(options.endpoint))
        e.id = "auth.tls_handshake";
    return e;
}

core::Result<std::shared_ptr<grpc::Channel>> makeChannel(const ConnectionOptions& options) {
    grpc::ChannelArguments args;
    args.SetServiceConfigJSON(kServiceConfig);
    args.SetMaxReceiveMessageSize(64 << 20);
    args.SetInt(GRPC_ARG_HTTP2_STREAM_LOOKAHEAD_BYTES,
                8 << 20); // result streams are bulk transfers
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 20000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10000);
    const bool local = options.endpoint.starts_with("unix:");
    if (options.caFile.empty()) {
        if (!local && !options.token.empty())
            return core::fail(core::ErrorCode::InvalidArgument, "auth.insecure_transport",
                              "a token is never sent over plaintext TCP: give --ca-file",
                              "--token-file");
        return grpc::CreateCustomChannel(options.endpoint, grpc::InsecureChannelCredentials(),
                                         args);
    }
    grpc::SslCredentialsOptions ssl;
    auto ca = readPem(options.caFile, "--ca-file");
    if (!ca) return std::unexpected(ca.error());
    ssl.pem_root_certs = *ca;
    if (!options.certFile.empty() || !options.keyFile.empty()) {
        auto cert = readPem(options.certFile, "--cert");
        auto key = readPem(options.keyFile, "--key");
        if (!cert) return std::unexpected(cert.error());
        if (!key) return std::unexpected(key.error());
        ssl.pem_cert_chain = *cert;
        ssl.pem_private_key = *key;
    }
    return grpc::CreateCustomChannel(options.endpoint, grpc::SslCredentials(ssl), args);
}

core::Error callError(const grpc::Status& status) {
    core::Error e = fromStatus(status);
    if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
        const std::string& m = status.error_message();
        const bool handshake =
            m.find("andshake") != std::string::npos || m.find("SSL") != std::string::npos ||
            m.find("ssl") != std::string::npos || m.find("certificate") != std::string::npos;
        e.id = handshake ? "auth.tls_handshake" : "remote.unavailable";
    } else if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED &&
               !e.id.starts_with("auth.")) {
        e.id = "auth.unauthenticated";
    } else if (status.error_code() == grpc::StatusCode::PERMISSION_DENIED) {
        e.id = "auth.permission_denied";
    }
    return e;
}

Failure failureOf(const core::Error& e) {
    if (e.id.starts_with("auth.")) return Failure::Auth;
    if (e.id == "remote.unavailable") return Failure::Unreachable;
    if (e.id == "remote.deadline_exceeded" || e.id == "job.deadline_exceeded")
        return Failure::Deadline;
    switch (e.code) {
    case core::ErrorCode::InvalidArgument:
    case core::ErrorCode::InvalidFile:
    case core::ErrorCode::Unsupported:
        return Failure::Invalid;
    case core::ErrorCode::NotFound:
        return Failure::NotFound;
    case core::ErrorCode::Cancelled:
        return Failure::Cancelled;
    case core::ErrorCode::ResourceExhausted:
        return Failure::Resources;
    default:
        return Failure::Other;
    }
}

JobState toJobState(werkbank::v1::JobState s) {
    switch (s) {
    case werkbank::v1::JOB_STATE_QUEUED:
        return JobState::Queued;
    case werkbank::v1::JOB_STATE_RUNNING:
        return JobState::Running;
    case werkbank::v1::JOB_STATE_SUCCEEDED:
        return JobState::Succeeded;
    case werkbank::v1::JOB_STATE_NOT_CONVERGED:
        return JobState::NotConverged;
    case werkbank::v1::JOB_STATE_CANCELLED:
        return JobState::Cancelled;
    case werkbank::v1::JOB_STATE_FAILED:
        return JobState::Failed;
    default:
        return JobState::Unspecified;
    }
}

const char* jobStateText(JobState s) {
    constexpr const char* kNames[] = {"unspecified",   "queued",    "running", "succeeded",
                                      "not_converged", "cancelled", "failed"};
    return kNames[static_cast<int>(s)];
}

bool isFinished(JobState s) {
    return s == JobState::Succeeded || s == JobState::NotConverged || s == JobState::Cancelled ||
           s == JobState::Failed;
}

JobInfo toJobInfo(const werkbank::v1::Job& job) {
    JobInfo info;
    info.id = job.job_id();
    info.name = job.name();
    info.requestId = job.request_id();
    info.state = toJobState(job.state());
    info.createdUnixMs = job.created_unix_ms();
    if (job.started_unix_ms() > 0) info.startedUnixMs = job.started_unix_ms();
    if (job.finished_unix_ms() > 0) info.finishedUnixMs = job.finished_unix_ms();
    info.backend = job.backend();
    info.device = job.device();
    info.lastSequence = job.last_sequence();
    if (job.has_error()) info.error = fromDetail(job.error());
    return info;
}

JobEvent toJobEvent(const werkbank::v1::JobEvent& event) {
    JobEvent e;
    e.sequence = event.sequence();
    e.unixMs = event.unix_ms();
    if (event.has_state()) {
        e.kind = JobEvent::Kind::State;
        e.state = toJobState(event.state().state());
        if (event.state().has_error()) e.error = fromDetail(event.state().error());
    } else if (event.has_progress()) {
        e.kind = JobEvent::Kind::Progress;
        e.stage = event.progress().stage();
        e.iteration = event.progress().iteration();
        e.residual = event.progress().residual();
    } else if (event.has_field()) {
        const auto& f = event.field();
        e.kind = JobEvent::Kind::Field;
        e.field = FieldChunk{f.kind() == werkbank::v1::FIELD_KIND_FINAL,
                             f.name(),
                             f.components(),
                             f.iteration(),
                             f.total_bytes(),
                             f.offset(),
                             f.data(),
                             {f.grid_nx(), f.grid_ny(), f.grid_nz()},
                             f.voxel_size(),
                             {f.origin_x(), f.origin_y(), f.origin_z()}};
    } else if (event.has_mask()) {
        const auto& m = event.mask();
        e.kind = JobEvent::Kind::Mask;
        e.mask = MaskChunk{m.total_bytes(),
                           m.offset(),
                           m.bits(),
                           {m.grid_nx(), m.grid_ny(), m.grid_nz()},
                           m.voxel_size(),
                           {m.origin_x(), m.origin_y(), m.origin_z()}};
    } else {
        e.kind = JobEvent::Kind::Log;
        e.logId = event.log().id();
        e.logArgs.assign(event.log().args().begin(), event.log().args().end());
    }
    return e;
}

} // namespace wb::remote
