#include "helper_containment.h"

#include "core/io/isolated/network_filter.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace wb::core::io {

namespace {

// Lowers the soft and hard limit of `resource` to `value` (0: left as it is); a limit the
// process already has below that stays. `grace` is added to the hard limit only.
void lowerLimit(int resource, std::uint64_t value, std::uint64_t grace = 0) {
    rlimit current{};
    if (value == 0 || ::getrlimit(resource, &current) != 0) return;
    const auto clamp = [&](std::uint64_t v) {
        return std::min<rlim_t>(rlim_t(v), current.rlim_max);
    };
    const rlimit lowered{clamp(value), clamp(value + grace < value ? value : value + grace)};
    ::setrlimit(resource, &lowered);
}

// MiB in bytes, saturated rather than wrapped for absurd values.
std::uint64_t mebibytes(std::uint64_t megabytes) {
    return megabytes > (UINT64_MAX >> 20) ? UINT64_MAX : megabytes << 20;
}

void writeFile(const char* path, const std::string& text) {
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return;
    [[maybe_unused]] const ssize_t n = ::write(fd, text.data(), text.size());
    ::close(fd);
}

// A new user namespace (which lets an unprivileged process have a network namespace) and a
// network namespace with nothing in it. The process keeps its user and group ids inside, so
// that what it reads and reports about itself stays the same.
bool enterEmptyNetwork() {
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) return false;
    writeFile("/proc/self/setgroups", "deny");
    writeFile("/proc/self/uid_map", std::to_string(uid) + " " + std::to_string(uid) + " 1");
    writeFile("/proc/self/gid_map", std::to_string(gid) + " " + std::to_string(gid) + " 1");
    return true;
}

} // namespace

NetworkContainment containHelper(const ImportLimits& limits, bool namespaces) {
    lowerLimit(RLIMIT_DATA, mebibytes(limits.memoryMB));
    // SIGXCPU at the soft limit, SIGKILL a second later should the first not end it.
    lowerLimit(RLIMIT_CPU, cpuSeconds(limits), 1);
    lowerLimit(RLIMIT_FSIZE, mebibytes(limits.fileSizeMB));
    lowerLimit(RLIMIT_NOFILE, std::uint64_t(std::max(limits.openFiles, 0)));
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    if (namespaces && enterEmptyNetwork()) return NetworkContainment::Namespace;
    return installNetworkFilter() ? NetworkContainment::Filter : NetworkContainment::None;
}

const char* containmentName(NetworkContainment containment) {
    // In the order of the enumerators.
    constexpr const char* kNames[] = {"namespace", "filter", "none"};
    return kNames[static_cast<int>(containment)];
}

} // namespace wb::core::io
