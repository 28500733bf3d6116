#include "helper_test_hooks.h"

#include "core/io/import_errors.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb::core::io {

namespace {

int parsePort(std::string_view text) {
    int port = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
    return ec == std::errc() && end == text.data() + text.size() && port > 0 && port < 65536 ? port
                                                                                             : 0;
}

// What a hook that returns found, as the helper's answer.
Error hookOutcome(const std::filesystem::path& path, const std::string& outcome) {
    return Error{
        ErrorCode::Internal, "io.test_hook", {path.string(), outcome}, outcome, path.string()};
}

// Fills memory 16 MiB at a time, touching every page so that it is really used, until the
// limit stops it. The blocks are never freed: the process ends soon after. Without a limit it
// gives up at 4 GiB rather than take the machine's memory.
Result<std::shared_ptr<const Assembly>> allocate(const std::filesystem::path& path) {
    constexpr std::size_t kBlock = std::size_t{16} << 20;
    try {
        for (std::size_t total = 0; total < (std::size_t{4} << 30); total += kBlock) {
            volatile char* block = new char[kBlock];
            for (std::size_t i = 0; i < kBlock; i += 4096)
                block[i] = 1;
        }
    } catch (const std::bad_alloc&) {
        // What import_file.cpp makes of an importer's std::bad_alloc.
        return std::unexpected(internalError(path, "out of memory"));
    }
    return std::unexpected(hookOutcome(path, "allocated 4 GiB without reaching a limit"));
}

Result<std::shared_ptr<const Assembly>> connectTo(const std::filesystem::path& path, int port,
                                                  NetworkContainment containment) {
    std::string outcome;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        outcome = std::string("blocked: socket: ") + std::strerror(errno);
    } else {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0)
            outcome = "connected";
        else
            outcome = std::string("blocked: connect: ") + std::strerror(errno);
        ::close(fd);
    }
    outcome += std::string(" (") + containmentName(containment) + ")";
    return std::unexpected(hookOutcome(path, outcome));
}

} // namespace

TestHook testHookFromEnvironment() {
    const char* value = std::getenv("WERKBANK_IMPORT_TEST_HOOK");
    const std::string_view text = value ? value : "";
    TestHook hook;
    if (text == "hang") hook.kind = TestHook::Kind::Hang;
    if (text == "allocate") hook.kind = TestHook::Kind::Allocate;
    if (text == "crash") hook.kind = TestHook::Kind::Crash;
    for (const std::string_view prefix : {"connect:", "connect-filtered:"})
        if (text.starts_with(prefix)) {
            hook.port = parsePort(text.substr(prefix.size()));
            hook.filtered = prefix != "connect:";
            if (hook.port) hook.kind = TestHook::Kind::Connect;
        }
    return hook;
}

Result<std::shared_ptr<const Assembly>> runTestHook(const TestHook& hook,
                                                    const std::filesystem::path& path,
                                                    NetworkContainment containment) {
    switch (hook.kind) {
    case TestHook::Kind::Hang:
        for (;;)
            ::pause();
    case TestHook::Kind::Crash:
        std::signal(SIGSEGV, SIG_DFL);
        std::raise(SIGSEGV);
        std::_Exit(1);
    case TestHook::Kind::Allocate:
        return allocate(path);
    case TestHook::Kind::Connect:
        return connectTo(path, hook.port, containment);
    case TestHook::Kind::None:
        break;
    }
    return std::unexpected(internalError(path, "no test hook"));
}

} // namespace wb::core::io
