#pragma once
/// The rows of the Jobs dock: one per job of a JobController, in the order they were added.
/// Elapsed times tick once a second while jobs run (one timer for all rows). A finished job
/// whose result is out of date (the study changed since it was solved) is marked on its name.

#include "job_controller.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <functional>

namespace wb::app {

class JobsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServiceColumn,
        BackendColumn,
        StateColumn,
        ProgressColumn,
        IterationColumn,
        ResidualColumn,
        ElapsedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the job's id (QString)
        FractionRole,              ///< progress 0..1 (double), on the Progress column
        ActiveRole,                ///< whether the job is still going (bool)
        OutOfDateRole,             ///< its result is out of date (bool)
    };

    explicit JobsModel(JobController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Tells whether a job's result is out of date (by the job's id); none: never.
    void setOutOfDateProvider(std::function<bool(const QString& id)> provider);
    /// Shows the out-of-date marking again (after the provider's answers changed).
    void refreshOutOfDate();
    bool isOutOfDate(const QString& id) const;

    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    /// The translated name of a state, e.g. "Reconnecting…".
    static QString stateText(JobController::State state);
    /// "12.3 s" under a minute, else "m:ss" or "h:mm:ss".
    static QString durationText(qint64 ms);

private:
    void onTick();
    QString backendText(const JobController::Job& job) const;

    JobController* m_controller;
    std::function<bool(const QString&)> m_outOfDate;
    QStringList m_ids;
    QTimer m_tick;
};

} // namespace wb::app
