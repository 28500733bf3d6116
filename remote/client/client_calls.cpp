#include "client_impl.h"
#include "result_chunk.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <fstream>

#include <fcntl.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/client_callback.h>
#include <sys/uio.h>
#include <unistd.h>

namespace wb::remote {

namespace v1 = werkbank::v1;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kUploadChunk = 1u << 20;

/// Streams a file: the header, then chunks of at most 1 MiB.
class Upload : public grpc::ClientWriteReactor<v1::UploadGeometryRequest> {
public:
    Upload(Client::Impl* impl, const fs::path& file, std::uint64_t size, Callback<std::string> done,
           UploadProgress progress)
        : m_impl(impl), m_in(file, std::ios::binary), m_size(size), m_done(std::move(done)),
          m_progress(std::move(progress)) {
        impl->prepare(m_context, false);
        // Generous deadline: the call timeout plus one second per MiB.
        m_context.set_deadline(std::chrono::system_clock::now() + impl->options.callTimeout +
                               std::chrono::seconds(size >> 20));
        impl->stub->async()->UploadGeometry(&m_context, &m_reply, this);
        m_request.mutable_header()->set_file_name(file.filename().string());
        m_request.mutable_header()->set_size(size);
        StartWrite(&m_request);
        StartCall();
    }
    void OnWriteDone(bool ok) override {
        if (!ok) return; // OnDone reports the status
        if (m_request.has_data()) m_sent += m_request.data().size();
        if (m_progress) m_progress(m_sent, m_size);
        m_buffer.resize(kUploadChunk);
        m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        const auto n = static_cast<std::size_t>(m_in.gcount());
        if (n == 0) return StartWritesDone();
        m_request.set_data(m_buffer.data(), n);
        StartWrite(&m_request);
    }
    void OnDone(const grpc::Status& status) override {
        if (status.ok())
            m_done(m_reply.geometry_id());
        else
            m_done(std::unexpected(m_impl->diagnose(status)));
        Client::Impl* impl = m_impl;
        delete this;
        impl->end();
    }

private:
    Client::Impl* m_impl;
    grpc::ClientContext m_context;
    std::ifstream m_in;
    std::uint64_t m_size = 0, m_sent = 0;
    std::string m_buffer;
    v1::UploadGeometryRequest m_request;
    v1::GeometryRef m_reply;
    Callback<std::string> m_done;
    UploadProgress m_progress;
};

bool safeName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\\') == std::string::npos && name.find('\0') == std::string::npos &&
           name.size() < 256;
}

/// Writes all of `parts` at `offset`, resuming after short writes.
bool writeAt(int fd, std::vector<iovec>& parts, off_t offset) {
    std::size_t i = 0;
    while (i < parts.size()) {
        if (parts[i].iov_len == 0) {
            ++i;
            continue;
        }
        const int count = int(std::min<std::size_t>(parts.size() - i, IOV_MAX));
        const ssize_t n = ::pwritev(fd, &parts[i], count, offset);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        offset += n;
        for (std::size_t left = std::size_t(n); left > 0;) {
            const std::size_t step = std::min(left, parts[i].iov_len);
            parts[i].iov_base = static_cast<char*>(parts[i].iov_base) + step;
            parts[i].iov_len -= step;
            left -= step;
            if (parts[i].iov_len == 0) ++i;
        }
    }
    return true;
}

/// GetResult's full method name (RpcMethod keeps the pointer).
constexpr const char* kGetResultMethod = "/werkbank.v1.SimulationService/GetResult";

