#include "isolated_import.h"

#include "core/io/file_probe.h"
#include "core/io/format_probes.h"
#include "core/io/formats.h"
#include "core/io/import_errors.h"
#include "core/io/isolated/helper_exit.h"
#include "core/io/isolated/import_protocol.h"
#include "core/model/assembly_codec.h"
#include "core/model/exit_codes.h"
#include "core/model/process.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wb::core::io {
std::filesystem::path defaultImportHelper() {
    const auto helper = siblingExecutable("werkbank-import");
    return helper.empty() ? std::filesystem::path("werkbank-import") : helper;
}

std::filesystem::path importHelperFor(const std::filesystem::path& path) {
    const std::string_view family = importFamily(path, readBytes(path, kProbeSize));
    if (!family.empty()) {
        const auto helper = siblingExecutable("werkbank-import-" + std::string(family));
        std::error_code ec;
        if (!helper.empty() && std::filesystem::is_regular_file(helper, ec)) return helper;
    }
    return defaultImportHelper();
}

std::vector<std::string> importHelperArguments(const std::filesystem::path& path,
                                               const ImportOptions& options) {
    std::vector<std::string> args{"--quality", qualityName(options.quality)};
    if (options.metresPerUnit) {
        char buffer[64];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, *options.metresPerUnit).ptr;
        args.insert(args.end(), {"--metres-per-unit", std::string(buffer, end)});
    }
    const ImportLimits& limits = options.limits;
    args.insert(args.end(), {"--timeout-s", std::to_string(limits.timeoutSeconds), "--memory-mb",
                             std::to_string(limits.memoryMB), "--file-size-mb",
                             std::to_string(limits.fileSizeMB), "--open-files",
                             std::to_string(limits.openFiles)});
    args.insert(args.end(), {"--", path.string()});
    return args;
}

std::vector<std::string> currentEnvironment() {
    std::vector<std::string> out;
    for (char** e = environ; e && *e; ++e)
        out.emplace_back(*e);
    return out;
}

Result<RunningImport> startImport(const std::filesystem::path& path, const ImportOptions& options,
                                  const std::filesystem::path& helperPath,
                                  const std::vector<std::string>& environment) {
    if (options.cancelled()) return std::unexpected(cancelled(path));
    const std::filesystem::path helper = helperPath.empty() ? importHelperFor(path) : helperPath;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return std::unexpected(internalError(path, std::string("pipe: ") + std::strerror(errno)));

    std::vector<std::string> args = importHelperArguments(path, options);
    args.insert(args.begin(), helper.string());
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> childEnvironment =
        environment.empty() ? currentEnvironment() : environment;
    // OCCT zero-fills every block it allocates unless told otherwise: 5-10% of an IGES
    // import. Its code does not rely on it (the helper's models are the same bit for bit).
    const bool userSet =
        std::any_of(childEnvironment.begin(), childEnvironment.end(),
                    [](const std::string& e) { return e.starts_with("MMGT_CLEAR="); });
    if (!userSet) childEnvironment.emplace_back("MMGT_CLEAR=0");
    // The helper checks this against its parent: one inherited from elsewhere must not be read.
    const std::string parentEntry = std::string(protocol::kParentVariable) + "=";
    std::erase_if(childEnvironment,
                  [&](const std::string& e) { return e.starts_with(parentEntry); });
    childEnvironment.push_back(parentEntry + std::to_string(::getpid()));
    std::vector<char*> envp;
    for (const std::string& e : childEnvironment)
        envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    // The child gets the pipe as standard output, no standard input, and default signal
    // handling whatever the caller set up.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t child = -1;
    const int spawned =
        ::posix_spawn(&child, helper.c_str(), &actions, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        return std::unexpected(
            internalError(path, "cannot start " + helper.string() + ": " + std::strerror(spawned)));
    }
    return RunningImport{child, fds[0], std::chrono::steady_clock::now()};
}

