// Server info (backends and GPUs), the grid carried by intermediate field events, and the
// grpc.health.v1 health service (SERVING while running, NOT_SERVING in the SIGTERM grace period).
#include "remote_fixture.h"

#include "core/sim/solve.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace remotetest;
using wb::remote::JobEvent;

namespace {

constexpr int kServing = 1, kNotServing = 2;

/// HealthCheckRequest{service: ""} as protobuf bytes (field 1, length 0).
grpc::ByteBuffer healthRequest() {
    static const char bytes[] = {0x0A, 0x00};
    grpc::Slice slice(bytes, sizeof bytes);
    return grpc::ByteBuffer(&slice, 1);
}

/// The status of a HealthCheckResponse (field 1, varint); -1 when it cannot be read.
int healthStatus(const grpc::ByteBuffer& buffer) {
    std::vector<grpc::Slice> slices;
    if (!buffer.Dump(&slices).ok()) return -1;
    std::string bytes;
    for (const auto& s : slices)
        bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
    if (bytes.empty()) return 0; // UNKNOWN, the default value
    if (bytes.size() != 2 || bytes[0] != 0x08) return -1;
    return static_cast<unsigned char>(bytes[1]);
}

std::shared_ptr<grpc::Channel> healthChannel(const std::string& endpoint) {
    return grpc::CreateChannel(endpoint, grpc::InsecureChannelCredentials());
}

/// grpc.health.v1.Health/Check for the overall service.
int checkHealth(const std::string& endpoint) {
    grpc::GenericStub stub(healthChannel(endpoint));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    const grpc::ByteBuffer request = healthRequest();
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                   &response, [&](grpc::Status status) { done.set_value(std::move(status)); });
    const grpc::Status status = done.get_future().get();
    if (!status.ok()) {
        std::cerr << "health check failed: " << status.error_code() << " " << status.error_message()
                  << "\n";
        return -1;
    }
    return healthStatus(response);
}

/// A grpc.health.v1.Health/Watch stream for the overall service, driven on its own queue.
class HealthWatch {
public:
    explicit HealthWatch(const std::string& endpoint) : m_stub(healthChannel(endpoint)) {
        m_call = m_stub.PrepareCall(&m_context, "/grpc.health.v1.Health/Watch", &m_queue);
        m_call->StartCall(tag(1));
        m_ok = next(1);
        if (m_ok) m_call->Write(healthRequest(), tag(2)), m_ok = next(2);
        if (m_ok) m_call->WritesDone(tag(3)), m_ok = next(3);
    }
    ~HealthWatch() {
        m_context.TryCancel();
        m_call->Finish(&m_status, tag(5));
        void* got = nullptr;
        bool ok = false;
        while (m_queue.Next(&got, &ok) && got != tag(5)) {
        }
        m_queue.Shutdown();
        while (m_queue.Next(&got, &ok)) {
        }
    }
    /// The next status the server reports; -1 when the stream ended or nothing came in time.
    int read() {
        if (!m_ok) return -1;
        grpc::ByteBuffer buffer;
        m_call->Read(&buffer, tag(4));
        m_ok = next(4);
        return m_ok ? healthStatus(buffer) : -1;
    }

private:
    static void* tag(std::intptr_t n) { return reinterpret_cast<void*>(n); }
    bool next(std::intptr_t expected) {
        void* got = nullptr;
        bool ok = false;
        const auto deadline = std::chrono::system_clock::now() + std::chrono::seconds(20);
        if (m_queue.AsyncNext(&got, &ok, deadline) != grpc::CompletionQueue::GOT_EVENT) {
            m_context.TryCancel();
            return false;
        }
        return ok && got == tag(expected);
    }

    grpc::GenericStub m_stub;
    grpc::ClientContext m_context;
    grpc::CompletionQueue m_queue;
    std::unique_ptr<grpc::GenericClientAsyncReaderWriter> m_call;
    grpc::Status m_status;
    bool m_ok = false;
};

void checkServerInfo(wb::remote::Client& client) {
    auto info = await<wb::remote::ServerInfo>([&](auto cb) { client.serverInfo(cb); });
    SIM_CHECK(info.has_value());
    if (!info) return;
    const auto has = [&](const char* backend) {
        return std::find(info->backends.begin(), info->backends.end(), backend) !=
               info->backends.end();
    };
    const auto devices = wb::sim::cudaDevices();
    std::cout << "server info: " << info->backends.size() << " backends, " << info->gpus.size()
              << " GPUs\n";
    SIM_CHECK(has("cpu"));
    SIM_CHECK(has("cuda") == wb::sim::cudaAvailable());
    SIM_CHECK(info->gpus.size() == devices.size());
    if (!wb::sim::cudaAvailable()) SIM_CHECK(info->gpus.empty());
    for (std::size_t i = 0; i < std::min(info->gpus.size(), devices.size()); ++i) {
        std::cout << "  gpu " << info->gpus[i].first << ", " << info->gpus[i].second << " bytes\n";
        SIM_CHECK(!info->gpus[i].first.empty() && info->gpus[i].first == devices[i].name);
        SIM_CHECK(info->gpus[i].second > 0 && info->gpus[i].second == devices[i].memoryBytes);
    }
}

