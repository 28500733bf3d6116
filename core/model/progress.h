#pragma once
/// Progress reporting and cooperative cancellation for long-running work (import, solve).

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace wb::core {

/// Shared cancellation flag. Any thread may cancel; the worker polls `cancelled()`.
class CancelToken {
public:
    void cancel() noexcept { m_flag.store(true, std::memory_order_relaxed); }
    bool cancelled() const noexcept { return m_flag.load(std::memory_order_relaxed); }
    void reset() noexcept { m_flag.store(false, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_flag{false};
};

/// Called by a worker with the stage id ("reading", "transferring", "meshing", ...) and the
/// overall fraction in [0, 1]. Called on the worker thread; must be cheap and thread-safe.
using ProgressFn = std::function<void(const std::string& stage, double fraction)>;

} // namespace wb::core
