#include "stream_reactors.h"

#include "remote/common/error_status.h"
#include "remote/common/job_state.h"

#include <algorithm>
#include <fstream>

namespace wb::remote {

namespace fs = std::filesystem;
using namespace werkbank::v1;

namespace {

grpc::Status notFound(const std::string& id) {
    return statusWith(grpc::StatusCode::NOT_FOUND, "remote.job_not_found", "no such job", "job_id",
                      {id});
}

/// Receives a geometry upload: a header, then data chunks.
class UploadReactor : public grpc::ServerReadReactor<UploadGeometryRequest> {
public:
    UploadReactor(ServiceContext& service, std::string tenant, GeometryRef* reply)
        : m_service(service), m_tenant(std::move(tenant)), m_reply(reply) {
        StartRead(&m_request);
    }
    void OnReadDone(bool ok) override {
        if (!ok) return complete();
        grpc::Status status = accept();
        if (!status.ok()) return Finish(status);
        StartRead(&m_request);
    }
    void OnDone() override { delete this; }

private:
    grpc::Status accept() {
        if (m_request.has_header()) {
            if (m_upload)
                return statusWith(grpc::StatusCode::INVALID_ARGUMENT, "remote.invalid_field",
                                  "second header", "header", {"header"});
            m_header = m_request.header();
            if (m_header.size() > m_service.config.maxUploadBytes)
                return statusWith(grpc::StatusCode::RESOURCE_EXHAUSTED, "remote.upload_too_large",
                                  "upload too large", "header.size",
                                  {std::to_string(m_service.config.maxUploadBytes)});
            auto upload = m_service.geometry->begin(m_tenant, m_header.file_name());
            if (!upload) return toStatus(upload.error());
            m_upload = std::move(*upload);
            return grpc::Status::OK;
        }
        if (!m_upload)
            return statusWith(grpc::StatusCode::INVALID_ARGUMENT, "remote.missing_field",
                              "header first", "header", {"header"});
        if (m_upload->received() + m_request.data().size() > m_header.size())
            return statusWith(grpc::StatusCode::INVALID_ARGUMENT, "remote.invalid_field",
                              "more bytes than announced", "header.size", {"header.size"});
        auto written = m_upload->write(m_request.data());
        return written ? grpc::Status::OK : toStatus(written.error());
    }

    void complete() {
        if (!m_upload)
            return Finish(statusWith(grpc::StatusCode::INVALID_ARGUMENT, "remote.missing_field",
                                     "no header", "header", {"header"}));
        if (m_upload->received() != m_header.size())
            return Finish(statusWith(grpc::StatusCode::INVALID_ARGUMENT, "remote.invalid_field",
                                     "fewer bytes than announced", "header.size", {"header.size"}));
        auto stored = m_service.geometry->finish(*m_upload, m_header.sha256());
        if (!stored) return Finish(toStatus(stored.error()));
        m_reply->set_geometry_id(stored->first);
        m_reply->set_size(m_header.size());
        m_reply->set_already_stored(stored->second);
        Finish(grpc::Status::OK);
    }

    ServiceContext& m_service;
    std::string m_tenant;
    GeometryRef* m_reply;
    UploadGeometryRequest m_request;
    GeometryHeader m_header;
    std::unique_ptr<GeometryStore::Upload> m_upload;
};

/// Streams a job's events from a sequence on, waiting for new ones while the job runs.
class WatchReactor : public grpc::ServerWriteReactor<JobEvent> {
public:
    WatchReactor(std::shared_ptr<JobRecord> job, std::uint64_t from)
        : m_job(std::move(job)), m_next(std::max<std::uint64_t>(from, 1)),
          m_self(std::make_shared<Self>(this)) {
        pump();
    }
    void OnWriteDone(bool ok) override {
        std::unique_lock lock(m_mutex);
        m_writing = false;
        if (!ok) return finishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "stream closed"));
        ++m_next;
        lock.unlock();
        pump();
    }
    void OnCancel() override {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (!m_writing) finishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "cancelled"));
    }
    void OnDone() override {
        {
            std::lock_guard guard(m_self->mutex);
            m_self->reactor = nullptr;
        }
        if (m_waiter) m_job->removeWaiter(m_waiter);
        delete this;
    }

