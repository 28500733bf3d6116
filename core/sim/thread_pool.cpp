#include "thread_pool.h"

#include <algorithm>

namespace wb::sim {

ThreadPool::ThreadPool(unsigned threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned i = 1; i < threads; ++i)
        m_workers.emplace_back([this, i] { workerLoop(i); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_start.notify_all();
    for (auto& t : m_workers)
        t.join();
}

ThreadPool& ThreadPool::global() {
    static ThreadPool pool;
    return pool;
}

namespace {
void chunk(std::size_t n, unsigned parts, unsigned index, std::size_t& b, std::size_t& e) {
    b = n * index / parts;
    e = n * (index + 1) / parts;
}
} // namespace

void ThreadPool::workerLoop(unsigned index) {
    unsigned long long seen = 0;
    for (;;) {
        const std::function<void(std::size_t, std::size_t, unsigned)>* task;
        std::size_t n;
        {
            std::unique_lock lock(m_mutex);
            m_start.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop) return;
            seen = m_generation;
            task = m_task;
            n = m_count;
        }
        std::size_t b, e;
        chunk(n, size(), index, b, e);
        if (b < e) (*task)(b, e, index);
        {
            std::lock_guard lock(m_mutex);
            if (--m_pending == 0) m_done.notify_one();
        }
    }
}

void ThreadPool::parallelFor(std::size_t n,
                             const std::function<void(std::size_t, std::size_t, unsigned)>& fn,
                             std::size_t grain) {
    if (n == 0) return;
    if (m_workers.empty() || n < grain * 2) {
        fn(0, n, 0);
        return;
    }
    std::lock_guard call(m_callMutex);
    {
        std::lock_guard lock(m_mutex);
        m_task = &fn;
        m_count = n;
        m_pending = unsigned(m_workers.size());
        ++m_generation;
    }
    m_start.notify_all();
    std::size_t b, e;
    chunk(n, size(), 0, b, e);
    if (b < e) fn(b, e, 0);
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_pending == 0; });
}

} // namespace wb::sim
