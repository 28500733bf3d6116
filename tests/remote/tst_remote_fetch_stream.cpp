// The result download's wire format. The server assembles ResultChunk messages by hand (mapped
// file slices) and the client parses them by hand: a stock protobuf client must read the real
// server's stream, and the client must take well-formed streams cut across slices with unknown
// fields, and refuse malformed ones (garbage, gaps, escaping paths, short files) with
// remote.bad_result, leaving nothing behind.
#include "remote_fixture.h"

#include "remote/client/result_chunk.h"
#include "werkbank/v1/simulation.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <map>

using namespace remotetest;
namespace v1 = werkbank::v1;

namespace {

std::string varint(std::uint64_t v) {
    std::string out;
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
    return out;
}

/// A ResultChunk in wire format, fields in an unusual order plus an unknown field (9).
std::string chunk(const std::string& path, std::uint64_t total, std::uint64_t offset,
                  const std::string& data) {
    return "\x18" + varint(offset) + "\x48\x07" + "\x22" + varint(data.size()) + data + "\x0a" +
           varint(path.size()) + path + "\x10" + varint(total);
}

/// A message cut into slices of `piece` bytes, so every field can straddle a slice boundary.
grpc::ByteBuffer sliced(const std::string& bytes, std::size_t piece) {
    std::vector<grpc::Slice> slices;
    for (std::size_t at = 0; at < bytes.size(); at += piece)
        slices.emplace_back(bytes.data() + at, std::min(piece, bytes.size() - at));
    return grpc::ByteBuffer(slices.data(), slices.size());
}

/// A service whose GetResult sends the messages scripted for the requested job id.
class ScriptedResults final
    : public v1::SimulationService::WithRawCallbackMethod_GetResult<
          v1::SimulationService::CallbackService> {
public:
    std::map<std::string, std::vector<std::string>> scripts;

    grpc::ServerWriteReactor<grpc::ByteBuffer>* GetResult(grpc::CallbackServerContext*,
                                                          const grpc::ByteBuffer* raw) override {
        grpc::ByteBuffer copy(*raw);
        v1::GetResultRequest request;
        (void)grpc::SerializationTraits<v1::GetResultRequest>::Deserialize(&copy, &request);
        struct Writer : grpc::ServerWriteReactor<grpc::ByteBuffer> {
            std::vector<std::string> messages;
            std::size_t next = 0;
            grpc::ByteBuffer current;
            explicit Writer(std::vector<std::string> m) : messages(std::move(m)) { send(); }
            void send() {
                if (next == messages.size()) return Finish(grpc::Status::OK);
                current = sliced(messages[next++], 7);
                StartWrite(&current);
            }
            void OnWriteDone(bool ok) override {
                if (!ok) return Finish(grpc::Status::CANCELLED);
                send();
            }
            void OnDone() override { delete this; }
        };
        return new Writer(scripts[request.job_id()]);
    }
};

void expectBad(wb::remote::Client& client, const std::string& job, const fs::path& target) {
    auto r = await<bool>([&](auto cb) { client.fetchResult(job, target, cb); });
    SIM_CHECK(!r.has_value());
    if (!r.has_value()) {
        std::cout << job << ": " << r.error().id << "\n";
        SIM_CHECK(r.error().id == "remote.bad_result");
    }
    std::error_code ec;
    SIM_CHECK(!fs::exists(target, ec));
    SIM_CHECK(!fs::exists(target.string() + ".part", ec));
    SIM_CHECK(!fs::exists(target.parent_path() / "evil", ec));
}

void scriptedStreams(const fs::path& dir) {
    ScriptedResults service;
    const std::string a(100000, 'a'), b = "0123456789";
    std::string mixed;
    for (int i = 0; i < 70000; ++i)
        mixed.push_back(char(i * 31 + (i >> 7)));
    service.scripts["good"] = {chunk("a.bin", a.size(), 0, a.substr(0, 60000)),
                               chunk("a.bin", a.size(), 60000, a.substr(60000)),
                               chunk("empty.txt", 0, 0, ""), chunk("b.txt", 10, 0, b),
                               chunk("mixed.bin", mixed.size(), 0, mixed)};
    service.scripts["garbage"] = {std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 11)};
    service.scripts["group"] = {"\x0b\x0c"}; // wire types 3 and 4 (groups) are not ResultChunk
    service.scripts["cut"] = {chunk("a.bin", 10, 0, b).substr(0, 5)};
    service.scripts["gap"] = {chunk("a.bin", 20, 0, b), chunk("a.bin", 20, 15, b)};
    service.scripts["escape"] = {chunk("../evil", 10, 0, b)};
    service.scripts["slash"] = {chunk("sub/x", 10, 0, b)};
    service.scripts["short"] = {chunk("a.bin", 20, 0, b)};
    service.scripts["switch"] = {chunk("a.bin", 20, 0, b), chunk("b.bin", 10, 0, b)};
    service.scripts["overflow"] = {chunk("a.bin", 5, 0, b)};

    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&service);
    auto server = builder.BuildAndStart();
    SIM_CHECK(server && port > 0);
    if (!server) return;

    wb::remote::ConnectionOptions options;
    options.endpoint = "127.0.0.1:" + std::to_string(port);
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    if (!client) return;
    const fs::path target = dir / "out";
    auto ok = await<bool>([&](auto cb) { (*client)->fetchResult("good", target, cb); });
    SIM_CHECK(ok.has_value());
    SIM_CHECK(readText(target / "a.bin") == a);
    SIM_CHECK(fs::exists(target / "empty.txt") && fs::file_size(target / "empty.txt") == 0);
    SIM_CHECK(readText(target / "b.txt") == b);
    SIM_CHECK(readText(target / "mixed.bin") == mixed);
    fs::remove_all(target);
    for (const char* job : {"garbage", "group", "cut", "gap", "escape", "slash", "short", "switch",
                            "overflow"})
        expectBad(**client, job, target);
    server->Shutdown();
}

