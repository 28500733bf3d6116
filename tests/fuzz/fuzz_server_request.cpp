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
#include "werkbank/v1/simulation.pb.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/impl/codegen/client_unary_call.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/sync_stream.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
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

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // gRPC's own logging of refused calls would drown the fuzzer's output.
    setenv("GRPC_VERBOSITY", "NONE", 0);
    char dir[] = "/tmp/wb-fuzz-server-XXXXXX";
    if (!::mkdtemp(dir)) std::abort();
    g_service = new Service{dir, {}, {}};
    std::atexit(stop);
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
