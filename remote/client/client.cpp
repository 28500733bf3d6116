#include "client_impl.h"

#include "core/sim/study_json.h"

#include <fstream>
#include <random>
#include <sstream>

namespace wb::remote {

namespace v1 = werkbank::v1;

namespace {

std::string randomRequestId() {
    std::random_device device;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = "req-";
    for (int i = 0; i < 24; ++i)
        id.push_back(kHex[device() & 15]);
    return id;
}

/// One unary call: request, reply and context live until the callback has run.
template <typename Req, typename Resp, typename T, typename Start, typename Convert>
void unary(Client::Impl* impl, Req request, Start start, Convert convert, Callback<T> done) {
    struct Call {
        grpc::ClientContext context;
        Req request;
        Resp reply;
    };
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    impl->prepare(call->context, true);
    impl->begin();
    start(impl->stub->async(), &call->context, &call->request, &call->reply,
          [impl, call, convert, done = std::move(done)](grpc::Status status) mutable {
              core::Result<T> result =
                  status.ok() ? core::Result<T>(convert(call->reply))
                              : core::Result<T>(std::unexpected(impl->diagnose(status)));
              call.reset();
              auto callback = std::move(done);
              callback(std::move(result));
              callback = nullptr;
              impl->end(); // last: the client may be destroyed from here on
          });
}

} // namespace

void Client::Impl::prepare(grpc::ClientContext& context, bool deadline) const {
    if (!token.empty()) context.AddMetadata("authorization", "Bearer " + token);
    if (deadline) context.set_deadline(std::chrono::system_clock::now() + options.callTimeout);
}

void Client::Impl::begin() {
    std::lock_guard lock(mutex);
    ++outstanding;
}

void Client::Impl::end() {
    std::lock_guard lock(mutex);
    --outstanding;
    idle.notify_all();
}

core::Result<std::shared_ptr<Client>> Client::create(const ConnectionOptions& options) {
    auto impl = std::make_shared<Impl>();
    impl->options = options;
    impl->token = options.token;
    if (options.endpoint.empty()) {
        auto embedded = EmbeddedServer::acquire(options.serverExecutable, options.dataDir,
                                                options.rerunInterrupted);
        if (!embedded) return std::unexpected(embedded.error());
        impl->embedded = *embedded;
        impl->options.endpoint = impl->embedded->endpoint();
        impl->token = impl->embedded->token();
        impl->options.caFile.clear();
    }
    ConnectionOptions channelOptions = impl->options;
    channelOptions.token = impl->token;
    auto channel = makeChannel(channelOptions);
    if (!channel) return std::unexpected(channel.error());
    impl->channel = *channel;
    impl->stub = v1::SimulationService::NewStub(impl->channel);
    return std::shared_ptr<Client>(new Client(std::move(impl)));
}

Client::Client(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Client::~Client() {
    std::unique_lock lock(m_impl->mutex);
    for (WatchHandle* watch : m_impl->watches)
        watch->cancel();
    m_impl->idle.wait(lock, [&] { return m_impl->outstanding == 0; });
    lock.unlock();
    m_impl->scheduler.reset();
}

void Client::uploadGeometry(const std::filesystem::path& file, Callback<std::string> done,
                            UploadProgress progress) {
    startUpload(m_impl.get(), file, std::move(done), std::move(progress));
}

void Client::submit(const std::string& studyJson, const std::string& geometryId,
                    const SubmitOptions& options, Callback<JobInfo> done) {
    v1::SubmitJobRequest request;
    request.set_request_id(options.requestId.empty() ? randomRequestId() : options.requestId);
    request.set_study_json(studyJson);
    request.set_geometry_id(geometryId);
    request.set_deadline_ms(static_cast<std::uint32_t>(options.deadline.count()));
    request.set_intermediate_every(
        static_cast<std::uint32_t>(std::max(0, options.intermediateEvery)));
    unary<v1::SubmitJobRequest, v1::SubmitJobResponse, JobInfo>(
        m_impl.get(), std::move(request), [](auto* s, auto... a) { s->SubmitJob(a...); },
        [](const v1::SubmitJobResponse& r) { return toJobInfo(r.job()); }, std::move(done));
}

void Client::submitStudyFile(const std::filesystem::path& studyFile, const SubmitOptions& options,
                             Callback<JobInfo> done) {
    auto study = sim::loadStudy(studyFile);
    if (!study) return done(std::unexpected(study.error()));
    std::ifstream in(studyFile, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    uploadGeometry(study->geometryPath(),
                   [this, json = text.str(), options, done](core::Result<std::string> geometry) {
                       if (!geometry) return done(std::unexpected(geometry.error()));
                       submit(json, *geometry, options, done);
                   });
}

std::shared_ptr<WatchHandle> Client::watch(const std::string& jobId, std::uint64_t fromSequence,
                                           std::function<void(const JobEvent&)> onEvent,
                                           Callback<JobInfo> done, WatchRetry retry) {
    return startWatch(m_impl.get(), jobId, fromSequence, std::move(onEvent), std::move(done),
                      std::move(retry));
}

void Client::getJob(const std::string& jobId, Callback<JobInfo> done) {
    v1::JobRef request;
    request.set_job_id(jobId);
    unary<v1::JobRef, v1::Job, JobInfo>(
        m_impl.get(), std::move(request), [](auto* s, auto... a) { s->GetJob(a...); },
        [](const v1::Job& j) { return toJobInfo(j); }, std::move(done));
}

void Client::listJobs(Callback<std::vector<JobInfo>> done) {
    unary<v1::ListJobsRequest, v1::ListJobsResponse, std::vector<JobInfo>>(
        m_impl.get(), v1::ListJobsRequest(), [](auto* s, auto... a) { s->ListJobs(a...); },
        [](const v1::ListJobsResponse& r) {
            std::vector<JobInfo> jobs;
            for (const auto& j : r.jobs())
                jobs.push_back(toJobInfo(j));
            return jobs;
        },
        std::move(done));
}

void Client::cancelJob(const std::string& jobId, Callback<JobInfo> done) {
    v1::JobRef request;
    request.set_job_id(jobId);
    unary<v1::JobRef, v1::Job, JobInfo>(
        m_impl.get(), std::move(request), [](auto* s, auto... a) { s->CancelJob(a...); },
        [](const v1::Job& j) { return toJobInfo(j); }, std::move(done));
}

void Client::deleteJob(const std::string& jobId, Callback<JobInfo> done) {
    v1::JobRef request;
    request.set_job_id(jobId);
    unary<v1::JobRef, v1::Job, JobInfo>(
        m_impl.get(), std::move(request), [](auto* s, auto... a) { s->DeleteJob(a...); },
        [](const v1::Job& j) { return toJobInfo(j); }, std::move(done));
}

void Client::fetchResult(const std::string& jobId, const std::filesystem::path& dir,
                         Callback<bool> done, std::uint32_t chunkSize) {
    startFetch(m_impl.get(), jobId, dir, chunkSize, std::move(done));
}

std::string Client::endpoint() const {
    return m_impl->options.endpoint;
}

bool Client::serviceStopped() const {
    return m_impl->embedded && !m_impl->embedded->alive();
}

void Client::serverInfo(Callback<ServerInfo> done) {
    unary<v1::ServerInfoRequest, v1::ServerInfo, ServerInfo>(
        m_impl.get(), v1::ServerInfoRequest(), [](auto* s, auto... a) { s->GetServerInfo(a...); },
        [](const v1::ServerInfo& r) {
            ServerInfo info;
            info.version = r.version();
            info.region = r.region();
            info.jurisdiction = r.jurisdiction();
            info.backends.assign(r.backends().begin(), r.backends().end());
            for (const auto& g : r.gpus())
                info.gpus.emplace_back(g.name(), g.memory_bytes());
            info.maxMessageBytes = r.limits().max_message_bytes();
            info.maxUploadBytes = r.limits().max_upload_bytes();
            info.maxVoxels = r.limits().max_voxels();
            info.maxMemoryBytes = r.limits().max_memory_bytes();
            info.maxConcurrentJobs = r.limits().max_concurrent_jobs();
            return info;
        },
        std::move(done));
}

} // namespace wb::remote
