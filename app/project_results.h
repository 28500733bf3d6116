#pragma once
/// The results of the open project: one entry per job of the project that has a result folder
/// (NAME.results/<job>/), newest first, with its summary (result.json read through core) and
/// whether the study has changed since the solve. Follows the project session (jobs recorded,
/// projects opened) and the study editor (edits, undo, redo). A summary is read again only when
/// its file changed. GUI thread only.

#include "core/model/result.h"
#include "core/sim/result_summary.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace wb::app {

class ProjectSession;
class StudyEditor;

/// One result folder and what was read from it.
struct ResultEntry {
    QString jobId;     ///< the project job's id (JobController's id of the job)
    QString name;      ///< the name of the study solved
    QString dir;       ///< absolute result folder
    QDateTime written; ///< result.json's modification time; invalid when it is missing
    std::optional<sim::ResultSummary> summary;
    std::optional<core::Error> error; ///< why there is no summary
    bool outOfDate = false;           ///< the study has changed since this solve
    qint64 fileSize = -1;             ///< of result.json when read (to notice a new one)
};

class ProjectResults : public QObject {
    Q_OBJECT
public:
    ProjectResults(ProjectSession* session, StudyEditor* editor, QObject* parent = nullptr);

    /// Newest job first.
    const std::vector<ResultEntry>& entries() const { return m_entries; }
    const ResultEntry* entry(const QString& jobId) const;
    /// Whether the project's job `jobId` was solved from a study that has changed since (false
    /// for a job that is not the project's).
    bool isOutOfDate(const QString& jobId) const;

    /// Reads the entry of a result folder (its summary, or the error).
    static ResultEntry readEntry(const QString& jobId, const QString& name, const QString& dir);

    /// Takes the jobs of the project again and reads what changed (also on stateChanged).
    void reload();

signals:
    /// Entries came or went, or a summary was read again.
    void changed();
    /// The out-of-date marking of some job changed (study edited, undone or redone).
    void outOfDateChanged();

private:
    void updateOutOfDate();

    ProjectSession* m_session;
    StudyEditor* m_editor;
    std::vector<ResultEntry> m_entries;
    std::vector<std::pair<QString, bool>> m_outOfDate; ///< every project job, not only results
};

} // namespace wb::app
