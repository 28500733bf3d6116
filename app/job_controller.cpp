#include "job_controller.h"

#include "error_text.h"
#include "local_jobs.h"
#include "services.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <cmath>
#include <mutex>

namespace wb::app {

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

/// A request id the service accepts (1..128 of [A-Za-z0-9_.-]); it names the job here too.
QString newRequestId() {
    return QStringLiteral("wb-") + QUuid::createUuid().toString(QUuid::Id128);
}

/// The key of a client: the service and every setting its connection depends on.
QString clientKey(const QString& service, const remote::ConnectionOptions& o) {
    const QByteArray token =
        QCryptographicHash::hash(QByteArray::fromStdString(o.token), QCryptographicHash::Sha256);
    return QStringList{service,
                       QString::fromStdString(o.endpoint),
                       QString::fromLatin1(token.toHex()),
                       QString::fromStdString(o.caFile),
                       QString::fromStdString(o.certFile),
                       QString::fromStdString(o.keyFile),
                       QString::fromStdString(o.serverExecutable),
                       QString::fromStdString(o.dataDir)}
        .join(QLatin1Char('\n'));
}

/// The latest content for each file, written by one pool task at a time.
struct PendingWrites {
    std::mutex mutex;  ///< guards `latest` (held briefly, also by the GUI thread)
    std::mutex writer; ///< one write at a time, in order
    QHash<QString, QByteArray> latest;
};
PendingWrites& pendingWrites() {
    static PendingWrites p;
    return p;
}

} // namespace

bool JobController::Job::active() const {
    switch (state) {
    case State::Uploading:
    case State::Submitting:
    case State::Queued:
    case State::Running:
    case State::Reconnecting:
        return true;
    default:
        return false;
    }
}

double JobController::Job::fraction() const {
    switch (state) {
    case State::Uploading:
        return 0.05 * uploadFraction;
    case State::Submitting:
    case State::Queued:
        return 0.05;
    case State::Succeeded:
    case State::NotConverged:
        return 1.0;
    default:
        break;
    }
    if (stage == QLatin1String("import")) return 0.06;
    if (stage == QLatin1String("voxelize")) return 0.08;
    if (stage == QLatin1String("setup")) return 0.12;
    if (stage == QLatin1String("postprocess")) return 0.97;
    if (stage == QLatin1String("solve") && tolerance > 0 && residual > 0) {
        // The residual falls roughly geometrically: progress in orders of magnitude.
        const double done = std::log10(residual) / std::log10(tolerance);
        return 0.15 + 0.8 * std::clamp(done, 0.0, 1.0);
    }
    return stage.isEmpty() ? 0.05 : 0.15;
}

JobController::JobController(QObject* parent)
    : QObject(parent), m_localJobsFile(LocalJobs::defaultFile()) {
    qRegisterMetaType<remote::FieldChunk>();
    qRegisterMetaType<remote::MaskChunk>();
    m_pool.setMaxThreadCount(4);
    // The embedded local service is started on one of these threads, and it gets SIGTERM when
    // the thread that started it ends (PR_SET_PDEATHSIG follows the thread, not the process):
    // an idle pool thread that expired stopped the service in the middle of a long solve.
    m_pool.setExpiryTimeout(-1);
}

JobController::~JobController() {
    for (auto& [id, watch] : m_watches)
        if (watch.handle) watch.handle->cancel();
    m_watches.clear();
    m_pool.waitForDone(); // clients being started or retired, file writes
    m_clients.clear();    // waits for callbacks in flight; the local service stops
}

void JobController::setLocalServiceOptions(const remote::ConnectionOptions& options) {
    m_localOptions = options;
}

void JobController::setLocalJobsFile(const QString& path) {
    m_localJobsFile = path;
    m_localLoaded = false;
    m_keptLocal.clear();
}

void JobController::loadLocalRecords() {
    if (m_localLoaded) return;
    m_localLoaded = true;
    for (const LocalJobRecord& r : LocalJobs::read(m_localJobsFile))
        if (!m_jobs.contains(r.id)) m_keptLocal.append(r);
}

void JobController::setResultDirProvider(std::function<QString(const QString&)> provider) {
    m_resultDir = std::move(provider);
}

QString JobController::resultDirFor(const QString& id) const {
    if (m_resultDir) return m_resultDir(id);
    const Job* j = job(id);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/results/") + (j && !j->jobId.isEmpty() ? j->jobId : id);
}