/// Receives the result folder into a staging folder, then moves the files into place. The
/// chunks are read as raw messages and their payload written straight from gRPC's buffers.
class Fetch : public grpc::ClientReadReactor<grpc::ByteBuffer> {
public:
    Fetch(Client::Impl* impl, const std::string& jobId, fs::path dir, std::uint32_t chunkSize,
          Callback<bool> done)
        : m_impl(impl), m_dir(std::move(dir)), m_staging(m_dir.string() + ".part"),
          m_method(kGetResultMethod, grpc::internal::RpcMethod::SERVER_STREAMING, impl->channel),
          m_done(std::move(done)) {
        impl->prepare(m_context, false);
        m_request.set_job_id(jobId);
        m_request.set_chunk_size(chunkSize);
        std::error_code ec;
        fs::remove_all(m_staging, ec);
        fs::create_directories(m_staging, ec);
        grpc::internal::ClientCallbackReaderFactory<grpc::ByteBuffer>::Create(
            impl->channel.get(), m_method, &m_context, &m_request, this);
        StartRead(&m_message);
        StartCall();
    }
    void OnReadDone(bool ok) override {
        if (!ok) return;
        if (!write()) {
            m_failed = true;
            m_context.TryCancel();
            return;
        }
        StartRead(&m_message);
    }
    void OnDone(const grpc::Status& status) override {
        if (status.ok() && !fileComplete()) m_failed = true; // the stream stopped mid-file
        closeFile();
        std::error_code ec;
        core::Result<bool> result = true;
        if (m_failed) {
            result = m_ioError ? core::fail(core::ErrorCode::Internal, "remote.io", "cannot write",
                                            m_dir.string())
                               : core::fail(core::ErrorCode::InvalidFile, "remote.bad_result",
                                            "malformed result stream", m_dir.string());
        } else if (!status.ok()) {
            result = std::unexpected(m_impl->diagnose(status));
        } else {
            fs::create_directories(m_dir, ec);
            for (const auto& entry : fs::directory_iterator(m_staging, ec))
                fs::rename(entry.path(), m_dir / entry.path().filename(), ec);
            if (ec)
                result = core::fail(core::ErrorCode::Internal, "remote.io", "cannot write",
                                    m_dir.string());
        }
        // The staging folder is gone before the caller hears the outcome.
        m_slices.clear();
        fs::remove_all(m_staging, ec);
        m_done(std::move(result));
        Client::Impl* impl = m_impl;
        delete this;
        impl->end();
    }

private:
    bool write() {
        m_slices.clear();
        if (!m_message.Dump(&m_slices).ok() || !detail::parseChunk(m_slices, m_chunk)) return false;
        if (!safeName(m_chunk.path)) return false;
        if (m_chunk.path != m_path || m_fd < 0) {
            if (m_chunk.offset != 0 || !fileComplete()) return false;
            closeFile();
            m_path = m_chunk.path;
            m_fd = ::open((m_staging / m_path).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                          0644);
            m_written = 0;
            if (m_fd < 0) return ioFailure();
        }
        if (m_chunk.offset != m_written || m_written + m_chunk.size > m_chunk.total) return false;
        m_total = m_chunk.total;
        if (!writeAt(m_fd, m_chunk.data, off_t(m_written))) return ioFailure();
        m_written += m_chunk.size;
        m_slices.clear(); // hands the buffers back to gRPC
        return true;
    }
    /// Whether the file being written (if any) received all its announced bytes.
    bool fileComplete() const { return m_fd < 0 || m_written == m_total; }
    bool ioFailure() {
        m_ioError = true;
        return false;
    }
    void closeFile() {
        if (m_fd >= 0 && ::close(m_fd) != 0 && !m_failed) {
            m_failed = true;
            m_ioError = true;
        }
        m_fd = -1;
    }

    Client::Impl* m_impl;
    fs::path m_dir, m_staging;
    grpc::internal::RpcMethod m_method;
    grpc::ClientContext m_context;
    v1::GetResultRequest m_request;
    grpc::ByteBuffer m_message;
    std::vector<grpc::Slice> m_slices;
    detail::RawChunk m_chunk;
    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_written = 0, m_total = 0;
    bool m_failed = false, m_ioError = false;
    Callback<bool> m_done;
};

} // namespace

void startUpload(Client::Impl* impl, const fs::path& file, Callback<std::string> done,
                 UploadProgress progress) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        return done(core::fail(core::ErrorCode::NotFound, "io.file_not_found",
                               "cannot read geometry", file.string(), {file.string()}));
    impl->begin();
    new Upload(impl, file, size, std::move(done), std::move(progress));
}

void startFetch(Client::Impl* impl, const std::string& jobId, const fs::path& dir,
                std::uint32_t chunkSize, Callback<bool> done) {
    impl->begin();
    new Fetch(impl, jobId, dir, chunkSize, std::move(done));
}

} // namespace wb::remote
