#pragma once
/// Internals of Client shared by its source files.

#include "client.h"
#include "embedded_server.h"
#include "scheduler.h"

#include "werkbank/v1/simulation.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <condition_variable>
#include <mutex>
#include <set>

namespace wb::remote {

struct Client::Impl {
    ConnectionOptions options;
    std::shared_ptr<EmbeddedServer> embedded; ///< kept alive while this client lives
    std::string token;
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<werkbank::v1::SimulationService::Stub> stub;
    std::unique_ptr<Scheduler> scheduler = std::make_unique<Scheduler>();

    std::mutex mutex;
    std::condition_variable idle;
    int outstanding = 0;
    std::set<WatchHandle*> watches;

    /// A context with the token and (for unary calls) the deadline.
    void prepare(grpc::ClientContext& context, bool deadline) const;
    /// The error of a failed call, telling a refused TLS handshake from an unreachable service.
    core::Error diagnose(const grpc::Status& status) const;
    void begin();
    void end();
};

/// The channel for `options` (TLS when caFile is set; unix: endpoints are local).
core::Result<std::shared_ptr<grpc::Channel>> makeChannel(const ConnectionOptions& options);
/// The error of a failed call, ids normalised for failureOf().
core::Error callError(const grpc::Status& status);
JobInfo toJobInfo(const werkbank::v1::Job& job);
JobEvent toJobEvent(const werkbank::v1::JobEvent& event);
JobState toJobState(werkbank::v1::JobState state);

/// Starts the resumable watch (watch_stream.cpp).
std::shared_ptr<WatchHandle> startWatch(Client::Impl* impl, const std::string& jobId,
                                        std::uint64_t fromSequence,
                                        std::function<void(const JobEvent&)> onEvent,
                                        Callback<JobInfo> done, WatchRetry retry);
/// Upload and download (client_calls.cpp).
void startUpload(Client::Impl* impl, const std::filesystem::path& file, Callback<std::string> done,
                 UploadProgress progress);
void startFetch(Client::Impl* impl, const std::string& jobId, const std::filesystem::path& dir,
                std::uint32_t chunkSize, Callback<bool> done);

} // namespace wb::remote
