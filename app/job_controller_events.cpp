// JobController: following jobs (watch events, reconnects, results) and listing services.
#include "job_controller.h"

#include "error_text.h"
#include "local_jobs.h"
#include "services.h"

#include <QDateTime>
#include <QDir>

namespace wb::app {

namespace {

using State = JobController::State;

/// The dock's state of a service state (a failure by interruption is its own state).
State stateOf(remote::JobState state, const std::optional<core::Error>& error) {
    switch (state) {
    case remote::JobState::Running:
        return State::Running;
    case remote::JobState::Succeeded:
        return State::Succeeded;
    case remote::JobState::NotConverged:
        return State::NotConverged;
    case remote::JobState::Cancelled:
        return State::Cancelled;
    case remote::JobState::Failed:
        return error && error->id == "job.interrupted" ? State::Interrupted : State::Failed;
    default:
        return State::Queued;
    }
}

QString stateLogId(State state) {
    switch (state) {
    case State::Queued:
        return QStringLiteral("jobs.queued");
    case State::Running:
        return QStringLiteral("jobs.running");
    case State::Succeeded:
        return QStringLiteral("jobs.succeeded");
    case State::NotConverged:
        return QStringLiteral("jobs.not_converged");
    case State::Cancelled:
        return QStringLiteral("jobs.cancelled");
    default:
        return QStringLiteral("jobs.failed");
    }
}

core::Error jobError(const char* id, const char* english) {
    return core::Error{core::ErrorCode::Internal, id, {}, english, {}};
}

} // namespace

bool JobController::currentWatch(const QString& id, quint64 serial) const {
    auto it = m_watches.find(id);
    return it != m_watches.end() && it->second.serial == serial && m_jobs.contains(id);
}

void JobController::stopWatch(const QString& id) {
    auto it = m_watches.find(id);
    if (it == m_watches.end()) return;
    if (it->second.handle) it->second.handle->cancel();
    m_watches.erase(it);
    m_stateBeforeRetry.remove(id);
}

void JobController::watch(const QString& id, bool history) {
    stopWatch(id);
    Job& job = m_jobs[id];
    const quint64 serial = ++m_watchSerial;
    m_watches[id].serial = serial;
    m_watches[id].history = history;
    const std::uint64_t from = history ? 1 : job.lastSequence + 1;
    if (history) job.residuals.clear(), job.log.clear();
    withClient(job.service, [this, id, serial, from, history](const ClientPtr& client,
                                                              const core::Error& error) {
        if (!currentWatch(id, serial)) return;
        if (!client) {
            m_watches.erase(id);
            if (!history) fail(id, error, State::Disconnected);
            return;
        }
        auto post = [this, id, serial](auto fn) {
            QMetaObject::invokeMethod(
                this,
                [this, id, serial, fn = std::move(fn)]() mutable {
                    if (currentWatch(id, serial)) fn();
                },
                Qt::QueuedConnection);
        };
        WatchSlot& slot = m_watches[id];
        slot.clientKey = keyOf(client.get());
        slot.generation = m_clients[slot.clientKey].generation;
        slot.handle = client->watch(
            m_jobs[id].jobId.toStdString(), from,
            [this, id, history, post](const remote::JobEvent& e) {
                post([this, id, history, e] { onEvent(id, e, history); });
            },
            [this, id, post](core::Result<remote::JobInfo> result) {
                post([this, id, result] {
                    m_watches.erase(id);
                    onWatchDone(id, result);
                });
            },
            [this, id, post](bool retrying) {
                post([this, id, retrying] { onRetry(id, retrying); });
            });
    });
}

void JobController::onEvent(const QString& id, const remote::JobEvent& e, bool history) {
    Job& job = m_jobs[id];
    job.lastSequence = std::max(job.lastSequence, e.sequence);
    switch (e.kind) {
    case remote::JobEvent::Kind::State: {
        const State state = stateOf(e.state, e.error);
        if (!history) {
            if (state == State::Running) job.startedMs = e.unixMs, job.finishedMs = 0;
            if (remote::isFinished(e.state)) job.finishedMs = e.unixMs;
            job.state = state;
            job.error = e.error;
        }
        if (e.error) {
            job.log.push_back({e.unixMs, {}, {}, e.error});
            if (!history) emit errorOccurred(id, ErrorText::message(*e.error));
        } else {
            const QStringList args = remote::isFinished(e.state)
                                         ? QStringList{QString::number(job.iteration)}
                                         : QStringList{};
            job.log.push_back({e.unixMs, stateLogId(state), args, std::nullopt});
            emit logLine(id, stateLogId(state), args);
        }
        break;
    }
    case remote::JobEvent::Kind::Progress: {
        const QString stage = QString::fromStdString(e.stage);
        if (stage != job.stage) {
            job.log.push_back({e.unixMs, QStringLiteral("jobs.stage"), {stage}, std::nullopt});
            emit logLine(id, QStringLiteral("jobs.stage"), {stage});
        }
        job.stage = stage;
        job.iteration = e.iteration;
        job.residual = e.residual;
        if (stage == QLatin1String("solve") && e.iteration > 0)
            job.residuals.append(QPointF(e.iteration, e.residual));
        emit progress(id, stage, e.iteration, e.residual);
        break;
    }
    case remote::JobEvent::Kind::Log: {
        QStringList args;
        for (const std::string& a : e.logArgs)
            args << QString::fromStdString(a);
        const QString logId = QString::fromStdString(e.logId);
        if (logId == QLatin1String("job.started") && args.size() >= 2)
            job.backend = args[0], job.device = args[1];
        job.log.push_back({e.unixMs, logId, args, std::nullopt});
        emit logLine(id, logId, args);
        break;
    }
    case remote::JobEvent::Kind::Field:
        if (!history) emit fieldArrived(id, e.field);
        break;
    case remote::JobEvent::Kind::Mask:
        if (!history) emit maskArrived(id, e.mask);
        break;
    }
    emit jobChanged(id);
}

void JobController::onRetry(const QString& id, bool retrying) {
    Job& job = m_jobs[id];
    const WatchSlot watch = m_watches[id];
    ClientSlot& slot = m_clients[watch.clientKey];
    const bool stale = slot.generation != watch.generation || !slot.client;
    if (retrying && (stale || slot.client->serviceStopped())) {
        // The local service died: it does not come back, and its jobs never finish.
        if (!stale) retireClient(slot);
        stopWatch(id);
        fail(id, jobError("jobs.local_service_stopped", "the local service stopped"),
             State::Interrupted);
        return;
    }
    if (retrying && job.state != State::Reconnecting) {
        m_stateBeforeRetry[id] = job.state;
        job.state = State::Reconnecting;
        addLog(id, QStringLiteral("jobs.reconnecting"));
        emit jobChanged(id);
    } else if (!retrying && job.state == State::Reconnecting) {
        job.state = m_stateBeforeRetry.take(id);
        addLog(id, QStringLiteral("jobs.reconnected"));
        emit jobChanged(id);
    }
}

void JobController::onWatchDone(const QString& id, core::Result<remote::JobInfo> result) {
    Job& job = m_jobs[id];
    if (job.state == State::Reconnecting) job.state = m_stateBeforeRetry.take(id);
    if (!result) {
        switch (remote::failureOf(result.error())) {
        case remote::Failure::Cancelled:
            return; // stopped here
        case remote::Failure::NotFound:
            return fail(id, jobError("jobs.unknown_to_service", "the service lost the job"),
                        State::Interrupted);
        case remote::Failure::Unreachable:
            return fail(id, result.error(), State::Disconnected);
        default:
            return fail(id, result.error(), job.active() ? State::Failed : job.state);
        }
    }
    emit jobChanged(id);
    // The listing adds what events do not carry (where it ran, exact times).
    withClient(job.service, [this, id](const ClientPtr& client, const core::Error& error) {
        if (!client || !m_jobs.contains(id)) return;
        client->getJob(m_jobs[id].jobId.toStdString(),
                       [this, id](core::Result<remote::JobInfo> info) {
                           if (!info) return;
                           QMetaObject::invokeMethod(
                               this,
                               [this, id, info] {
                                   if (!m_jobs.contains(id)) return;
                                   applyInfo(m_jobs[id], *info);
                                   emit jobChanged(id);
                               },
                               Qt::QueuedConnection);
                       });
    });
    if (job.state == State::Succeeded || job.state == State::NotConverged) fetch(id, false);
}

void JobController::applyInfo(Job& job, const remote::JobInfo& info) {
    if (!info.name.empty()) job.name = QString::fromStdString(info.name);
    if (job.jobId.isEmpty()) job.jobId = QString::fromStdString(info.id);
    job.state = stateOf(info.state, info.error);
    job.error = info.error;
    job.createdMs = info.createdUnixMs;
    job.startedMs = info.startedUnixMs.value_or(0);
    job.finishedMs = info.finishedUnixMs.value_or(0);
    if (!info.backend.empty()) job.backend = QString::fromStdString(info.backend);
    if (!info.device.empty()) job.device = QString::fromStdString(info.device);
}

void JobController::fetch(const QString& id, bool open) {
    Job& job = m_jobs[id];
    if (open && !m_openWhenFetched.contains(id)) m_openWhenFetched << id;
    if (job.jobId.isEmpty() || m_fetching.contains(id)) return;
    m_fetching << id;
    const QString dir = resultDirFor(id);
    withClient(job.service, [this, id, dir](const ClientPtr& client, const core::Error& error) {
        auto done = [this, id, dir](core::Result<bool> fetched) {
            m_fetching.removeAll(id);
            const bool open = m_openWhenFetched.removeAll(id) > 0;
            if (!m_jobs.contains(id)) return;
            if (!fetched) return emit errorOccurred(id, ErrorText::message(fetched.error()));
            m_jobs[id].resultDir = dir;
            addLog(id, QStringLiteral("jobs.result"), {dir});
            emit jobChanged(id);
            emit resultReady(id, dir);
            if (open) emit resultOpenRequested(id, dir);
        };
        if (!client) return done(std::unexpected(error));
        client->fetchResult(m_jobs[id].jobId.toStdString(), dir.toStdString(),
                            [this, done](core::Result<bool> fetched) {
                                QMetaObject::invokeMethod(
                                    this, [done, fetched] { done(fetched); }, Qt::QueuedConnection);
                            });
    });
}

void JobController::openResult(const QString& id) {
    const Job* j = job(id);
    if (!j || j->active()) return;
    if (!j->resultDir.isEmpty() && QDir(j->resultDir).exists())
        return emit resultOpenRequested(id, j->resultDir);
    fetch(id, true);
}

void JobController::loadHistory(const QString& id) {
    const Job* j = job(id);
    if (!j || j->jobId.isEmpty() || j->active() || !j->residuals.isEmpty() || m_watches.count(id))
        return;
    watch(id, true);
}

void JobController::refreshRemoteJobs() {
    // The local jobs of earlier sessions, as this program recorded them.
    loadLocalRecords();
    const QList<LocalJobRecord> records = std::exchange(m_keptLocal, {});
    bool anyLocal = false;
    for (const Job& j : std::as_const(m_jobs))
        anyLocal = anyLocal || j.service == Services::kLocal;
    for (const LocalJobRecord& r : records) {
        anyLocal = true;
        if (m_jobs.contains(r.id)) continue;
        Job job;
        job.id = r.id;
        job.jobId = r.jobId;
        job.service = Services::kLocal;
        job.name = r.name;
        job.studyJson = r.studyJson;
        job.geometryFile = r.geometryFile;
        job.createdMs = r.submittedMs;
        job.state = State::Interrupted; // until the service says otherwise
        job.error = jobError("jobs.unknown_to_service", "the service lost the job");
        addJob(std::move(job));
    }
    if (anyLocal) listService(Services::kLocal);
    for (const ServiceConfig& s : Services::remotes())
        listService(s.name);
}

void JobController::listService(const QString& service) {
    withClient(service, [this, service](const ClientPtr& client, const core::Error& error) {
        if (!client) return emit errorOccurred({}, ErrorText::message(error));
        client->listJobs([this, service](core::Result<std::vector<remote::JobInfo>> jobs) {
            QMetaObject::invokeMethod(
                this,
                [this, service, jobs] {
                    if (!jobs) return emit errorOccurred({}, ErrorText::message(jobs.error()));
                    onListed(service, *jobs);
                },
                Qt::QueuedConnection);
        });
    });
}

void JobController::onListed(const QString& service, const std::vector<remote::JobInfo>& jobs) {
    const bool local = service == Services::kLocal;
    for (const remote::JobInfo& info : jobs) {
        QString id = QString::fromStdString(info.requestId);
        const auto existing = m_jobs.constFind(id);
        if (existing != m_jobs.constEnd() && existing->service != service)
            id = service + QLatin1Char('/') + QString::fromStdString(info.id);
        if (!m_jobs.contains(id)) {
            if (local) continue; // only the local jobs this program sent
            Job job;
            job.id = id;
            job.service = service;
            addJob(std::move(job));
        }
        Job& job = m_jobs[id];
        if (auto w = m_watches.find(id); w != m_watches.end() && !w->second.history)
            continue; // followed already
        applyInfo(job, info);
        emit jobChanged(id);
        if (job.active()) watch(id, false);
    }
}

} // namespace wb::app
