#include "job_record.h"

#include "remote/common/error_status.h"
#include "remote/common/job_state.h"

#include "core/model/atomic_file.h"
#include "core/sim/json.h"

#include <chrono>
#include <fstream>
#include <sstream>

namespace wb::remote {

using sim::dumpJson;
using sim::Json;

std::int64_t nowUnixMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

Json errorJson(const core::Error& e) {
    Json args = Json::array();
    for (const std::string& a : e.args)
        args.emplace_back(a);
    return Json{{"code", core::errorCodeName(e.code)},
                {"id", e.id},
                {"args", args},
                {"context", e.context}};
}

std::string textOf(const Json& j, const char* key) {
    const auto v = j.find(key);
    return v != j.end() && v->is_string() ? v->get<std::string>() : std::string();
}
template <typename T> T numberOf(const Json& j, const char* key) {
    const auto v = j.find(key);
    return v != j.end() && v->is_number() ? v->get<T>() : T{};
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

void JobRecord::setDevice(std::string backend, std::string device) {
    std::lock_guard lock(m_mutex);
    m_backend = std::move(backend);
    m_device = std::move(device);
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
    job.set_backend(m_backend);
    job.set_device(m_device);
    job.set_started_unix_ms(m_startedMs);
    job.set_finished_unix_ms(m_finishedMs);
    return job;
}

core::Result<bool> JobRecord::persist() const {
    Json j(Json::object());
    j["id"] = id;
    j["tenant"] = tenant;
    j["request_id"] = requestId;
    j["name"] = name;
    j["geometry_id"] = geometryId;
    j["created_ms"] = createdMs;
    j["deadline_ms"] = deadlineMs;
    j["intermediate_every"] = intermediateEvery;
    j["estimated_bytes"] = estimatedBytes;
    {
        std::lock_guard lock(m_mutex);
        j["state"] = jobStateName(m_state);
        if (m_error) j["error"] = errorJson(*m_error);
        j["backend"] = m_backend;
        j["device"] = m_device;
        j["started_ms"] = m_startedMs;
        j["finished_ms"] = m_finishedMs;
    }
    namespace fs = std::filesystem;
    return core::writeFileAtomically(dir / "job.json", dumpJson(j),
                                     fs::perms::owner_read | fs::perms::owner_write);
}

core::Result<std::shared_ptr<JobRecord>> JobRecord::restore(const std::filesystem::path& dir) {
    std::ifstream in(dir / "job.json");
    std::stringstream text;
    text << in.rdbuf();
    auto j = sim::parseJson(text.str());
    if (!j || !j->is_object())
        return core::fail(core::ErrorCode::InvalidFile, "server.bad_job", "unreadable job.json",
                          dir.string());
    auto job = std::make_shared<JobRecord>();
    job->dir = dir;
    job->id = textOf(*j, "id");
    job->tenant = textOf(*j, "tenant");
    job->requestId = textOf(*j, "request_id");
    job->name = textOf(*j, "name");
    job->geometryId = textOf(*j, "geometry_id");
    job->createdMs = numberOf<std::int64_t>(*j, "created_ms");
    job->deadlineMs = numberOf<std::int64_t>(*j, "deadline_ms");
    job->intermediateEvery = numberOf<int>(*j, "intermediate_every");
    job->estimatedBytes = numberOf<std::uint64_t>(*j, "estimated_bytes");
    job->m_state = jobStateFromName(textOf(*j, "state"));
    job->m_backend = textOf(*j, "backend"); // absent in jobs of older servers
    job->m_device = textOf(*j, "device");
    job->m_startedMs = numberOf<std::int64_t>(*j, "started_ms");
    job->m_finishedMs = numberOf<std::int64_t>(*j, "finished_ms");
    if (const auto e = j->find("error"); e != j->end() && e->is_object()) {
        werkbank::v1::ErrorDetail d;
        d.set_code(textOf(*e, "code"));
        d.set_id(textOf(*e, "id"));
        d.set_context(textOf(*e, "context"));
        if (const auto a = e->find("args"); a != e->end() && a->is_array())
            for (const Json& s : *a)
                if (s.is_string()) d.add_args(s.get<std::string>());
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
        if (state == werkbank::v1::JOB_STATE_RUNNING) m_startedMs = nowUnixMs(), m_finishedMs = 0;
        if (isTerminal(state)) m_finishedMs = nowUnixMs();
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
