#pragma once
/// One job: its durable description (job.json), its event log and its live state.

#include "event_log.h"

#include "core/model/progress.h"
#include "core/model/result.h"
#include "werkbank/v1/simulation.pb.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace wb::remote {

/// Thread-safe. Shared by the store, the runner and the watch streams (shared_ptr).
class JobRecord {
public:
    using Waiter = std::function<void()>;

    // Fixed at submission.
    std::string id, tenant, requestId, name, geometryId;
    std::int64_t createdMs = 0;
    std::int64_t deadlineMs = 0; ///< absolute unix ms; 0 = none
    int intermediateEvery = 0;
    std::uint64_t estimatedBytes = 0;
    std::filesystem::path dir;

    core::CancelToken cancel;
    std::atomic<bool> stoppedForShutdown{false};

    werkbank::v1::JobState state() const;
    std::optional<core::Error> error() const;
    /// Where the job runs: backend ("cpu", "cuda") and device (GPU name or CPU model). Set by
    /// the runner before the job turns running, persisted with the next state change.
    void setDevice(std::string backend, std::string device);
    /// The job message for replies.
    werkbank::v1::Job toProto() const;

    /// Writes job.json atomically (temporary file, fsync, rename).
    core::Result<bool> persist() const;
    /// Reads job.json from `dir`.
    static core::Result<std::shared_ptr<JobRecord>> restore(const std::filesystem::path& dir);

    core::Result<bool> openLog() { return m_log.open(dir / "events.log"); }
    EventLog& log() { return m_log; }

    /// Sets the state (and error), persists job.json and appends a state event. Running sets
    /// the start time (a re-run after a restart starts again); a final state the end time.
    void setState(werkbank::v1::JobState state, std::optional<core::Error> error = {});
    /// Appends an event (sequence and time are filled in) and wakes the waiters. Events of a
    /// re-run that the log already holds (the first `replaySkip` generated ones) are dropped.
    void emit(werkbank::v1::JobEvent event, bool sync = false);
    /// Starts a new run that re-generates events from the first one: events already in the
    /// log are skipped so that a watcher sees each exactly once.
    void beginReplay();

    /// Registers a one-shot callback for the next appended event; returns its key.
    std::uint64_t addWaiter(Waiter waiter);
    void removeWaiter(std::uint64_t key);

private:
    void notify();
    void emitLocked(werkbank::v1::JobEvent event, bool sync);

    mutable std::mutex m_mutex;
    werkbank::v1::JobState m_state = werkbank::v1::JOB_STATE_QUEUED;
    std::optional<core::Error> m_error;
    std::string m_backend, m_device;
    std::int64_t m_startedMs = 0, m_finishedMs = 0; ///< 0 = not yet
    EventLog m_log;
    std::uint64_t m_generated = 0, m_replaySkip = 0;
    std::map<std::uint64_t, Waiter> m_waiters;
    std::uint64_t m_nextWaiter = 1;
};

std::int64_t nowUnixMs();

} // namespace wb::remote
