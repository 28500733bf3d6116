#include "helper_exit.h"

#include "core/io/import_errors.h"
#include "core/model/exit_codes.h"

#include <csignal>
#include <cstring>
#include <string>

#include <sys/wait.h>

namespace wb::core::io {

namespace {

Error crashed(const std::filesystem::path& path, const std::string& how) {
    return Error{ErrorCode::Internal,
                 "io.importer_crashed",
                 {path.string(), how},
                 "the importer stopped unexpectedly (" + how + ")",
                 path.string()};
}

std::string describeExit(int status) {
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = sigdescr_np(sig);
        return "signal " + std::to_string(sig) + (name ? std::string(", ") + name : "");
    }
    if (WIFEXITED(status)) return "exit code " + std::to_string(WEXITSTATUS(status));
    return "unknown status";
}

double cpuSecondsUsed(const rusage& usage) {
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

} // namespace

Error helperEndError(const std::filesystem::path& path, int status, const rusage& usage,
                     const ImportLimits& limits, bool memoryExhausted) {
    // The helper exits with the limit code only for an exceeded memory limit it could not reply
    // about; the other limits are enforced by the kernel's signals or by the caller.
    if (memoryExhausted || (WIFEXITED(status) && WEXITSTATUS(status) == kExitImportLimit))
        return memoryLimitExceeded(path, limits.memoryMB);
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const std::uint64_t cpuLimit = cpuSeconds(limits);
        // SIGXCPU at the soft CPU limit; SIGKILL at the hard one, a second later.
        if (sig == SIGXCPU ||
            (sig == SIGKILL && cpuLimit > 0 && cpuSecondsUsed(usage) >= double(cpuLimit)))
            return timeLimitExceeded(path, limits.timeoutSeconds);
        if (sig == SIGXFSZ) return fileSizeLimitExceeded(path, limits.fileSizeMB);
        if (nearMemoryLimit(usage.ru_maxrss, limits))
            return memoryLimitExceeded(path, limits.memoryMB);
    }
    return crashed(path, describeExit(status));
}

} // namespace wb::core::io
