#include "client_impl.h"

#include <fstream>

namespace wb::remote {

namespace v1 = werkbank::v1;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kUploadChunk = 1u << 20;

/// Streams a file: the header, then chunks of at most 1 MiB.
class Upload : public grpc::ClientWriteReactor<v1::UploadGeometryRequest> {
public:
    Upload(Client::Impl* impl, const fs::path& file, std::uint64_t size, Callback<std::string> done)
        : m_impl(impl), m_in(file, std::ios::binary), m_done(std::move(done)) {
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
    std::string m_buffer;
    v1::UploadGeometryRequest m_request;
    v1::GeometryRef m_reply;
    Callback<std::string> m_done;
};

bool safeName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\\') == std::string::npos && name.size() < 256;
}

/// Receives the result folder into a staging folder, then moves the files into place.
class Fetch : public grpc::ClientReadReactor<v1::ResultChunk> {
public:
    Fetch(Client::Impl* impl, const std::string& jobId, fs::path dir, std::uint32_t chunkSize,
          Callback<bool> done)
        : m_impl(impl), m_dir(std::move(dir)), m_staging(m_dir.string() + ".part"),
          m_done(std::move(done)) {
        impl->prepare(m_context, false);
        m_request.set_job_id(jobId);
        m_request.set_chunk_size(chunkSize);
        std::error_code ec;
        fs::remove_all(m_staging, ec);
        fs::create_directories(m_staging, ec);
        impl->stub->async()->GetResult(&m_context, &m_request, this);
        StartRead(&m_chunk);
        StartCall();
    }
    void OnReadDone(bool ok) override {
        if (!ok) return;
        if (!write()) {
            m_failed = true;
            m_context.TryCancel();
            return;
        }
        StartRead(&m_chunk);
    }
    void OnDone(const grpc::Status& status) override {
        m_out.close();
        std::error_code ec;
        if (m_failed) {
            m_done(core::fail(core::ErrorCode::InvalidFile, "remote.bad_result",
                              "malformed result stream", m_dir.string()));
        } else if (!status.ok()) {
            m_done(std::unexpected(m_impl->diagnose(status)));
        } else {
            fs::create_directories(m_dir, ec);
            for (const auto& entry : fs::directory_iterator(m_staging, ec))
                fs::rename(entry.path(), m_dir / entry.path().filename(), ec);
            if (ec)
                m_done(core::fail(core::ErrorCode::Internal, "remote.io", "cannot write",
                                  m_dir.string()));
            else
                m_done(true);
        }
        fs::remove_all(m_staging, ec);
        Client::Impl* impl = m_impl;
        delete this;
        impl->end();
    }

private:
    bool write() {
        if (!safeName(m_chunk.path())) return false;
        if (m_chunk.path() != m_path || !m_out.is_open()) {
            if (m_chunk.offset() != 0) return false;
            m_out.close();
            m_path = m_chunk.path();
            m_out.open(m_staging / m_path, std::ios::binary | std::ios::trunc);
            m_written = 0;
        }
        if (m_chunk.offset() != m_written ||
            m_written + m_chunk.data().size() > m_chunk.total_bytes())
            return false;
        m_out.write(m_chunk.data().data(), static_cast<std::streamsize>(m_chunk.data().size()));
        m_written += m_chunk.data().size();
        return static_cast<bool>(m_out);
    }

    Client::Impl* m_impl;
    fs::path m_dir, m_staging;
    grpc::ClientContext m_context;
    v1::GetResultRequest m_request;
    v1::ResultChunk m_chunk;
    std::string m_path;
    std::ofstream m_out;
    std::uint64_t m_written = 0;
    bool m_failed = false;
    Callback<bool> m_done;
};

} // namespace

void startUpload(Client::Impl* impl, const fs::path& file, Callback<std::string> done) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        return done(core::fail(core::ErrorCode::NotFound, "io.file_not_found",
                               "cannot read geometry", file.string(), {file.string()}));
    impl->begin();
    new Upload(impl, file, size, std::move(done));
}

void startFetch(Client::Impl* impl, const std::string& jobId, const fs::path& dir,
                std::uint32_t chunkSize, Callback<bool> done) {
    impl->begin();
    new Fetch(impl, jobId, dir, chunkSize, std::move(done));
}

} // namespace wb::remote
