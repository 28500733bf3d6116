#include "job_store.h"

#include "remote/common/job_state.h"

#include <fcntl.h>
#include <fstream>
#include <random>
#include <unistd.h>

namespace wb::remote {

namespace fs = std::filesystem;

std::string randomId() {
    static thread_local std::random_device device;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 4; ++i) {
        const std::uint32_t r = device();
        for (int b = 0; b < 8; ++b)
            id.push_back(kHex[(r >> (4 * b)) & 15]);
    }
    return id;
}

namespace {

void syncDirectory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool writeSynced(const fs::path& file, const std::string& text) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                    ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

core::Result<bool> JobStore::open(const fs::path& dataDir) {
    m_jobsDir = dataDir / "jobs";
    std::error_code ec;
    fs::create_directories(m_jobsDir, ec);
    if (ec)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot create data directory",
                          m_jobsDir.string());
    std::lock_guard lock(m_mutex);
    for (const auto& entry : fs::directory_iterator(m_jobsDir, ec)) {
        const fs::path dir = entry.path();
        if (dir.filename().string().starts_with(".")) {
            fs::remove_all(dir, ec); // a submission that never completed
            continue;
        }
        auto job = JobRecord::restore(dir);
        if (!job) continue;
        if (auto ok = (*job)->openLog(); !ok) continue;
        if ((*job)->log().size() == 0)
            (*job)->emit(
                [&] {
                    werkbank::v1::JobEvent e;
                    e.mutable_state()->set_state(werkbank::v1::JOB_STATE_QUEUED);
                    return e;
                }(),
                true);
        m_byRequest[(*job)->tenant + "\n" + (*job)->requestId] = (*job)->id;
        m_jobs[(*job)->id] = *job;
    }
    return true;
}

std::shared_ptr<JobRecord> JobStore::findByRequest(const std::string& tenant,
                                                   const std::string& requestId) const {
    std::lock_guard lock(m_mutex);
    auto it = m_byRequest.find(tenant + "\n" + requestId);
    if (it == m_byRequest.end()) return nullptr;
    auto job = m_jobs.find(it->second);
    return job == m_jobs.end() ? nullptr : job->second;
}

std::shared_ptr<JobRecord> JobStore::find(const std::string& tenant, const std::string& id) const {
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->tenant != tenant) return nullptr;
    return it->second;
}

std::vector<std::shared_ptr<JobRecord>> JobStore::list(const std::string& tenant) const {
    std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<JobRecord>> jobs;
    for (const auto& [id, job] : m_jobs)
        if (job->tenant == tenant) jobs.push_back(job);
    std::sort(jobs.begin(), jobs.end(),
              [](const auto& a, const auto& b) { return a->createdMs < b->createdMs; });
    return jobs;
}

std::vector<std::shared_ptr<JobRecord>> JobStore::unfinished() const {
    auto jobs = std::vector<std::shared_ptr<JobRecord>>{};
    std::lock_guard lock(m_mutex);
    for (const auto& [id, job] : m_jobs)
        if (!isTerminal(job->state())) jobs.push_back(job);
    std::sort(jobs.begin(), jobs.end(),
              [](const auto& a, const auto& b) { return a->createdMs < b->createdMs; });
    return jobs;
}

core::Result<std::shared_ptr<JobRecord>>
JobStore::create(std::shared_ptr<JobRecord> job, const std::string& studyJson, bool* created) {
    std::lock_guard lock(m_mutex);
    *created = false;
    if (auto it = m_byRequest.find(job->tenant + "\n" + job->requestId); it != m_byRequest.end())
        return m_jobs.at(it->second);
    job->id = randomId();
    const fs::path staging = m_jobsDir / ("." + job->id);
    job->dir = staging;
    std::error_code ec;
    fs::create_directories(staging, ec);
    if (ec || !writeSynced(staging / "study.json", studyJson) || !job->persist())
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the job",
                          staging.string());
    job->dir = m_jobsDir / job->id;
    fs::rename(staging, job->dir, ec);
    if (ec)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the job",
                          job->dir.string());
    syncDirectory(m_jobsDir);
    if (auto ok = job->openLog(); !ok) return std::unexpected(ok.error());
    werkbank::v1::JobEvent queued;
    queued.mutable_state()->set_state(werkbank::v1::JOB_STATE_QUEUED);
    job->emit(std::move(queued), true);
    m_byRequest[job->tenant + "\n" + job->requestId] = job->id;
    m_jobs[job->id] = job;
    *created = true;
    return job;
}

void JobStore::remove(const std::shared_ptr<JobRecord>& job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.erase(job->id);
        m_byRequest.erase(job->tenant + "\n" + job->requestId);
    }
    std::error_code ec;
    const fs::path trash = m_jobsDir / (".deleted-" + job->id);
    fs::rename(job->dir, trash, ec);
    fs::remove_all(ec ? job->dir : trash, ec);
}

} // namespace wb::remote