struct FieldSeen {
    std::uint64_t bytes = 0, totalBytes = 0;
    int components = 0, grid[3] = {0, 0, 0};
    double voxelSize = 0, origin[3] = {0, 0, 0};
    bool consistent = true; ///< every chunk of the field carried the same grid
};

void checkIntermediateGrid(wb::remote::Client& client, const fs::path& study, double voxel) {
    wb::remote::SubmitOptions submit;
    submit.intermediateEvery = 1;
    auto job =
        await<wb::remote::JobInfo>([&](auto cb) { client.submitStudyFile(study, submit, cb); });
    SIM_CHECK(job.has_value());
    if (!job) return;
    std::map<std::pair<bool, int>, FieldSeen> fields; // (final, iteration) -> what came in
    auto done = await<wb::remote::JobInfo>([&](auto cb) {
        client.watch(
            job->id, 1,
            [&](const JobEvent& e) {
                if (e.kind != JobEvent::Kind::Field) return;
                const wb::remote::FieldChunk& f = e.field;
                if (f.final && f.name != "displacement") return;
                FieldSeen& seen = fields[{f.final, f.iteration}];
                if (seen.bytes == 0) {
                    seen.components = f.components;
                    seen.totalBytes = f.totalBytes;
                    std::copy(f.grid, f.grid + 3, seen.grid);
                    seen.voxelSize = f.voxelSize;
                    std::copy(f.origin, f.origin + 3, seen.origin);
                }
                seen.consistent = seen.consistent && seen.components == f.components &&
                                  std::equal(f.grid, f.grid + 3, seen.grid) &&
                                  seen.voxelSize == f.voxelSize &&
                                  std::equal(f.origin, f.origin + 3, seen.origin);
                seen.bytes += f.data.size();
            },
            cb);
    });
    SIM_CHECK(done.has_value() && done->state == wb::remote::JobState::Succeeded);
    const auto finalField =
        std::find_if(fields.begin(), fields.end(), [](const auto& f) { return f.first.first; });
    SIM_CHECK(finalField != fields.end());
    int intermediate = 0;
    for (const auto& [key, seen] : fields) {
        const std::uint64_t nodes = std::uint64_t(seen.grid[0] + 1) *
                                    std::uint64_t(seen.grid[1] + 1) *
                                    std::uint64_t(seen.grid[2] + 1);
        const std::uint64_t values = seen.bytes / sizeof(double);
        if (!key.first) ++intermediate;
        SIM_CHECK(seen.consistent);
        SIM_CHECK(seen.grid[0] > 0 && seen.grid[1] > 0 && seen.grid[2] > 0);
        SIM_CHECK(seen.components == 3);
        SIM_CHECK(seen.bytes == seen.totalBytes && seen.bytes % sizeof(double) == 0);
        SIM_CHECK(nodes * std::uint64_t(seen.components) == values);
        SIM_CHECK(std::abs(seen.voxelSize - voxel) <= 1e-9);
        SIM_CHECK(std::isfinite(seen.origin[0]) && std::isfinite(seen.origin[1]) &&
                  std::isfinite(seen.origin[2]));
        if (finalField != fields.end()) {
            // the live fields live on the grid of the final result
            SIM_CHECK(std::equal(seen.grid, seen.grid + 3, finalField->second.grid));
            SIM_CHECK(seen.voxelSize == finalField->second.voxelSize);
            SIM_CHECK(std::equal(seen.origin, seen.origin + 3, finalField->second.origin));
        }
    }
    if (finalField != fields.end())
        std::cout << "grid " << finalField->second.grid[0] << " x " << finalField->second.grid[1]
                  << " x " << finalField->second.grid[2] << ", h " << finalField->second.voxelSize
                  << ", " << intermediate << " intermediate fields\n";
    SIM_CHECK(intermediate >= 2);
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_info");
    const double voxel = 1.25e-3;
    const fs::path study = writeCantilever(dir, voxel);
    addToken(dir / "tokens", "alice", "alice-secret-token", dir / "alice.token");
    ServerProcess server;
    const std::string endpoint = "unix:" + (dir / "s.sock").string();
    SIM_CHECK(
        server.start({"--listen", endpoint, "--tokens", (dir / "tokens").string(), "--data-dir",
                      (dir / "data").string(), "--backend", "auto", "--shutdown-grace", "10"},
                     dir / "server.log"));

    wb::remote::ConnectionOptions options;
    options.endpoint = endpoint;
    options.token = "alice-secret-token";
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    if (client) {
        checkServerInfo(**client);
        checkIntermediateGrid(**client, study, voxel);
    }

    SIM_CHECK(checkHealth(endpoint) == kServing);
    {
        HealthWatch watch(endpoint);
        SIM_CHECK(watch.read() == kServing);
        server.terminate();
        int status = watch.read();
        while (status == kServing)
            status = watch.read();
        std::cout << "health during shutdown: " << status << "\n";
        SIM_CHECK(status == kNotServing);
    }
    SIM_CHECK(server.stop() == 0);

    if (simtest::failures()) std::cerr << "server log:\n" << readText(dir / "server.log");
    wb::core::leaveNow(remotetest::finish("tst_remote_info"));
}
