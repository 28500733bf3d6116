#pragma once
/// Runs simulation jobs from the GUI: one remote::Client per service (the embedded local
/// service by default), upload with progress, submit, watch, cancel, delete and result
/// download. Lives on the GUI thread; every client callback is posted to it (queued), so its
/// signals and its job table only change there.

#include "core/model/result.h"
#include "remote/client/client.h"

#include "local_jobs.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace wb::app {

class JobController : public QObject {
    Q_OBJECT
public:
    enum class State {
        Uploading,
        Submitting,
        Queued,
        Running,
        Reconnecting, ///< the stream broke; the watch resumes by itself
        Succeeded,
        NotConverged,
        Cancelled,
        Failed,
        Interrupted,  ///< its service stopped before it finished: run it again
        Disconnected, ///< gave up reconnecting; the job may still run on the service
    };

    struct LogEntry {
        qint64 unixMs = 0;
        QString id; ///< message id (ErrorText::logMessage), or empty for `error`
        QStringList args;
        std::optional<core::Error> error;
    };

    struct Job {
        QString id;      ///< this controller's id: the submission's request id
        QString jobId;   ///< the service's job id; empty until submitted
        QString service; ///< service name (Services::kLocal for the local one)
        QString name;
        State state = State::Uploading;
        double uploadFraction = 0;
        QString stage; ///< "import", "voxelize", "setup", "solve", "postprocess"
        int iteration = 0;
        double residual = 0;
        double tolerance = 0; ///< of the study's solver, when known
        QString backend, device;
        qint64 createdMs = 0, startedMs = 0, finishedMs = 0; ///< unix ms; 0 = not yet
        std::optional<core::Error> error;
        QString resultDir;          ///< set once the result has been downloaded
        QVector<QPointF> residuals; ///< (iteration, relative residual) of the solve stage
        std::vector<LogEntry> log;
        QString studyJson, geometryFile; ///< what was submitted, when known ("Run again")
        std::uint64_t lastSequence = 0;  ///< of the newest event received
        bool cancelRequested = false;

        bool active() const;
        bool canRunAgain() const { return !studyJson.isEmpty() && !geometryFile.isEmpty(); }
        /// Progress from 0 to 1 by stage (and residual against the tolerance while solving).
        double fraction() const;
    };

    explicit JobController(QObject* parent = nullptr);
    /// Cancels the watches and waits for the clients' callbacks (stops the local service).
    ~JobController() override;

    /// Executable and data directory of the embedded local service (defaults otherwise).
    void setLocalServiceOptions(const remote::ConnectionOptions& options);
    /// The file listing the jobs sent to the local service (default LocalJobs::defaultFile()).
    void setLocalJobsFile(const QString& path);
    /// Where a job's result folder goes; default <app data>/results/<service job id>.
    void setResultDirProvider(std::function<QString(const QString& id)> provider);
    QString resultDirFor(const QString& id) const;
    /// An intermediate field every `iterations` iterations for the jobs submitted from now on
    /// (0, the default: the service's own interval).
    void setIntermediateEvery(int iterations) { m_intermediateEvery = std::max(0, iterations); }

    /// Uploads `geometryFile`, submits `studyJson` (docs/study-format.md) to the service named
    /// `serviceName` ("" = the local one) and follows the job. Returns its id at once.
    QString solve(const QString& studyJson, const QString& geometryFile,
                  const QString& serviceName = {});
    /// Cancels a job (before submission: it is not submitted).
    void cancel(const QString& id);
    /// Deletes a finished job on its service and drops it from the list.
    void remove(const QString& id);
    /// Solves the job's study again as a new job; returns the new id (empty if it cannot).
    QString runAgain(const QString& id);
    /// Downloads the result (if not done yet), then emits resultOpenRequested.
    void openResult(const QString& id);
    /// Follows a finished job's events from the start so that its convergence history is
    /// known (jobs listed from a service); fields are not emitted again.
    void loadHistory(const QString& id);
    /// Lists the jobs of the remote services and the jobs this program sent to the local
    /// service (which show as interrupted when the local service stopped while they ran).
    void refreshRemoteJobs();

