#pragma once
/// The solver's parallel loops, on OpenMP. Each thread that runs a solve gets its own team of
/// threads (OpenMP keeps one per calling thread), so solves on different threads never wait
/// for one another. The thread count is set per calling thread with ThreadCountScope.

#include <cstddef>
#include <type_traits>

namespace wb::sim {

namespace detail {
using RangeFn = void (*)(void* context, std::size_t begin, std::size_t end);
using SumFn = double (*)(void* context, std::size_t begin, std::size_t end);
void parallelFor(std::size_t n, std::size_t grain, RangeFn fn, void* context);
double parallelSum(std::size_t n, std::size_t grain, SumFn fn, void* context);
} // namespace detail

/// Calls fn(begin, end) over [0, n) split into one contiguous chunk per thread of the calling
/// thread's team; runs serially on the calling thread below 2 * grain items. Blocks until all
/// chunks are done. When fn throws, the first exception is rethrown here after every chunk
/// has finished or stopped; the others are dropped. fn must not start parallel loops itself.
template <typename F> void parallelFor(std::size_t n, F&& fn, std::size_t grain = 1) {
    using Fn = std::remove_reference_t<F>;
    detail::parallelFor(
        n, grain, [](void* c, std::size_t b, std::size_t e) { (*static_cast<Fn*>(c))(b, e); },
        const_cast<void*>(static_cast<const void*>(&fn)));
}

/// Items per partial sum of parallelSum.
inline constexpr std::size_t kSumChunk = std::size_t(1) << 13;

/// The sum of partial(begin, end) over [0, n) cut into fixed chunks of kSumChunk items, added in
/// chunk order: the result is the same bit for bit for every thread count. Parallel from
/// 2 * grain items on; exceptions as in parallelFor.
template <typename F> double parallelSum(std::size_t n, F&& partial, std::size_t grain = 1) {
    using Fn = std::remove_reference_t<F>;
    return detail::parallelSum(
        n, grain,
        [](void* c, std::size_t b, std::size_t e) -> double {
            return (*static_cast<Fn*>(c))(b, e);
        },
        const_cast<void*>(static_cast<const void*>(&partial)));
}

/// Sets the number of threads of the parallel loops that the calling thread starts, for the
/// scope's lifetime (restores the previous count after). 0 keeps the default: all cores, or
/// OMP_NUM_THREADS when set.
class ThreadCountScope {
public:
    explicit ThreadCountScope(int threads);
    ~ThreadCountScope();
    ThreadCountScope(const ThreadCountScope&) = delete;
    ThreadCountScope& operator=(const ThreadCountScope&) = delete;

private:
    int m_previous;
};

/// The number of threads the calling thread's parallel loops use now.
int loopThreads();

} // namespace wb::sim
