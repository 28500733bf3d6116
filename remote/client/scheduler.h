#pragma once
/// A single thread that runs tasks after a delay (reconnect backoff).

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace wb::remote {

class Scheduler {
public:
    Scheduler();
    /// Drops pending tasks and joins the thread.
    ~Scheduler();
    void after(std::chrono::milliseconds delay, std::function<void()> task);

private:
    void loop();
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::multimap<std::chrono::steady_clock::time_point, std::function<void()>> m_tasks;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace wb::remote
