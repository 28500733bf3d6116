#include "stream_reactors.h"

#include "remote/common/error_status.h"
#include "remote/common/job_state.h"

#include <algorithm>
#include <atomic>
#include <fstream>

#include <fcntl.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/slice.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
        // Imported once, now, on the import workers: a study submitted later finds it done.
        if (auto file = m_service.geometry->path(m_tenant, stored->first))
            m_service.imports->request(*file);
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

/// A read-only mapping of one result file, shared with the slices gRPC still holds: the last
/// one released unmaps it. Safe because a finished job's result files are never written again
/// (result folders are completed by rename); a file truncated from outside while mapped would
/// make reading it fault.
struct Mapping {
    void* base = nullptr;
    std::size_t size = 0;
    std::atomic<int> refs{1};

    static void release(void* self) {
        auto* m = static_cast<Mapping*>(self);
        if (m->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            ::munmap(m->base, m->size);
            delete m;
        }
    }
};

std::size_t putVarint(unsigned char* out, std::uint64_t value) {
    std::size_t n = 0;
    while (value >= 0x80) {
        out[n++] = static_cast<unsigned char>(value | 0x80);
        value >>= 7;
    }
    out[n++] = static_cast<unsigned char>(value);
    return n;
}

/// Sends the files of a result folder in chunks without copying their bytes: each message is a
/// ResultChunk whose fields are written by hand into a small header slice, followed by a slice
/// that points into the mapped file (`data`, field 4, last on the wire). The client sees
/// ordinary ResultChunk messages.
class ResultReactor : public grpc::ServerWriteReactor<grpc::ByteBuffer> {
public:
    ResultReactor(std::vector<fs::path> files, std::size_t chunkSize)
        : m_files(std::move(files)), m_chunkSize(chunkSize) {
        next();
    }
    void OnWriteDone(bool ok) override {
        if (!ok) return Finish(grpc::Status(grpc::StatusCode::CANCELLED, "stream closed"));
        next();
    }
    void OnDone() override {
        closeFile();
        delete this;
    }

private:
    void next() {
        if (m_index >= m_files.size()) return Finish(grpc::Status::OK);
        if (!m_open && !openFile()) {
            return Finish(statusWith(grpc::StatusCode::INTERNAL, "remote.io",
                                     "cannot read a result file", "path",
                                     {m_files[m_index].filename().string()}));
        }
        const std::size_t n = std::min(m_chunkSize, m_size - m_offset);
        const std::string name = m_files[m_index].filename().string();
        std::string header;
        header.reserve(name.size() + 40);
        unsigned char varint[10];
        auto field = [&](unsigned char tag, std::uint64_t value) {
            header.push_back(static_cast<char>(tag));
            header.append(reinterpret_cast<const char*>(varint), putVarint(varint, value));
        };
        field(0x0a, name.size()); // path = 1, length-delimited
        header += name;
        field(0x10, m_size);   // total_bytes = 2
        field(0x18, m_offset); // offset = 3
        field(0x22, n);        // data = 4, length-delimited: the payload slice follows
        grpc::Slice parts[2] = {grpc::Slice(header.data(), header.size()), grpc::Slice()};
        std::size_t count = 1;
        if (n > 0) {
            m_mapping->refs.fetch_add(1, std::memory_order_relaxed);
            parts[1] = grpc::Slice(static_cast<char*>(m_mapping->base) + m_offset, n,
                                   &Mapping::release, m_mapping);
            count = 2;
        }
        m_message = grpc::ByteBuffer(parts, count);
        m_offset += n;
        if (m_offset >= m_size) {
            closeFile();
            ++m_index;
        }
        StartWrite(&m_message);
    }
    bool openFile() {
        const int fd = ::open(m_files[m_index].c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return false;
        struct stat st{};
        const bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
        m_size = ok ? std::size_t(st.st_size) : 0;
        m_offset = 0;
        void* base = nullptr;
        if (ok && m_size > 0) {
            base = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (base == MAP_FAILED) base = nullptr;
            else ::madvise(base, m_size, MADV_SEQUENTIAL);
        }
        ::close(fd);
        if (!ok || (m_size > 0 && !base)) return false;
        if (base) {
            m_mapping = new Mapping;
            m_mapping->base = base;
            m_mapping->size = m_size;
        }
        m_open = true;
        return true;
    }
    void closeFile() {
        if (m_mapping) Mapping::release(m_mapping);
        m_mapping = nullptr;
        m_open = false;
    }

    std::vector<fs::path> m_files;
    std::size_t m_chunkSize;
    std::size_t m_index = 0;
    bool m_open = false;
    Mapping* m_mapping = nullptr;
    std::size_t m_size = 0, m_offset = 0;
    grpc::ByteBuffer m_message;
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

grpc::ServerWriteReactor<grpc::ByteBuffer>* startResult(ServiceContext& service,
                                                        grpc::CallbackServerContext* call,
                                                        const grpc::ByteBuffer* rawRequest) {
    using Reply = grpc::ByteBuffer;
    auto tenant = service.authenticate(*call);
    if (auto* status = std::get_if<grpc::Status>(&tenant))
        return failedWriter<Reply>(*status);
    GetResultRequest parsed;
    grpc::ByteBuffer copy(*rawRequest); // takes references, copies no bytes
    if (!grpc::SerializationTraits<GetResultRequest>::Deserialize(&copy, &parsed).ok())
        return failedWriter<Reply>(statusWith(grpc::StatusCode::INVALID_ARGUMENT,
                                              "remote.invalid_field", "malformed request",
                                              "job_id", {"job_id"}));
    const GetResultRequest* request = &parsed;
    auto job = service.jobs.find(std::get<std::string>(tenant), request->job_id());
    if (!job) return failedWriter<Reply>(notFound(request->job_id()));
    if (!isTerminal(job->state()))
        return failedWriter<Reply>(
            statusWith(grpc::StatusCode::FAILED_PRECONDITION, "remote.job_not_finished",
                       "the job has not finished", "job_id", {request->job_id()}));
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(job->dir / "result", ec))
        if (entry.is_regular_file()) files.push_back(entry.path());
    if (files.empty())
        return failedWriter<Reply>(statusWith(grpc::StatusCode::NOT_FOUND, "remote.no_result",
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
