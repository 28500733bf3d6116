#include "parallel.h"

#include "solve.h"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <vector>

namespace wb::sim {

namespace {
thread_local int t_threads = 0; ///< 0: OpenMP's default
} // namespace

ThreadCountScope::ThreadCountScope(int threads) : m_previous(t_threads) {
    if (threads > 0) t_threads = threads;
}

ThreadCountScope::~ThreadCountScope() {
    t_threads = m_previous;
}

int loopThreads() {
    return t_threads > 0 ? t_threads : std::max(1, omp_get_max_threads());
}

int threadShare(int concurrentSolves) {
    return std::max(1, omp_get_max_threads() / std::max(1, concurrentSolves));
}

namespace detail {

void parallelFor(std::size_t n, std::size_t grain, RangeFn fn, void* context) {
    if (n == 0) return;
    const int threads = loopThreads();
    if (threads <= 1 || n < 2 * std::max<std::size_t>(grain, 1)) {
        fn(context, 0, n);
        return;
    }
    std::exception_ptr error;
    std::atomic<bool> failed{false};
#pragma omp parallel num_threads(threads)
    {
        const std::size_t index = std::size_t(omp_get_thread_num());
        const std::size_t parts = std::size_t(omp_get_num_threads());
        const std::size_t b = n * index / parts, e = n * (index + 1) / parts;
        if (b < e && !failed.load(std::memory_order_relaxed)) {
            try {
                fn(context, b, e);
            } catch (...) {
#pragma omp critical(wb_sim_parallel_error)
                {
                    if (!error) error = std::current_exception();
                }
                failed.store(true, std::memory_order_relaxed);
            }
        }
    }
    if (error) std::rethrow_exception(error);
}

double parallelSum(std::size_t n, std::size_t grain, SumFn fn, void* context) {
    const std::size_t chunks = (n + kSumChunk - 1) / kSumChunk;
    if (chunks <= 1) return n == 0 ? 0.0 : fn(context, 0, n);
    std::vector<double> partial(chunks, 0.0);
    auto sumChunks = [&](std::size_t c0, std::size_t c1) {
        for (std::size_t c = c0; c < c1; ++c)
            partial[c] = fn(context, c * kSumChunk, std::min(n, (c + 1) * kSumChunk));
    };
    const std::size_t chunkGrain = std::max<std::size_t>(1, grain / kSumChunk);
    wb::sim::parallelFor(chunks, sumChunks, chunkGrain);
    double sum = 0;
    for (double p : partial)
        sum += p;
    return sum;
}

} // namespace detail

} // namespace wb::sim