Result<std::shared_ptr<const Assembly>> finishImport(const RunningImport& running,
                                                     const std::filesystem::path& path,
                                                     const ImportOptions& options) {
    const pid_t child = running.pid;
    const int input = running.fd;
    // Frames arrive in `stream`; progress frames are handled and dropped as they complete.
    std::string stream;
    std::size_t replyAt = std::string::npos; // offset of the reply frame's payload
    bool wasCancelled = false, badFrame = false, timedOut = false, memoryExhausted = false;
    char buffer[1 << 16];
    auto takeProgress = [&] {
        while (replyAt == std::string::npos && stream.size() >= protocol::kFrameHeader) {
            std::uint64_t size = 0;
            std::memcpy(&size, stream.data() + 1, sizeof size);
            if (stream[0] == protocol::kReply) {
                replyAt = protocol::kFrameHeader;
                return;
            }
            if (stream[0] == protocol::kMemoryExhausted && size == 0) {
                memoryExhausted = true;
                stream.erase(0, protocol::kFrameHeader);
                continue;
            }
            if (stream[0] != protocol::kProgress || size < sizeof(double) || size > 4096) {
                badFrame = true;
                return;
            }
            if (stream.size() < protocol::kFrameHeader + size) return;
            double fraction = 0;
            std::memcpy(&fraction, stream.data() + protocol::kFrameHeader, sizeof fraction);
            const std::string stage =
                stream.substr(protocol::kFrameHeader + sizeof fraction, size - sizeof fraction);
            stream.erase(0, protocol::kFrameHeader + size);
            if (std::isfinite(fraction)) options.report(stage, std::clamp(fraction, 0.0, 1.0));
        }
    };
    // The wall-clock limit counts from the helper's start.
    using Clock = std::chrono::steady_clock;
    const int timeout = options.limits.timeoutSeconds;
    const Clock::time_point deadline =
        timeout > 0 ? running.started + std::chrono::seconds(timeout) : Clock::time_point::max();
    for (;;) {
        int waitMs = options.cancel ? 50 : -1;
        if (timeout > 0) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) {
                timedOut = true;
                ::kill(child, SIGKILL);
                break;
            }
            const int leftMs = int(std::min<std::int64_t>(left.count(), 60000));
            waitMs = waitMs < 0 ? leftMs : std::min(waitMs, leftMs);
        }
        pollfd p{input, POLLIN, 0};
        const int ready = ::poll(&p, 1, waitMs);
        if (options.cancelled() || badFrame) {
            wasCancelled = !badFrame;
            ::kill(child, SIGKILL);
            break;
        }
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        const ssize_t n = ::read(input, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        stream.append(buffer, std::size_t(n));
        takeProgress();
        if (badFrame) {
            ::kill(child, SIGKILL);
            break;
        }
    }
    ::close(input);
    int status = 0;
    rusage usage{};
    while (::wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    if (wasCancelled) return std::unexpected(cancelled(path));
    if (timedOut) return std::unexpected(timeLimitExceeded(path, timeout));
    // After a reply, the helper's exit code is its error's; without one, 2 is a usage error.
    const bool replied = replyAt != std::string::npos;
    if (WIFEXITED(status) && WEXITSTATUS(status) == kExitUsage && !replied)
        return std::unexpected(internalError(path, "the importer refused its arguments"));
    const bool normalExit = WIFEXITED(status) && (WEXITSTATUS(status) == kExitOk || replied);
    if (!normalExit && !badFrame)
        return std::unexpected(
            helperEndError(path, status, usage, options.limits, memoryExhausted));
    std::string_view reply;
    if (!badFrame && replyAt != std::string::npos) {
        std::uint64_t size = 0;
        std::memcpy(&size, stream.data() + 1, sizeof size);
        if (stream.size() - replyAt == size) reply = std::string_view(stream).substr(replyAt);
    }
    return decodeImportReply(reply, path.string()); // an empty reply is reported as damaged
}

Result<std::shared_ptr<const Assembly>>
importIsolated(const std::filesystem::path& path, const ImportOptions& options,
               const std::filesystem::path& helper, const std::vector<std::string>& environment) {
    auto running = startImport(path, options, helper, environment);
    if (!running) return std::unexpected(running.error());
    return finishImport(*running, path, options);
}

namespace {

constexpr const char* kHandOverPid = "WERKBANK_IMPORT_PID";
constexpr const char* kHandOverFd = "WERKBANK_IMPORT_FD";
constexpr const char* kHandOverRequest = "WERKBANK_IMPORT_REQUEST";

// What a helper was asked to do: its arguments, one per line.
std::string requestOf(const std::filesystem::path& path, const ImportOptions& options) {
    std::string request;
    for (const std::string& a : importHelperArguments(path, options))
        request += a + '\n';
    return request;
}

} // namespace

bool handOverImport(const RunningImport& running, const std::filesystem::path& path,
                    const ImportOptions& options) {
    const int flags = ::fcntl(running.fd, F_GETFD);
    if (flags < 0 || ::fcntl(running.fd, F_SETFD, flags & ~FD_CLOEXEC) != 0) return false;
    return ::setenv(kHandOverPid, std::to_string(running.pid).c_str(), 1) == 0 &&
           ::setenv(kHandOverFd, std::to_string(running.fd).c_str(), 1) == 0 &&
           ::setenv(kHandOverRequest, requestOf(path, options).c_str(), 1) == 0;
}

std::optional<RunningImport> takeOverImport(const std::filesystem::path& path,
                                            const ImportOptions& options) {
    const auto take = [](const char* name) {
        const char* value = std::getenv(name);
        std::optional<std::string> out;
        if (value) out = value;
        ::unsetenv(name);
        return out;
    };
    const std::optional<std::string> pidText = take(kHandOverPid), fdText = take(kHandOverFd),
                                     requestText = take(kHandOverRequest);
    if (!pidText || !fdText || !requestText) return std::nullopt;
    RunningImport running;
    const auto parse = [](const std::string& text, int& out) {
        const auto [at, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
        return ec == std::errc() && at == text.data() + text.size() && out >= 0;
    };
    // Only a helper this process started (a running child) on a pipe is taken, or stopped.
    struct stat info {};
    int status = 0;
    const bool valid = parse(*pidText, running.pid) && parse(*fdText, running.fd) &&
                       running.pid > 0 && ::fstat(running.fd, &info) == 0 &&
                       S_ISFIFO(info.st_mode) && ::waitpid(running.pid, &status, WNOHANG) == 0;
    const bool same = valid && requestOf(path, options) == *requestText;
    if (!valid) return std::nullopt;
    ::fcntl(running.fd, F_SETFD, FD_CLOEXEC);
    if (same) return running;
    // Started for something else: stopped, and the caller starts its own.
    ::kill(running.pid, SIGKILL);
    ::close(running.fd);
    while (::waitpid(running.pid, &status, 0) < 0 && errno == EINTR) {
    }
    return std::nullopt;
}

} // namespace wb::core::io