private:
    struct Self {
        explicit Self(WatchReactor* r) : reactor(r) {}
        std::mutex mutex;
        WatchReactor* reactor;
    };

    void pump() {
        std::lock_guard lock(m_mutex);
        if (m_writing || m_finished) return;
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (auto payload = m_job->log().read(m_next)) {
                m_event.ParseFromString(*payload);
                m_writing = true;
                return StartWrite(&m_event);
            }
            if (isTerminal(m_job->state()) && m_next > m_job->log().size())
                return finishLocked(grpc::Status::OK);
            if (attempt == 0) {
                // Register first, then look again: an event appended in between is not missed.
                std::weak_ptr<Self> self = m_self;
                m_waiter = m_job->addWaiter([self] {
                    if (auto s = self.lock()) {
                        std::lock_guard guard(s->mutex);
                        if (s->reactor) s->reactor->pump();
                    }
                });
            }
        }
    }
    void finishLocked(const grpc::Status& status) {
        if (m_finished) return;
        m_finished = true;
        Finish(status);
    }

    std::shared_ptr<JobRecord> m_job;
    std::uint64_t m_next;
    std::shared_ptr<Self> m_self;
    std::mutex m_mutex;
    JobEvent m_event;
    bool m_writing = false, m_finished = false, m_cancelled = false;
    std::uint64_t m_waiter = 0;
};

/// Sends the files of a result folder in chunks.
class ResultReactor : public grpc::ServerWriteReactor<ResultChunk> {
public:
    ResultReactor(std::vector<fs::path> files, std::size_t chunkSize)
        : m_files(std::move(files)), m_chunkSize(chunkSize) {
        next();
    }
    void OnWriteDone(bool ok) override {
        if (!ok) return Finish(grpc::Status(grpc::StatusCode::CANCELLED, "stream closed"));
        next();
    }
    void OnDone() override { delete this; }

private:
    void next() {
        while (m_index < m_files.size()) {
            if (!m_in.is_open()) {
                m_in.open(m_files[m_index], std::ios::binary);
                std::error_code ec;
                m_total = fs::file_size(m_files[m_index], ec);
                m_offset = 0;
            }
            std::string* data = m_chunk.mutable_data(); // read in place: no extra copy
            data->resize(m_chunkSize);
            m_in.read(data->data(), static_cast<std::streamsize>(m_chunkSize));
            const std::size_t n = static_cast<std::size_t>(m_in.gcount());
            data->resize(n);
            if (n > 0 || m_total == 0) {
                m_chunk.set_path(m_files[m_index].filename().string());
                m_chunk.set_total_bytes(m_total);
                m_chunk.set_offset(m_offset);
                m_offset += n;
                if (m_offset >= m_total) advance();
                return StartWrite(&m_chunk);
            }
            advance();
        }
        Finish(grpc::Status::OK);
    }
    void advance() {
        m_in.close();
        ++m_index;
    }

    std::vector<fs::path> m_files;
    std::size_t m_chunkSize;
    std::size_t m_index = 0;
    std::ifstream m_in;
    std::uint64_t m_total = 0, m_offset = 0;
    ResultChunk m_chunk;
};

} // namespace

grpc::ServerReadReactor<UploadGeometryRequest>*
startUpload(ServiceContext& service, grpc::CallbackServerContext* call, GeometryRef* reply) {
    auto tenant = service.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) {
        struct Failed : grpc::ServerReadReactor<UploadGeometryRequest> {
            explicit Failed(const grpc::Status& s) { Finish(s); }
            void OnDone() override { delete this; }
        };
        return new Failed(*status);
    }
    return new UploadReactor(service, std::get<std::string>(tenant), reply);
}

grpc::ServerWriteReactor<JobEvent>* startWatch(ServiceContext& service,
                                               grpc::CallbackServerContext* call,
                                               const WatchJobRequest* request) {
    auto tenant = service.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant)) return failedWriter<JobEvent>(*status);
    auto job = service.jobs.find(std::get<std::string>(tenant), request->job_id());
    if (!job) return failedWriter<JobEvent>(notFound(request->job_id()));
    return new WatchReactor(std::move(job), request->from_sequence());
}

grpc::ServerWriteReactor<ResultChunk>* startResult(ServiceContext& service,
                                                   grpc::CallbackServerContext* call,
                                                   const GetResultRequest* request) {
    auto tenant = service.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant))
        return failedWriter<ResultChunk>(*status);
    auto job = service.jobs.find(std::get<std::string>(tenant), request->job_id());
    if (!job) return failedWriter<ResultChunk>(notFound(request->job_id()));
    if (!isTerminal(job->state()))
        return failedWriter<ResultChunk>(
            statusWith(grpc::StatusCode::FAILED_PRECONDITION, "remote.job_not_finished",
                       "the job has not finished", "job_id", {request->job_id()}));
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(job->dir / "result", ec))
        if (entry.is_regular_file()) files.push_back(entry.path());
    if (files.empty())
        return failedWriter<ResultChunk>(statusWith(grpc::StatusCode::NOT_FOUND, "remote.no_result",
                                                    "the job has no result", "job_id",
                                                    {request->job_id()}));
    std::sort(files.begin(), files.end());
    const std::size_t chunk =
        request->chunk_size() == 0
            ? std::size_t(1) << 20
            : std::clamp<std::size_t>(request->chunk_size(), 4096, std::size_t(4) << 20);
    return new ResultReactor(std::move(files), chunk);
}

} // namespace wb::remote