const JobController::Job* JobController::job(const QString& id) const {
    auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

bool JobController::hasRunningLocalJobs() const {
    for (const Job& j : m_jobs)
        if (j.service == Services::kLocal && j.active()) return true;
    return false;
}

JobController::Job& JobController::addJob(Job job) {
    const QString id = job.id;
    m_order.append(id);
    Job& added = m_jobs[id] = std::move(job);
    emit jobAdded(id);
    return added;
}

QString JobController::solve(const QString& studyJson, const QString& geometryFile,
                             const QString& serviceName) {
    Job job;
    job.id = newRequestId();
    job.service = serviceName.isEmpty() ? Services::kLocal : serviceName;
    job.studyJson = studyJson;
    job.geometryFile = QFileInfo(geometryFile).absoluteFilePath();
    job.createdMs = nowMs();
    const QJsonObject study = QJsonDocument::fromJson(studyJson.toUtf8()).object();
    job.name = study.value("name").toString();
    job.tolerance = study.value("solver").toObject().value("tolerance").toDouble(1e-8);
    const QString id = addJob(std::move(job)).id;
    if (m_jobs[id].service == Services::kLocal) saveLocalJobs();
    const auto service = Services::find(m_jobs[id].service);
    addLog(id, QStringLiteral("jobs.uploading"),
           {QFileInfo(geometryFile).fileName(),
            service ? Services::displayName(*service) : m_jobs[id].service});
    withClient(m_jobs[id].service, [this, id](const ClientPtr& client, const core::Error& error) {
        if (!m_jobs.contains(id)) return;
        if (!client) return fail(id, error);
        upload(id, client);
    });
    return id;
}

void JobController::withClient(const QString& service, ClientFn fn) {
    const auto config = Services::find(service);
    if (!config)
        return fn(nullptr, core::Error{core::ErrorCode::NotFound,
                                       "services.unknown",
                                       {service.toStdString()},
                                       "no such service",
                                       service.toStdString()});
    auto options = Services::connectionOptions(*config, m_localOptions);
    if (!options) return fn(nullptr, options.error());
    const QString key = clientKey(service, *options);
    ClientSlot& slot = m_clients[key];
    if (slot.client && slot.client->serviceStopped()) retireClient(slot);
    if (slot.client) return fn(slot.client, {});
    slot.waiting.push_back(std::move(fn));
    if (slot.creating) return;
    slot.creating = true;
    m_pool.start([this, key, opts = *options] {
        auto created = remote::Client::create(opts);
        QMetaObject::invokeMethod(
            this, [this, key, created]() { onClientCreated(key, created); }, Qt::QueuedConnection);
    });
}

void JobController::onClientCreated(const QString& key, core::Result<ClientPtr> client) {
    ClientSlot& slot = m_clients[key];
    slot.creating = false;
    if (client) {
        slot.client = *client;
        ++slot.generation;
    }
    auto waiting = std::move(slot.waiting);
    slot.waiting.clear();
    const core::Error error = client ? core::Error{} : client.error();
    for (auto& fn : waiting)
        fn(client ? *client : nullptr, error);
}

QString JobController::keyOf(const remote::Client* client) const {
    for (const auto& [key, slot] : m_clients)
        if (slot.client.get() == client) return key;
    return {};
}

void JobController::retireClient(ClientSlot& slot) {
    // Its destructor waits for calls in flight: never on the GUI thread.
    m_pool.start([client = std::move(slot.client)]() mutable { client.reset(); });
    slot.client.reset();
}

void JobController::upload(const QString& id, const ClientPtr& client) {
    Job& job = m_jobs[id];
    if (job.cancelRequested) return; // cancelled while the client started
    client->uploadGeometry(
        job.geometryFile.toStdString(),
        [this, id](core::Result<std::string> geometry) {
            QMetaObject::invokeMethod(
                this,
                [this, id, geometry] {
                    if (!m_jobs.contains(id) || m_jobs[id].cancelRequested) return;
                    if (!geometry) return fail(id, geometry.error());
                    submit(id, QString::fromStdString(*geometry));
                },
                Qt::QueuedConnection);
        },
        [this, id](std::uint64_t sent, std::uint64_t total) {
            const double fraction = total ? double(sent) / double(total) : 1.0;
            QMetaObject::invokeMethod(
                this,
                [this, id, fraction] {
                    auto it = m_jobs.find(id);
                    if (it == m_jobs.end() || it->state != State::Uploading) return;
                    it->uploadFraction = fraction;
                    emit jobChanged(id);
                },
                Qt::QueuedConnection);
        });
}

void JobController::submit(const QString& id, const QString& geometryId) {
    Job& job = m_jobs[id];
    job.state = State::Submitting;
    job.uploadFraction = 1;
    emit jobChanged(id);
    withClient(
        job.service, [this, id, geometryId](const ClientPtr& client, const core::Error& error) {
            if (!m_jobs.contains(id)) return;
            if (!client) return fail(id, error);
            remote::SubmitOptions options;
            options.requestId = id.toStdString();
            options.intermediateEvery = m_intermediateEvery;
            client->submit(m_jobs[id].studyJson.toStdString(), geometryId.toStdString(), options,
                           [this, id](core::Result<remote::JobInfo> info) {
                               QMetaObject::invokeMethod(
                                   this,
                                   [this, id, info] {
                                       if (!m_jobs.contains(id)) return;
                                       if (!info) return fail(id, info.error());
                                       Job& j = m_jobs[id];
                                       j.jobId = QString::fromStdString(info->id);
                                       applyInfo(j, *info);
                                       addLog(id, QStringLiteral("jobs.submitted"), {j.jobId});
                                       if (j.service == Services::kLocal) saveLocalJobs();
                                       emit jobChanged(id);
                                       watch(id);
                                       if (j.cancelRequested) cancel(id);
                                   },
                                   Qt::QueuedConnection);
                           });
        });
}

void JobController::fail(const QString& id, const core::Error& error, State state) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) return;
    it->state = state;
    it->error = error;
    if (!it->finishedMs) it->finishedMs = nowMs();
    it->log.push_back({nowMs(), {}, {}, error});
    const QString text = ErrorText::message(error);
    emit jobChanged(id);
    emit errorOccurred(id, text);
}

