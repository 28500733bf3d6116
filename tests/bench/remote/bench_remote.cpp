// Remote benchmark: result-streaming throughput by chunk size against a raw TCP loopback
// transfer of the same bytes, and the time from submit to the first progress event.
// Prints a table; asserts nothing.
// Usage: bench_remote [--mib N] [--latency-runs N] [--trials N]
#include "tests/remote/remote_fixture.h"
#include "core/model/process.h"

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <random>
#include <sys/socket.h>

using namespace remotetest;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// Sends `total` bytes in `chunk`-sized writes over a loopback TCP connection; returns MiB/s.
/// With `source` and `sink`, the sender reads the bytes from the file `source` and the
/// receiver writes them to the file `sink`, the same I/O a result download does; otherwise
/// both sides work from memory.
double rawTcp(std::size_t total, std::size_t chunk, const fs::path& source = {},
              const fs::path& sink = {}) {
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener, 1);
    ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    std::thread receiver([&] {
        const int fd = ::accept(listener, nullptr, nullptr);
        std::ofstream out;
        if (!sink.empty()) out.open(sink, std::ios::binary);
        std::string buffer(chunk, '\0');
        std::size_t received = 0;
        while (received < total) {
            const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
            if (n <= 0) break;
            if (out.is_open()) out.write(buffer.data(), n);
            received += std::size_t(n);
        }
        ::close(fd);
    });
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    std::string data(chunk, 'x');
    std::ifstream in;
    if (!source.empty()) in.open(source, std::ios::binary);
    const auto t0 = Clock::now();
    for (std::size_t sent = 0; sent < total;) {
        const std::size_t want = std::min(chunk, total - sent);
        if (in.is_open()) in.read(data.data(), static_cast<std::streamsize>(want));
        for (std::size_t off = 0; off < want;) {
            const ssize_t n = ::send(fd, data.data() + off, want - off, MSG_NOSIGNAL);
            if (n <= 0) {
                sent = total;
                break;
            }
            off += std::size_t(n);
            sent += std::size_t(n);
        }
    }
    ::shutdown(fd, SHUT_WR);
    receiver.join();
    const double seconds = since(t0);
    ::close(fd);
    ::close(listener);
    return double(total) / (1 << 20) / seconds;
}

int argument(int argc, char** argv, const std::string& name, int fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name) return std::stoi(argv[i + 1]);
    return fallback;
}

} // namespace

int main(int argc, char** argv) {
    wb::core::tuneAllocator();
    const int mib = argument(argc, argv, "--mib", 256);
    const int runs = argument(argc, argv, "--latency-runs", 10);
    const auto dir = simtest::scratch("bench_remote");
    ServerProcess server;
    if (!server.start(
            {"--listen", "127.0.0.1:0", "--data-dir", (dir / "data").string(), "--backend", "cpu"},
            dir / "server.log"))
        return 1;
    wb::remote::ConnectionOptions options;
    options.endpoint = server.endpoint();
    auto client = wb::remote::Client::create(options);
    if (!client) return 1;
    wb::remote::Client& c = **client;
    const std::string study = readText(writeCantilever(dir, 2.5e-3));
    auto geometry = await<std::string>([&](auto cb) { c.uploadGeometry(dir / "beam.stl", cb); });
    if (!geometry) return 1;

    // Submit -> first progress event (the geometry is already uploaded).
    std::vector<double> latencies;
    std::string lastJob;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        auto job = await<wb::remote::JobInfo>([&](auto cb) { c.submit(study, *geometry, {}, cb); });
        if (!job) return 1;
        auto first = std::make_shared<std::once_flag>();
        double latency = 0;
        await<wb::remote::JobInfo>([&](auto cb) {
            c.watch(
                job->id, 1,
                [&, first](const wb::remote::JobEvent& e) {
                    if (e.kind == wb::remote::JobEvent::Kind::Progress)
                        std::call_once(*first, [&] { latency = since(t0); });
                },
                cb);
        });
        latencies.push_back(latency * 1e3);
        lastJob = job->id;
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("submit -> first progress event (%d runs, small study, loopback TCP): median %.1f "
                "ms, max %.1f ms\n\n",
                runs, latencies[latencies.size() / 2], latencies.back());

    // Result streaming: a large file placed in a finished job's result folder.
    {
        std::ofstream big(dir / "data" / "jobs" / lastJob / "result" / "zz_stream.bin",
                          std::ios::binary);
        std::string block(1 << 20, '\0');
        std::mt19937 random(1);
        for (char& ch : block)
            ch = static_cast<char>(random());
        for (int i = 0; i < mib; ++i)
            big.write(block.data(), static_cast<std::streamsize>(block.size()));
    }
    // Received into memory-backed files where possible, so that the figure is the transport's.
    std::error_code ec;
    const fs::path target =
        fs::is_directory("/dev/shm", ec)
            ? fs::path("/dev/shm") / ("bench_remote_" + std::to_string(::getpid()))
            : dir / "fetched";
    const fs::path source = dir / "data" / "jobs" / lastJob / "result" / "zz_stream.bin";
    const int trials = std::max(1, argument(argc, argv, "--trials", 3));
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("%-10s %11s %11s %11s %12s %12s\n", "chunk", "gRPC MiB/s", "raw file", "raw mem",
                "gRPC/file", "gRPC/mem");
    for (std::size_t chunk : {16u << 10, 64u << 10, 256u << 10, 1u << 20, 4u << 20}) {
        std::vector<double> grpcRates, fileRates, memoryRates;
        for (int t = 0; t < trials; ++t) { // interleaved, so that all three see the same load
            const auto t0 = Clock::now();
            auto ok = await<bool>(
                [&](auto cb) { c.fetchResult(lastJob, target, cb, std::uint32_t(chunk)); });
            const double seconds = since(t0);
            if (!ok) return 1;
            const double bytes = double(fs::file_size(target / "zz_stream.bin"));
            fs::remove_all(target);
            grpcRates.push_back(bytes / (1 << 20) / seconds);
            fs::create_directories(target);
            fileRates.push_back(rawTcp(std::size_t(bytes), chunk, source, target / "raw.bin"));
            fs::remove_all(target);
            memoryRates.push_back(rawTcp(std::size_t(bytes), chunk));
        }
        const double g = median(grpcRates), f = median(fileRates), m = median(memoryRates);
        std::printf("%7zu KiB %11.0f %11.0f %11.0f %11.0f%% %11.0f%%\n", chunk >> 10, g, f, m,
                    100 * g / f, 100 * g / m);
    }
    std::printf(
        "(median of %d interleaved trials each. gRPC: GetResult of %d MiB into %s, plaintext\n"
        " loopback TCP; raw file: the same file read, sent over loopback TCP and written to the\n"
        " same folder, the work a result download does; raw mem: memory to memory)\n",
        trials, mib, target.parent_path().c_str());
    server.stop();
    return 0;
}
