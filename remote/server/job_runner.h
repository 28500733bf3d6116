#pragma once
/// Runs queued jobs on worker threads with wb::sim::solve: a configurable number of
/// concurrent jobs, admission by estimated memory, cancel, deadlines, events and an atomic
/// result folder per job.

#include "geometry_imports.h"
#include "job_record.h"
#include "study_size.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace wb::remote {

struct RunnerOptions {
    int maxJobs = 1;
    std::uint64_t memoryBytes = 0;      ///< admission budget
    std::optional<int> backend;         ///< wb::sim::Backend override when set
    std::filesystem::path geometryRoot; ///< DATA_DIR/tenants
    GeometryImports* imports = nullptr; ///< a job waits here for its geometry's import
    SizeLimits sizeLimits;              ///< checked once the import has finished
};

class JobRunner {
public:
    explicit JobRunner(RunnerOptions options);
    ~JobRunner();

    /// Queues a job (state queued). `replay` re-generates the events a log already holds.
    void enqueue(std::shared_ptr<JobRecord> job, bool replay = false);
    /// Cancels a queued or running job.
    void cancel(const std::shared_ptr<JobRecord>& job);
    /// Stops every worker; running jobs stay "running" on disk and run again after a restart.
    void stop();

private:
    void workerLoop();
    std::shared_ptr<JobRecord> takeFitting(bool& replay);
    void run(const std::shared_ptr<JobRecord>& job);
    core::Result<bool> awaitGeometry(JobRecord& job, const sim::Study& study);

    RunnerOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::shared_ptr<JobRecord>, bool>> m_queue;
    std::vector<std::shared_ptr<JobRecord>> m_running;
    std::uint64_t m_usedBytes = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace wb::remote
