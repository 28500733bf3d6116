// The service's request handling on arbitrary bytes. A real service (wb::remote::Server) runs in
// this process on a Unix socket; each input is a short sequence of calls, and each call's
// request is sent as the input's raw bytes, so the server itself decodes and validates them.
// Every call must end within its deadline, OK or with a status that carries a message, and the
// server must still answer GetServerInfo afterwards.
//
// Input: up to kMaxCalls records [method u8][length u16 LE][payload]. The method byte picks one
// of kMethods (modulo); UploadGeometry's payload is itself a series of [length u16 LE][message]
// records, one stream message each. WERKBANK_FUZZ_TRACE=1 prints each call's status. Sanitizers in the fuzz build check the server's memory use.
#include "fuzz_input.h"

#include "core/model/process.h"
#include "remote/server/server.h"
#include "werkbank/v1/simulation.grpc.pb.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/impl/codegen/client_unary_call.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/sync_stream.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using grpc::internal::RpcMethod;

struct Method {
    const char* name;
    RpcMethod::RpcType type;
};

constexpr Method kMethods[] = {
    {"/werkbank.v1.SimulationService/UploadGeometry", RpcMethod::CLIENT_STREAMING},
    {"/werkbank.v1.SimulationService/SubmitJob", RpcMethod::NORMAL_RPC},
    {"/werkbank.v1.SimulationService/WatchJob", RpcMethod::SERVER_STREAMING},
    {"/werkbank.v1.SimulationService/GetJob", RpcMethod::NORMAL_RPC},
    {"/werkbank.v1.SimulationService/ListJobs", RpcMethod::NORMAL_RPC},
    {"/werkbank.v1.SimulationService/CancelJob", RpcMethod::NORMAL_RPC},
    {"/werkbank.v1.SimulationService/DeleteJob", RpcMethod::NORMAL_RPC},
    {"/werkbank.v1.SimulationService/GetResult", RpcMethod::SERVER_STREAMING},
    {"/werkbank.v1.SimulationService/GetServerInfo", RpcMethod::NORMAL_RPC},
};
constexpr std::size_t kServerInfo = 8;
constexpr int kMaxCalls = 8;
constexpr int kMaxStreamMessages = 64;

struct Service {
    fs::path dir;
    wb::remote::Server server;
    std::shared_ptr<grpc::Channel> channel;
};

Service* g_service = nullptr;

/// At exit: jobs still running are stopped and the data removed; then the process leaves
/// without static destructors, since gRPC's teardown can block joining its threads. Only a
/// normal end comes here (a finding aborts), and only with exit code 0 (replay_main.cpp
/// initialises the harness after its own checks).
void stop() {
    g_service->server.shutdown();
    std::error_code ec;
    fs::remove_all(g_service->dir, ec);
    wb::core::leaveNow(0);
}

/// Reads the next [length u16 LE][bytes] record, or false at the end of the input.
bool nextRecord(std::string_view& in, std::string_view& record) {
    if (in.size() < 2) return false;
    const std::size_t n =
        std::size_t(std::uint8_t(in[0])) | (std::size_t(std::uint8_t(in[1])) << 8);
    in.remove_prefix(2);
    record = in.substr(0, n);
    in.remove_prefix(record.size());
    return true;
}

grpc::ByteBuffer bufferOf(std::string_view bytes) {
    grpc::Slice slice(bytes.data(), bytes.size());
    return grpc::ByteBuffer(&slice, 1);
}

void prepare(grpc::ClientContext& context, int milliseconds) {
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::milliseconds(milliseconds));
}

/// A refusal by the service carries an ErrorDetail with a message id, which the client
/// translates. A status without one may only be gRPC's own: a request it could not decode
/// (UNIMPLEMENTED or INTERNAL), a message over the size limit, or a deadline.
void check(const grpc::Status& status, const Method& method) {
    if (std::getenv("WERKBANK_FUZZ_TRACE"))
        std::fprintf(stderr, "%s: %d %s\n", method.name, int(status.error_code()),
                     status.error_message().c_str());
    if (status.ok()) return;
    const std::string where = std::string(method.name) + " (code " +
                              std::to_string(int(status.error_code())) + ")";
    if (status.error_details().empty()) {
        switch (status.error_code()) {
        case grpc::StatusCode::UNIMPLEMENTED:
        case grpc::StatusCode::INTERNAL:
        case grpc::StatusCode::RESOURCE_EXHAUSTED:
        case grpc::StatusCode::DEADLINE_EXCEEDED:
        case grpc::StatusCode::CANCELLED:
            return;
        default:
            wb::fuzz::finding(where + " refused without an error detail");
        }
    }
    werkbank::v1::ErrorDetail detail;
    if (!detail.ParseFromString(status.error_details()) || detail.id().empty())
        wb::fuzz::finding(where + " refused with a detail that names no message id");
    if (status.error_message().empty()) wb::fuzz::finding(where + " refused without a message");
}

grpc::Status call(const Method& method, std::string_view payload) {
    grpc::ClientContext context;
    const RpcMethod rpc(method.name, method.type, g_service->channel);
    grpc::ByteBuffer reply;
    switch (method.type) {
    case RpcMethod::NORMAL_RPC: {
        prepare(context, 5000);
        return grpc::internal::BlockingUnaryCall<grpc::ByteBuffer, grpc::ByteBuffer>(
            g_service->channel.get(), rpc, &context, bufferOf(payload), &reply);
    }
    case RpcMethod::SERVER_STREAMING: {
        // A job that runs streams events until it ends: the deadline cuts the watch short.
        prepare(context, 300);
        auto reader = std::unique_ptr<grpc::ClientReader<grpc::ByteBuffer>>(
            grpc::internal::ClientReaderFactory<grpc::ByteBuffer>::Create(
                g_service->channel.get(), rpc, &context, bufferOf(payload)));
        while (reader->Read(&reply)) {
        }
        return reader->Finish();
    }
    case RpcMethod::CLIENT_STREAMING: {
        prepare(context, 5000);
        auto writer = std::unique_ptr<grpc::ClientWriter<grpc::ByteBuffer>>(
            grpc::internal::ClientWriterFactory<grpc::ByteBuffer>::Create(
                g_service->channel.get(), rpc, &context, &reply));
        std::string_view message;
        for (int i = 0; i < kMaxStreamMessages && nextRecord(payload, message); ++i)
            if (!writer->Write(bufferOf(message))) break;
        writer->WritesDone();
        return writer->Finish();
    }
    default:
        std::abort();
    }
}

