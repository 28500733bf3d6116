// Oversized messages, malformed requests and random bytes on the port: the server answers each
// with the right status, stays up and answers the next good call.
#include "remote_fixture.h"

#include "remote/common/error_status.h"
#include "werkbank/v1/simulation.grpc.pb.h"

#include <algorithm>
#include <arpa/inet.h>
#include <grpcpp/grpcpp.h>
#include <random>
#include <sys/socket.h>

using namespace remotetest;
namespace v1 = werkbank::v1;

namespace {

void sendRandomBytes(int port, std::size_t size, bool preface) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
        std::mt19937 random(static_cast<unsigned>(size));
        std::string bytes = preface ? "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" : "";
        while (bytes.size() < size)
            bytes.push_back(static_cast<char>(random()));
        [[maybe_unused]] auto n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::close(fd);
}

struct Raw {
    std::unique_ptr<v1::SimulationService::Stub> stub;
    grpc::Status submit(v1::SubmitJobRequest request, v1::SubmitJobResponse* reply = nullptr) {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        v1::SubmitJobResponse ignored;
        return stub->SubmitJob(&context, request, reply ? reply : &ignored);
    }
    bool healthy() {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        v1::ServerInfo info;
        return stub->GetServerInfo(&context, v1::ServerInfoRequest(), &info).ok() &&
               !info.version().empty();
    }
};

std::string contextOf(const grpc::Status& status) {
    return wb::remote::fromStatus(status).context;
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_robustness");
    ServerProcess server;
    // No token file: an open, single-tenant service on loopback.
    SIM_CHECK(server.start({"--listen", "127.0.0.1:0", "--data-dir", (dir / "data").string(),
                            "--max-message-bytes", "1048576", "--max-voxels", "1000000",
                            "--max-memory-bytes", "100000000", "--max-upload-bytes", "10000000",
                            "--backend", "cpu"},
                           dir / "server.log"));
    Raw raw{v1::SimulationService::NewStub(
        grpc::CreateChannel(server.endpoint(), grpc::InsecureChannelCredentials()))};
    SIM_CHECK(raw.healthy());

    wb::remote::ConnectionOptions options;
    options.endpoint = server.endpoint();
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    const std::string study = readText(writeCantilever(dir, 2.5e-3));
    auto geometry =
        await<std::string>([&](auto cb) { (*client)->uploadGeometry(dir / "beam.stl", cb); });
    SIM_CHECK(geometry.has_value());
    // The size checks below need the geometry's import, which runs on the server's workers.
    SIM_CHECK(geometry && server.waitLog("geometry " + *geometry + " imported"));

    // An oversized message.
    auto big = await<wb::remote::JobInfo>(
        [&](auto cb) { (*client)->submit(std::string(2 << 20, ' ') + study, *geometry, {}, cb); });
    SIM_CHECK(!big && wb::remote::failureOf(big.error()) == wb::remote::Failure::Resources);

    // Malformed requests: INVALID_ARGUMENT naming the field.
    v1::SubmitJobRequest request;
    request.set_request_id("r1");
    request.set_geometry_id(*geometry);
    request.set_study_json("{ not json");
    SIM_CHECK(raw.submit(request).error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    auto field = [&](const std::string& from, const std::string& to) {
        std::string text = study;
        text.replace(text.find(from), from.size(), to);
        request.set_study_json(text);
        return raw.submit(request);
    };
    // NaN is no JSON number: refused by the reader at its line and column
    grpc::Status nan = field("\"voxel_size\":0.0025", "\"voxel_size\":NaN");
    const std::string sent = request.study_json();
    const std::size_t at = sent.find("NaN"), lineStart = sent.rfind('\n', at);
    const std::string place =
        std::to_string(1 + std::count(sent.begin(), sent.begin() + long(at), '\n')) + ":" +
        std::to_string(lineStart == std::string::npos ? at + 1 : at - lineStart);
    SIM_CHECK(nan.error_code() == grpc::StatusCode::INVALID_ARGUMENT && contextOf(nan) == place);
    grpc::Status negative = field("\"max_iterations\":2000", "\"max_iterations\":-5");
    SIM_CHECK(negative.error_code() == grpc::StatusCode::INVALID_ARGUMENT &&
              contextOf(negative) == "solver.max_iterations");
    grpc::Status absurd = field("\"voxel_size\":0.0025", "\"voxel_size\":1e-7");
    SIM_CHECK(absurd.error_code() == grpc::StatusCode::INVALID_ARGUMENT &&
              contextOf(absurd) == "mesh.voxel_size" &&
              wb::remote::fromStatus(absurd).id == "remote.too_many_voxels");
    grpc::Status tooLarge = field("\"voxel_size\":0.0025", "\"voxel_size\":0.0003");
    SIM_CHECK(tooLarge.error_code() ==
              grpc::StatusCode::RESOURCE_EXHAUSTED); // can never fit in memory
    request.set_study_json(study);
    request.set_request_id("");
    SIM_CHECK(contextOf(raw.submit(request)) == "request_id");
    request.set_request_id("r2");
    request.set_geometry_id("../../etc/passwd");
    SIM_CHECK(contextOf(raw.submit(request)) == "geometry_id");
    request.set_geometry_id(std::string(64, 'a') + ".stl");
    SIM_CHECK(raw.submit(request).error_code() == grpc::StatusCode::NOT_FOUND);
    {
        grpc::ClientContext context;
        v1::GeometryRef ref;
        auto writer = raw.stub->UploadGeometry(&context, &ref);
        v1::UploadGeometryRequest chunk;
        chunk.set_data("bytes before any header");
        writer->Write(chunk);
        writer->WritesDone();
        SIM_CHECK(writer->Finish().error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    }
    {
        grpc::ClientContext context;
        v1::GeometryRef ref;
        auto writer = raw.stub->UploadGeometry(&context, &ref);
        v1::UploadGeometryRequest header;
        header.mutable_header()->set_file_name("huge.stl");
        header.mutable_header()->set_size(std::uint64_t(1) << 40);
        writer->Write(header);
        writer->WritesDone();
        SIM_CHECK(writer->Finish().error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED);
    }

    // Random bytes, with and without the HTTP/2 preface.
    const int port = std::stoi(server.endpoint().substr(server.endpoint().rfind(':') + 1));
    for (std::size_t size : {1u, 100u, 5000u, 1u << 20})
        for (bool preface : {false, true})
            sendRandomBytes(port, size, preface);
    SIM_CHECK(server.alive());
    SIM_CHECK(raw.healthy());
    auto good =
        await<wb::remote::JobInfo>([&](auto cb) { (*client)->submit(study, *geometry, {}, cb); });
    SIM_CHECK(good.has_value());
    if (simtest::failures()) std::cerr << readText(dir / "server.log");
    wb::core::leaveNow(remotetest::finish("tst_remote_robustness"));
}
