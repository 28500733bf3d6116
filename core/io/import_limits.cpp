#include "import_limits.h"

#include <algorithm>
#include <thread>

namespace wb::core::io {

std::uint64_t cpuSeconds(const ImportLimits& limits) {
    if (limits.timeoutSeconds <= 0) return 0;
    const std::uint64_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::uint64_t(limits.timeoutSeconds) * cores;
}

bool nearMemoryLimit(long peakKiB, const ImportLimits& limits) {
    // The resident size lags what was allocated (pages not yet touched, thread stacks) and
    // includes the mapped libraries: three quarters of the limit is near enough.
    return limits.memoryMB > 0 && peakKiB > 0 &&
           std::uint64_t(peakKiB) / 1024 >= limits.memoryMB / 4 * 3;
}

} // namespace wb::core::io
