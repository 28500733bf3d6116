#include "jobs_model.h"

#include "error_text.h"
#include "result_text.h"
#include "services.h"

#include <QDateTime>
#include <QLocale>

namespace wb::app {

using JobState = JobController::State;

JobsModel::JobsModel(JobController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller), m_ids(controller->jobIds()) {
    connect(controller, &JobController::jobAdded, this, [this](const QString& id) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
        m_ids.append(id);
        endInsertRows();
    });
    connect(controller, &JobController::jobRemoved, this, [this](const QString& id) {
        const int row = rowOf(id);
        if (row < 0) return;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(controller, &JobController::jobChanged, this, [this](const QString& id) {
        const int row = rowOf(id);
        if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobsModel::onTick);
    m_tick.start();
}

int JobsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void JobsModel::setOutOfDateProvider(std::function<bool(const QString&)> provider) {
    m_outOfDate = std::move(provider);
    refreshOutOfDate();
}

void JobsModel::refreshOutOfDate() {
    if (m_ids.isEmpty()) return;
    emit dataChanged(index(0, NameColumn), index(int(m_ids.size()) - 1, NameColumn),
                     {Qt::DecorationRole, Qt::ToolTipRole, OutOfDateRole});
}

bool JobsModel::isOutOfDate(const QString& id) const {
    const JobController::Job* job = m_controller->job(id);
    // Only a result can be out of date: a job that succeeded (or stopped short of converging).
    return job && m_outOfDate &&
           (job->state == JobState::Succeeded || job->state == JobState::NotConverged) &&
           m_outOfDate(id);
}

QString JobsModel::idAt(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

int JobsModel::rowOf(const QString& id) const {
    return int(m_ids.indexOf(id));
}

void JobsModel::onTick() {
    for (int row = 0; row < m_ids.size(); ++row) {
        const JobController::Job* job = m_controller->job(m_ids[row]);
        if (job && job->active() && job->startedMs)
            emit dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn),
                             {Qt::DisplayRole});
    }
}

QString JobsModel::stateText(JobState state) {
    switch (state) {
    case JobState::Uploading:
        return tr("Uploading");
    case JobState::Submitting:
        return tr("Submitting");
    case JobState::Queued:
        return tr("Queued");
    case JobState::Running:
        return tr("Running");
    case JobState::Reconnecting:
        return tr("Reconnecting…");
    case JobState::Succeeded:
        return tr("Succeeded");
    case JobState::NotConverged:
        return tr("Not converged");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Interrupted:
        return tr("Interrupted");
    case JobState::Disconnected:
        return tr("Connection lost");
    }
    return {};
}

QString JobsModel::durationText(qint64 ms) {
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(std::max<qint64>(0, ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600) return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString JobsModel::backendText(const JobController::Job& job) const {
    if (job.backend == QLatin1String("cuda")) return job.device.isEmpty() ? tr("GPU") : job.device;
    if (job.backend == QLatin1String("cpu")) return tr("CPU");
    return {};
}

QVariant JobsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const JobController::Job* job = m_controller->job(idAt(index.row()));
    if (!job) return {};
    if (role == IdRole) return job->id;
    if (role == ActiveRole) return job->active();
    if (role == FractionRole) return job->fraction();
    if (role == OutOfDateRole) return isOutOfDate(job->id);
    if (role == Qt::DecorationRole && index.column() == NameColumn && isOutOfDate(job->id))
        return ResultText::outOfDateIcon();
    const QLocale locale;
    if (role == Qt::ToolTipRole) {
        if (index.column() == BackendColumn && !job->device.isEmpty()) return job->device;
        if (index.column() == StateColumn && job->error) return ErrorText::message(*job->error);
        if (index.column() == NameColumn && isOutOfDate(job->id))
            return ResultText::outOfDateToolTip() + QLatin1Char('\n') + job->jobId;
        if (index.column() == NameColumn) return job->jobId;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= IterationColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case NameColumn:
        return job->name.isEmpty() ? tr("(unnamed)") : job->name;
    case ServiceColumn: {
        const auto service = Services::find(job->service);
        return service ? Services::displayNameWithRegion(*service) : job->service;
    }
    case BackendColumn:
        return backendText(*job);
    case StateColumn:
        if (job->state == JobState::Uploading)
            return tr("Uploading %1 %").arg(locale.toString(qRound(job->uploadFraction * 100)));
        if (job->state == JobState::Running && !job->stage.isEmpty())
            return ErrorText::solveStageName(job->stage);
        return stateText(job->state);
    case ProgressColumn:
        return tr("%1 %").arg(locale.toString(qRound(job->fraction() * 100)));
    case IterationColumn:
        return job->iteration > 0 ? locale.toString(job->iteration) : QString();
    case ResidualColumn:
        return job->residual > 0 ? locale.toString(job->residual, 'e', 2) : QString();
    case ElapsedColumn: {
        if (!job->startedMs) return QString();
        const qint64 end = job->finishedMs ? job->finishedMs
                           : job->active() ? QDateTime::currentMSecsSinceEpoch()
                                           : job->startedMs;
        return durationText(end - job->startedMs);
    }
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ServiceColumn:
        return tr("Service");
    case BackendColumn:
        return tr("Backend");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case IterationColumn:
        return tr("Iteration");
    case ResidualColumn:
        return tr("Residual");
    case ElapsedColumn:
        return tr("Elapsed");
    default:
        return {};
    }
}

} // namespace wb::app