std::string joined(const std::vector<iovec>& parts) {
    std::string out;
    for (const iovec& p : parts)
        out.append(static_cast<const char*>(p.iov_base), p.iov_len);
    return out;
}

/// The client's parser on messages cut at every byte (with empty slices in between): each
/// field, varint and payload straddles a slice boundary somewhere.
void parserAcrossSlices() {
    using wb::remote::detail::parseChunk;
    using wb::remote::detail::RawChunk;
    const std::string data = "payload bytes \x00\xff of the chunk";
    // offset 2^63 + 5 is a 10-byte varint.
    const std::uint64_t offset = (std::uint64_t(1) << 63) + 5;
    const std::string message = chunk("result.vtu", offset + 100, offset, data);
    int checked = 0;
    for (std::size_t cut = 0; cut <= message.size(); ++cut)
        for (std::size_t cut2 = cut; cut2 <= message.size(); cut2 += 3) {
            std::vector<grpc::Slice> slices{grpc::Slice(message.data(), cut), grpc::Slice(),
                                            grpc::Slice(message.data() + cut, cut2 - cut),
                                            grpc::Slice(message.data() + cut2,
                                                        message.size() - cut2)};
            RawChunk c;
            const bool ok = parseChunk(slices, c);
            SIM_CHECK(ok);
            if (!ok) return;
            SIM_CHECK(c.path == "result.vtu" && c.offset == offset && c.total == offset + 100);
            SIM_CHECK(c.size == data.size() && joined(c.data) == data);
            ++checked;
        }
    // A truncated message is refused, unless it ends between two fields (a valid, shorter
    // message): never a partial payload.
    for (std::size_t n = 1; n < message.size(); ++n) {
        std::vector<grpc::Slice> slices{grpc::Slice(message.data(), n / 2),
                                        grpc::Slice(message.data() + n / 2, n - n / 2)};
        RawChunk c;
        if (parseChunk(slices, c)) {
            // a prefix that ends on a field boundary is a valid, shorter message
            SIM_CHECK(c.size == data.size() || c.data.empty());
        }
    }
    // Group wire types, an 11-byte varint, a length past the end.
    for (const std::string& bad : {std::string("\x0b"), std::string(11, '\xff'),
                                   std::string("\x22\x05" "abc")}) {
        grpc::Slice slice(bad.data(), bad.size());
        RawChunk c;
        SIM_CHECK(!parseChunk({slice}, c));
    }
    std::cout << "parser: " << checked << " slicings\n";
}

/// The real server's hand-assembled messages, read by the stock generated client, equal the
/// files the project's client fetches.
void stockClientReadsServer(const fs::path& dir) {
    const fs::path study = writeCantilever(dir, 2.5e-3);
    ServerProcess server;
    SIM_CHECK(server.start({"--listen", "127.0.0.1:0", "--data-dir", (dir / "data").string(),
                            "--backend", "cpu"},
                           dir / "server.log"));
    wb::remote::ConnectionOptions options;
    options.endpoint = server.endpoint();
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    if (!client) return;
    auto& c = **client;
    auto geometry = await<std::string>([&](auto cb) { c.uploadGeometry(dir / "beam.stl", cb); });
    SIM_CHECK(geometry.has_value());
    if (!geometry) return;
    auto job =
        await<wb::remote::JobInfo>([&](auto cb) { c.submit(readText(study), *geometry, {}, cb); });
    SIM_CHECK(job.has_value());
    if (!job) return;
    auto done = await<wb::remote::JobInfo>(
        [&](auto cb) { c.watch(job->id, 1, [](const wb::remote::JobEvent&) {}, cb); });
    SIM_CHECK(done && done->state == wb::remote::JobState::Succeeded);
    // An empty file in the result folder travels as one chunk without data.
    simtest::writeText(dir / "data" / "jobs" / job->id / "result" / "zz_empty.txt", "");
    const fs::path fetched = dir / "fetched";
    SIM_CHECK(await<bool>([&](auto cb) { c.fetchResult(job->id, fetched, cb, 4096); }).has_value());

    auto stub = v1::SimulationService::NewStub(
        grpc::CreateChannel(server.endpoint(), grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    v1::GetResultRequest request;
    request.set_job_id(job->id);
    request.set_chunk_size(4096);
    auto reader = stub->GetResult(&context, request);
    std::map<std::string, std::string> files;
    v1::ResultChunk message;
    int messages = 0;
    while (reader->Read(&message)) {
        std::string& file = files[message.path()];
        SIM_CHECK(message.offset() == file.size());
        SIM_CHECK(message.data().size() <= 4096);
        file += message.data();
        SIM_CHECK(file.size() <= message.total_bytes());
        ++messages;
    }
    SIM_CHECK(reader->Finish().ok());
    std::cout << "stock client: " << files.size() << " files in " << messages << " messages\n";
    SIM_CHECK(files.size() >= 3 && messages > int(files.size()));
    SIM_CHECK(files.count("zz_empty.txt") == 1 && files["zz_empty.txt"].empty());
    SIM_CHECK(fs::exists(fetched / "zz_empty.txt") && fs::file_size(fetched / "zz_empty.txt") == 0);
    for (const auto& [name, bytes] : files)
        SIM_CHECK(readText(fetched / name) == bytes);
    SIM_CHECK(server.stop() == 0);
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_fetch_stream");
    parserAcrossSlices();
    scriptedStreams(dir);
    stockClientReadsServer(dir);
    wb::core::leaveNow(remotetest::finish("tst_remote_fetch_stream"));
}
