#pragma once
/// A small persistent pool that runs one parallel loop at a time over all cores.

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace wb::sim {

class ThreadPool {
public:
    /// `threads` = 0 uses std::thread::hardware_concurrency().
    explicit ThreadPool(unsigned threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    unsigned size() const { return unsigned(m_workers.size()) + 1; }
    /// Calls fn(begin, end, worker) over [0, n) split into contiguous chunks, one per worker;
    /// runs serially below `grain` items. Blocks until all chunks are done. Calls from several
    /// threads are serialised; fn must not call parallelFor itself.
    void parallelFor(std::size_t n,
                     const std::function<void(std::size_t, std::size_t, unsigned)>& fn,
                     std::size_t grain = 1);

    /// The process-wide pool.
    static ThreadPool& global();

private:
    void workerLoop(unsigned index);

    std::vector<std::thread> m_workers;
    std::mutex m_callMutex; ///< one loop at a time
    std::mutex m_mutex;
    std::condition_variable m_start, m_done;
    const std::function<void(std::size_t, std::size_t, unsigned)>* m_task = nullptr;
    std::size_t m_count = 0;
    unsigned long long m_generation = 0;
    unsigned m_pending = 0;
    bool m_stop = false;
};

} // namespace wb::sim
