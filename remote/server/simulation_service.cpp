#include "simulation_service.h"

#include "stream_reactors.h"
#include "study_size.h"

#include "remote/common/error_status.h"
#include "remote/common/job_state.h"

#include "core/sim/solve.h"
#include "core/sim/study_json.h"

namespace wb::remote {

using namespace werkbank::v1;

namespace {

grpc::ServerUnaryReactor* finish(grpc::CallbackServerContext* call, const grpc::Status& status) {
    auto* reactor = call->DefaultReactor();
    reactor->Finish(status);
    return reactor;
}

grpc::Status notFound(const std::string& id) {
    return statusWith(grpc::StatusCode::NOT_FOUND, "remote.job_not_found", "no such job", "job_id",
                      {id});
}

grpc::Status invalidField(const std::string& field, const std::string& why) {
    return statusWith(grpc::StatusCode::INVALID_ARGUMENT, "remote.invalid_field", why, field,
                      {field});
}

bool validRequestId(const std::string& id) {
    if (id.empty() || id.size() > 128) return false;
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'))
            return false;
    return true;
}

} // namespace

grpc::Status SimulationService::submit(const std::string& tenant, const SubmitJobRequest& request,
                                       SubmitJobResponse& reply) {
    if (!validRequestId(request.request_id()))
        return invalidField("request_id", "1..128 of [A-Za-z0-9_.-]");
    if (auto existing = m_context.jobs.findByRequest(tenant, request.request_id())) {
        *reply.mutable_job() = existing->toProto();
        return grpc::Status::OK;
    }
    if (request.study_json().empty()) return invalidField("study_json", "empty study");
    auto study = sim::parseStudy(request.study_json());
    if (!study) return toStatus(grpc::StatusCode::INVALID_ARGUMENT, study.error());
    auto geometry = m_context.geometry->path(tenant, request.geometry_id());
    if (!geometry)
        return toStatus(geometry.error().code == core::ErrorCode::NotFound
                            ? grpc::StatusCode::NOT_FOUND
                            : grpc::StatusCode::INVALID_ARGUMENT,
                        geometry.error());
    if (request.intermediate_every() > 1'000'000)
        return invalidField("intermediate_every", "out of range");
    auto job = std::make_shared<JobRecord>();
    // The geometry's import runs on the import workers; until it has finished the job is
    // accepted unchecked and its runner waits for the import, then checks the same.
    auto imported = m_context.imports->state(*geometry);
    if (auto* summary = std::get_if<core::Result<ImportSummary>>(&imported)) {
        if (!*summary) return toStatus(summary->error());
        auto bytes = estimateJobBytes(*study, **summary, m_context.sizeLimits());
        if (!bytes) return toStatus(bytes.error());
        job->estimatedBytes = *bytes;
    }
    job->tenant = tenant;
    job->requestId = request.request_id();
    job->name = study->name;
    job->geometryId = request.geometry_id();
    job->createdMs = nowUnixMs();
    job->deadlineMs = request.deadline_ms() ? job->createdMs + request.deadline_ms() : 0;
    job->intermediateEvery = request.intermediate_every() ? int(request.intermediate_every())
                                                          : m_context.config.intermediateEvery;
    bool created = false;
    auto stored = m_context.jobs.create(job, request.study_json(), &created);
    if (!stored) return toStatus(stored.error());
    if (created) m_context.runner->enqueue(*stored);
    *reply.mutable_job() = (*stored)->toProto();
    reply.set_created(created);
    return grpc::Status::OK;
}

grpc::ServerUnaryReactor* SimulationService::SubmitJob(grpc::CallbackServerContext* call,
                                                       const SubmitJobRequest* request,
                                                       SubmitJobResponse* reply) {
    auto tenant = m_context.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return finish(call, *status);
    return finish(call, submit(std::get<std::string>(tenant), *request, *reply));
}

grpc::ServerReadReactor<UploadGeometryRequest>*
SimulationService::UploadGeometry(grpc::CallbackServerContext* call, GeometryRef* reply) {
    return startUpload(m_context, call, reply);
}

grpc::ServerWriteReactor<JobEvent>* SimulationService::WatchJob(grpc::CallbackServerContext* call,
                                                                const WatchJobRequest* request) {
    return startWatch(m_context, call, request);
}

grpc::ServerWriteReactor<grpc::ByteBuffer>*
SimulationService::GetResult(grpc::CallbackServerContext* call, const grpc::ByteBuffer* request) {
    return startResult(m_context, call, request);
}

grpc::ServerUnaryReactor* SimulationService::GetJob(grpc::CallbackServerContext* call,
                                                    const JobRef* request, Job* reply) {
    auto tenant = m_context.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return finish(call, *status);
    auto job = m_context.jobs.find(std::get<std::string>(tenant), request->job_id());
    if (!job) return finish(call, notFound(request->job_id()));
    *reply = job->toProto();
    return finish(call, grpc::Status::OK);
}

grpc::ServerUnaryReactor* SimulationService::ListJobs(grpc::CallbackServerContext* call,
                                                      const ListJobsRequest*,
                                                      ListJobsResponse* reply) {
    auto tenant = m_context.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return finish(call, *status);
    for (const auto& job : m_context.jobs.list(std::get<std::string>(tenant)))
        *reply->add_jobs() = job->toProto();
    return finish(call, grpc::Status::OK);
}

grpc::ServerUnaryReactor* SimulationService::CancelJob(grpc::CallbackServerContext* call,
                                                       const JobRef* request, Job* reply) {
    auto tenant = m_context.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return finish(call, *status);
    auto job = m_context.jobs.find(std::get<std::string>(tenant), request->job_id());
    if (!job) return finish(call, notFound(request->job_id()));
    if (!isTerminal(job->state())) m_context.runner->cancel(job);
    *reply = job->toProto();
    return finish(call, grpc::Status::OK);
}

grpc::ServerUnaryReactor* SimulationService::DeleteJob(grpc::CallbackServerContext* call,
                                                       const JobRef* request, Job* reply) {
    auto tenant = m_context.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return finish(call, *status);
    auto job = m_context.jobs.find(std::get<std::string>(tenant), request->job_id());
    if (!job) return finish(call, notFound(request->job_id()));
    if (!isTerminal(job->state()))
        return finish(call,
                      statusWith(grpc::StatusCode::FAILED_PRECONDITION, "remote.job_not_finished",
                                 "cancel the job first", "job_id", {request->job_id()}));
    *reply = job->toProto();
    m_context.jobs.remove(job);
    return finish(call, grpc::Status::OK);
}

grpc::ServerUnaryReactor* SimulationService::GetServerInfo(grpc::CallbackServerContext* call,
                                                           const ServerInfoRequest*,
                                                           ServerInfo* reply) {
    auto tenant = m_context.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return finish(call, *status);
    const ServerConfig& c = m_context.config;
    reply->set_version(WB_VERSION);
    reply->set_region(c.region);
    reply->set_jurisdiction(c.jurisdiction);
    if (c.backend != "cuda") reply->add_backends("cpu");
    if (c.backend != "cpu" && sim::cudaAvailable()) reply->add_backends("cuda");
    if (c.backend != "cpu")
        for (const sim::GpuDevice& device : sim::cudaDevices()) {
            auto* gpu = reply->add_gpus();
            gpu->set_name(device.name);
            gpu->set_memory_bytes(device.memoryBytes);
        }
    auto* limits = reply->mutable_limits();
    limits->set_max_message_bytes(c.maxMessageBytes);
    limits->set_max_upload_bytes(c.maxUploadBytes);
    limits->set_max_voxels(c.maxVoxels);
    limits->set_max_concurrent_jobs(static_cast<std::uint32_t>(c.maxJobs));
    limits->set_max_memory_bytes(m_context.memoryBudget);
    return finish(call, grpc::Status::OK);
}

} // namespace wb::remote