void JobController::addLog(const QString& id, const QString& messageId, const QStringList& args) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) return;
    it->log.push_back({nowMs(), messageId, args, std::nullopt});
    emit logLine(id, messageId, args);
}

void JobController::cancel(const QString& id) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->active()) return;
    it->cancelRequested = true;
    if (it->state == State::Uploading) {
        // Never submitted: an upload in flight finishes unused.
        it->state = State::Cancelled;
        it->finishedMs = nowMs();
        addLog(id, QStringLiteral("jobs.cancelled"));
        emit jobChanged(id);
        return;
    }
    if (it->jobId.isEmpty()) return; // submitting: cancelled on the service once it answers
    const std::string jobId = it->jobId.toStdString();
    withClient(it->service, [this, id, jobId](const ClientPtr& client, const core::Error& error) {
        if (!client) return emit errorOccurred(id, ErrorText::message(error));
        client->cancelJob(jobId, [this, id](core::Result<remote::JobInfo> info) {
            if (info) return; // the watch reports the new state
            QMetaObject::invokeMethod(
                this,
                [this, id, error = info.error()] {
                    emit errorOccurred(id, ErrorText::message(error));
                },
                Qt::QueuedConnection);
        });
    });
}

void JobController::remove(const QString& id) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->active()) return;
    auto drop = [this, id] {
        stopWatch(id);
        m_jobs.remove(id);
        m_order.removeAll(id);
        saveLocalJobs();
        emit jobRemoved(id);
    };
    if (it->jobId.isEmpty()) return drop();
    const std::string jobId = it->jobId.toStdString();
    withClient(
        it->service, [this, id, jobId, drop](const ClientPtr& client, const core::Error& error) {
            if (!client) {
                // An unreachable local service keeps nothing that needs deleting later.
                if (m_jobs.value(id).service == Services::kLocal) return drop();
                return fail(id, error, m_jobs.value(id).state);
            }
            client->deleteJob(jobId, [this, id, drop](core::Result<remote::JobInfo> info) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, drop, info] {
                        if (!m_jobs.contains(id)) return;
                        if (info || remote::failureOf(info.error()) == remote::Failure::NotFound)
                            return drop();
                        emit errorOccurred(id, ErrorText::message(info.error()));
                    },
                    Qt::QueuedConnection);
            });
        });
}

QString JobController::runAgain(const QString& id) {
    const Job* j = job(id);
    if (!j || j->active() || !j->canRunAgain()) return {};
    return solve(j->studyJson, j->geometryFile, j->service);
}

void JobController::saveLocalJobs() {
    loadLocalRecords();
    QList<LocalJobRecord> records = m_keptLocal;
    for (const QString& id : m_order) {
        const Job& j = m_jobs[id];
        if (j.service != Services::kLocal) continue;
        records.append({j.id, j.jobId, j.name, j.studyJson, j.geometryFile, j.createdMs});
    }
    const QString file = m_localJobsFile;
    {
        std::lock_guard lock(pendingWrites().mutex);
        pendingWrites().latest[file] = LocalJobs::serialize(records);
    }
    m_pool.start([file] {
        std::lock_guard writing(pendingWrites().writer);
        QByteArray content;
        {
            std::lock_guard lock(pendingWrites().mutex);
            auto it = pendingWrites().latest.find(file);
            if (it == pendingWrites().latest.end()) return; // a previous task wrote the latest
            content = *it;
            pendingWrites().latest.erase(it);
        }
        LocalJobs::write(file, content);
    });
}

} // namespace wb::app
