#include "scheduler.h"

namespace wb::remote {

Scheduler::Scheduler() : m_thread([this] { loop(); }) {}

Scheduler::~Scheduler() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_tasks.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void Scheduler::after(std::chrono::milliseconds delay, std::function<void()> task) {
    {
        std::lock_guard lock(m_mutex);
        m_tasks.emplace(std::chrono::steady_clock::now() + delay, std::move(task));
    }
    m_wake.notify_all();
}

void Scheduler::loop() {
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_tasks.empty()) {
            m_wake.wait(lock);
            continue;
        }
        auto first = m_tasks.begin();
        if (first->first > std::chrono::steady_clock::now()) {
            m_wake.wait_until(lock, first->first);
            continue;
        }
        auto task = std::move(first->second);
        m_tasks.erase(first);
        lock.unlock();
        task();
        lock.lock();
    }
}

} // namespace wb::remote