/// A 20 x 10 x 10 mm box as binary STL.
std::string boxStl() {
    const float v[8][3] = {{0, 0, 0},   {0, 0, 10},   {0, 10, 0},   {0, 10, 10},
                           {20, 0, 0},  {20, 0, 10},  {20, 10, 0},  {20, 10, 10}};
    const int faces[12][3] = {{0, 1, 3}, {0, 3, 2}, {4, 6, 7}, {4, 7, 5}, {0, 4, 5}, {0, 5, 1},
                              {2, 3, 7}, {2, 7, 6}, {0, 2, 6}, {0, 6, 4}, {1, 5, 7}, {1, 7, 3}};
    std::string out(80, '\0');
    auto put = [&out](const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); };
    const std::uint32_t count = 12;
    put(&count, 4);
    const float normal[3] = {0, 0, 0};
    const std::uint16_t attribute = 0;
    for (const auto& f : faces) {
        put(normal, sizeof normal);
        for (int i : f)
            put(v[i], sizeof v[i]);
        put(&attribute, 2);
    }
    return out;
}

constexpr const char* kStudy =
    R"({"format":"werkbank-study","version":1,"name":"bar","analysis":"static_structural",)"
    R"("geometry":{"file":"bar.stl","length_unit":"mm"},"mesh":{"voxel_size":0.002},)"
    R"("materials":[{"parts":"*","material":"structural_steel"}],)"
    R"("supports":[{"type":"fixed","select":{"box":{"min":[-1,-1,-1],"max":[0.0001,1,1]}}}],)"
    R"("loads":[{"type":"force","vector":[0,0,-100],)"
    R"("select":{"box":{"min":[0.0199,-1,-1],"max":[1,1,1]}}}]})";

/// Runs one job to its end before fuzzing starts: every part of the service that keeps
/// process-wide state (the analysis registry, the material library, the solver's threads) is
/// then set up before the exit handler is registered, so it is torn down after that handler
/// has stopped the service's workers.
void warmUp() {
    using namespace werkbank::v1;
    const std::string stl = boxStl();
    UploadGeometryRequest header, data;
    header.mutable_header()->set_file_name("bar.stl");
    header.mutable_header()->set_size(stl.size());
    data.set_data(stl);
    auto stub = SimulationService::NewStub(g_service->channel);
    GeometryRef ref;
    {
        grpc::ClientContext context;
        prepare(context, 5000);
        auto writer = stub->UploadGeometry(&context, &ref);
        writer->Write(header);
        writer->Write(data);
        writer->WritesDone();
        if (!writer->Finish().ok()) wb::fuzz::finding("the warm-up upload failed");
    }
    SubmitJobRequest submit;
    submit.set_request_id("warm-up");
    submit.set_study_json(kStudy);
    submit.set_geometry_id(ref.geometry_id());
    grpc::ClientContext context;
    prepare(context, 5000);
    SubmitJobResponse submitted;
    if (!stub->SubmitJob(&context, submit, &submitted).ok())
        wb::fuzz::finding("the warm-up job was refused");
    for (int i = 0; i < 600; ++i) {
        grpc::ClientContext poll;
        prepare(poll, 5000);
        JobRef job;
        job.set_job_id(submitted.job().job_id());
        Job state;
        if (stub->GetJob(&poll, job, &state).ok() && state.state() >= JOB_STATE_SUCCEEDED) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    wb::fuzz::finding("the warm-up job did not end within a minute");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // gRPC's own logging of refused calls would drown the fuzzer's output.
    setenv("GRPC_VERBOSITY", "NONE", 0);
    char dir[] = "/tmp/wb-fuzz-server-XXXXXX";
    if (!::mkdtemp(dir)) std::abort();
    g_service = new Service{dir, {}, {}};
    wb::remote::ServerConfig config;
    config.listen = "unix:" + (g_service->dir / "socket").string();
    config.dataDir = (g_service->dir / "data").string();
    config.backend = "cpu";
    config.maxVoxels = 50'000; // a valid study stays cheap to solve
    config.maxUploadBytes = 1u << 20;
    config.shutdownGraceSeconds = 0;
    if (auto ok = g_service->server.start(config); !ok) {
        std::fprintf(stderr, "fuzz_server_request: %s\n", ok.error().toString().c_str());
        std::abort();
    }
    g_service->channel = grpc::CreateChannel(config.listen, grpc::InsecureChannelCredentials());
    warmUp();
    std::atexit(stop);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in = wb::fuzz::text(data, size);
    for (int i = 0; i < kMaxCalls && !in.empty(); ++i) {
        const Method& method = kMethods[std::uint8_t(in[0]) % std::size(kMethods)];
        in.remove_prefix(1);
        std::string_view payload;
        if (!nextRecord(in, payload)) payload = {};
        check(call(method, payload), method);
    }
    const grpc::Status alive = call(kMethods[kServerInfo], {});
    if (!alive.ok())
        wb::fuzz::finding("the server stopped answering: " + alive.error_message());
    return 0;
}
