#pragma once
/// The durable set of jobs under DATA_DIR/jobs/<id>/ (job.json, study.json, events.log,
/// result/), indexed by id and by (tenant, request_id). Thread-safe.

#include "job_record.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace wb::remote {

class JobStore {
public:
    /// Loads every job found under `dataDir`/jobs; incomplete submissions are removed.
    core::Result<bool> open(const std::filesystem::path& dataDir);

    /// The job of (tenant, requestId), or nullptr.
    std::shared_ptr<JobRecord> findByRequest(const std::string& tenant,
                                             const std::string& requestId) const;
    /// The tenant's job, or nullptr (another tenant's job is not found).
    std::shared_ptr<JobRecord> find(const std::string& tenant, const std::string& id) const;
    std::vector<std::shared_ptr<JobRecord>> list(const std::string& tenant) const;
    /// Every job whose state is queued or running (after a restart).
    std::vector<std::shared_ptr<JobRecord>> unfinished() const;

    /// Creates the job directory atomically with study.json and job.json, opens its log and
    /// appends the "queued" event. `job` has its fixed fields set (not id or dir). When a job
    /// with the same (tenant, request_id) exists, returns that one instead.
    core::Result<std::shared_ptr<JobRecord>> create(std::shared_ptr<JobRecord> job,
                                                    const std::string& studyJson, bool* created);
    /// Removes a finished job with its files.
    void remove(const std::shared_ptr<JobRecord>& job);

private:
    std::filesystem::path m_jobsDir;
    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<JobRecord>> m_jobs;
    std::map<std::string, std::string> m_byRequest; ///< tenant + '\n' + request_id -> id
};

/// A random 128-bit id as 32 hex characters.
std::string randomId();

} // namespace wb::remote
