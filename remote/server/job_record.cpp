#include "job_record.h"

#include "remote/common/error_status.h"
#include "remote/common/job_state.h"

#include "core/sim/json.h"

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace wb::remote {

using sim::Json;

std::int64_t nowUnixMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

core::Result<bool> writeFileAtomically(const std::filesystem::path& file, const std::string& text) {
    const std::filesystem::path tmp = file.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ok = ok && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    std::error_code ec;
    if (ok) std::filesystem::rename(tmp, file, ec);
    if (!ok || ec)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot write", file.string());
    return true;
}

Json errorJson(const core::Error& e) {
    Json::Array args;
    for (const std::string& a : e.args)
        args.emplace_back(a);
    return Json(Json::Object{{"code", core::errorCodeName(e.code)},
                             {"id", e.id},
                             {"args", args},
                             {"context", e.context}});
}

std::string textOf(const Json& j, const char* key) {
    const Json* v = j.find(key);
    return v && v->isString() ? v->asString() : std::string();
}
double numberOf(const Json& j, const char* key) {
    const Json* v = j.find(key);
    return v && v->isNumber() ? v->asNumber() : 0.0;
}

} // namespace

werkbank::v1::JobState JobRecord::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

std::optional<core::Error> JobRecord::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

werkbank::v1::Job JobRecord::toProto() const {
    werkbank::v1::Job job;
    job.set_job_id(id);
    job.set_name(name);
    job.set_request_id(requestId);
    job.set_created_unix_ms(createdMs);
    job.set_last_sequence(m_log.size());
    std::lock_guard lock(m_mutex);
    job.set_state(m_state);
    if (m_error) *job.mutable_error() = toDetail(*m_error);
    return job;
}

core::Result<bool> JobRecord::persist() const {
    Json j(Json::Object{});
    j.set("id", id);
    j.set("tenant", tenant);
    j.set("request_id", requestId);
    j.set("name", name);
    j.set("geometry_id", geometryId);
    j.set("created_ms", static_cast<double>(createdMs));
    j.set("deadline_ms", static_cast<double>(deadlineMs));
    j.set("intermediate_every", intermediateEvery);
    j.set("estimated_bytes", static_cast<double>(estimatedBytes));
    {
        std::lock_guard lock(m_mutex);
        j.set("state", jobStateName(m_state));
        if (m_error) j.set("error", errorJson(*m_error));
    }
    return writeFileAtomically(dir / "job.json", j.dump(2));
}

core::Result<std::shared_ptr<JobRecord>> JobRecord::restore(const std::filesystem::path& dir) {
    std::ifstream in(dir / "job.json");
    std::stringstream text;
    text << in.rdbuf();
    auto j = Json::parse(text.str());
    if (!j || !j->isObject())
        return core::fail(core::ErrorCode::InvalidFile, "server.bad_job", "unreadable job.json",
                          dir.string());
    auto job = std::make_shared<JobRecord>();
    job->dir = dir;
    job->id = textOf(*j, "id");
    job->tenant = textOf(*j, "tenant");
    job->requestId = textOf(*j, "request_id");
    job->name = textOf(*j, "name");
    job->geometryId = textOf(*j, "geometry_id");
    job->createdMs = static_cast<std::int64_t>(numberOf(*j, "created_ms"));
    job->deadlineMs = static_cast<std::int64_t>(numberOf(*j, "deadline_ms"));
    job->intermediateEvery = static_cast<int>(numberOf(*j, "intermediate_every"));
    job->estimatedBytes = static_cast<std::uint64_t>(numberOf(*j, "estimated_bytes"));
    job->m_state = jobStateFromName(textOf(*j, "state"));
    if (const Json* e = j->find("error"); e && e->isObject()) {
        werkbank::v1::ErrorDetail d;
        d.set_code(textOf(*e, "code"));
        d.set_id(textOf(*e, "id"));
        d.set_context(textOf(*e, "context"));
        if (const Json* a = e->find("args"); a && a->isArray())
            for (const Json& s : a->asArray())
                if (s.isString()) d.add_args(s.asString());
        job->m_error = fromDetail(d);
    }
    if (job->id.empty() || job->tenant.empty() ||
        job->m_state == werkbank::v1::JOB_STATE_UNSPECIFIED)
        return core::fail(core::ErrorCode::InvalidFile, "server.bad_job", "incomplete job.json",
                          dir.string());
    return job;
}

void JobRecord::setState(werkbank::v1::JobState state, std::optional<core::Error> error) {
    werkbank::v1::JobEvent event;
    event.mutable_state()->set_state(state);
    if (error) *event.mutable_state()->mutable_error() = toDetail(*error);
    {
        // The state and its event change together: a watcher that sees a terminal state also
        // finds its event in the log.
        std::lock_guard lock(m_mutex);
        m_state = state;
        m_error = std::move(error);
        emitLocked(std::move(event), true);
    }
    persist();
    notify();
}

void JobRecord::beginReplay() {
    std::lock_guard lock(m_mutex);
    m_generated = 1; // the submission's "queued" event is not generated again
    m_replaySkip = m_log.size();
}

void JobRecord::emit(werkbank::v1::JobEvent event, bool sync) {
    {
        std::lock_guard lock(m_mutex);
        emitLocked(std::move(event), sync);
    }
    notify();
}

void JobRecord::emitLocked(werkbank::v1::JobEvent event, bool sync) {
    if (++m_generated <= m_replaySkip) return;
    event.set_sequence(m_log.size() + 1);
    event.set_unix_ms(nowUnixMs());
    m_log.append(event.SerializeAsString(), sync);
}

std::uint64_t JobRecord::addWaiter(Waiter waiter) {
    std::lock_guard lock(m_mutex);
    const std::uint64_t key = m_nextWaiter++;
    m_waiters.emplace(key, std::move(waiter));
    return key;
}

void JobRecord::removeWaiter(std::uint64_t key) {
    std::lock_guard lock(m_mutex);
    m_waiters.erase(key);
}

void JobRecord::notify() {
    std::map<std::uint64_t, Waiter> waiters;
    {
        std::lock_guard lock(m_mutex);
        waiters.swap(m_waiters);
    }
    for (auto& [key, waiter] : waiters)
        waiter();
}

} // namespace wb::remote