    QStringList jobIds() const { return m_order; }
    const Job* job(const QString& id) const;
    /// True while a job of the local service is being uploaded, queued or run.
    bool hasRunningLocalJobs() const;

signals:
    void jobAdded(const QString& id);
    void jobChanged(const QString& id);
    void jobRemoved(const QString& id);
    void progress(const QString& id, const QString& stage, int iteration, double residual);
    void logLine(const QString& id, const QString& messageId, const QStringList& args);
    void fieldArrived(const QString& id, const wb::remote::FieldChunk& chunk);
    /// A part of the job's solid voxels (sent once, before its first field); not for history.
    void maskArrived(const QString& id, const wb::remote::MaskChunk& chunk);
    void resultReady(const QString& id, const QString& dir);
    void resultOpenRequested(const QString& id, const QString& dir);
    void errorOccurred(const QString& id, const QString& text);

private:
    using ClientPtr = std::shared_ptr<remote::Client>;
    /// The service's client, or null and why there is none.
    using ClientFn = std::function<void(const ClientPtr& client, const core::Error& error)>;
    struct ClientSlot {
        ClientPtr client;
        int generation = 0; ///< counts the clients this slot has had
        bool creating = false;
        std::vector<ClientFn> waiting;
    };
    struct WatchSlot {
        quint64 serial = 0;
        std::shared_ptr<remote::WatchHandle> handle;
        QString clientKey;
        int generation = 0;
        bool history = false; ///< replays a finished job's events for its plot and log
    };

    // job_controller.cpp
    Job& addJob(Job job);
    void withClient(const QString& service, ClientFn fn);
    void onClientCreated(const QString& key, core::Result<ClientPtr> client);
    void retireClient(ClientSlot& slot);
    QString keyOf(const remote::Client* client) const;
    void upload(const QString& id, const ClientPtr& client);
    void submit(const QString& id, const QString& geometryId);
    void fail(const QString& id, const core::Error& error, State state = State::Failed);
    void addLog(const QString& id, const QString& messageId, const QStringList& args = {});
    ClientPtr clientFor(const QString& service) const;
    void saveLocalJobs();
    /// Reads the local jobs file once: its records not (yet) shown stay in m_keptLocal.
    void loadLocalRecords();
    // job_controller_events.cpp
    void watch(const QString& id, bool history = false);
    void onEvent(const QString& id, const remote::JobEvent& event, bool history);
    void onRetry(const QString& id, bool retrying);
    void onWatchDone(const QString& id, core::Result<remote::JobInfo> result);
    void applyInfo(Job& job, const remote::JobInfo& info);
    void fetch(const QString& id, bool open);
    void listService(const QString& service);
    void onListed(const QString& service, const std::vector<remote::JobInfo>& jobs);
    void stopWatch(const QString& id);
    bool currentWatch(const QString& id, quint64 serial) const;

    remote::ConnectionOptions m_localOptions;
    QString m_localJobsFile;
    QList<LocalJobRecord> m_keptLocal;
    bool m_localLoaded = false;
    std::function<QString(const QString&)> m_resultDir;
    QHash<QString, Job> m_jobs;
    QStringList m_order;
    std::map<QString, ClientSlot> m_clients; ///< by service name and connection settings
    std::map<QString, WatchSlot> m_watches;
    quint64 m_watchSerial = 0;
    QHash<QString, State> m_stateBeforeRetry;
    QStringList m_openWhenFetched, m_fetching;
    QThreadPool m_pool; ///< starts clients (the local service takes a moment), writes files
    int m_intermediateEvery = 0;
};

} // namespace wb::app

Q_DECLARE_METATYPE(wb::remote::FieldChunk)
Q_DECLARE_METATYPE(wb::remote::MaskChunk)
