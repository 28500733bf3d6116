#pragma once
/// The jobs this program sent to the embedded local service, kept in a small JSON file so that
/// the next start can show them: finished, or interrupted (with "Run again") when the program
/// closed while they ran.

#include <QList>
#include <QString>

namespace wb::app {

struct LocalJobRecord {
    QString id;           ///< JobController's id (the submission's request id)
    QString jobId;        ///< the service's job id; empty until submitted
    QString name;         ///< the study's name
    QString studyJson;    ///< the study document as submitted
    QString geometryFile; ///< the geometry that was uploaded
    qint64 submittedMs = 0;
};

class LocalJobs {
public:
    /// <app data>/local-jobs.json
    static QString defaultFile();
    /// The records of `file`; none when it is missing or unreadable.
    static QList<LocalJobRecord> read(const QString& file);
    static QByteArray serialize(const QList<LocalJobRecord>& jobs);
    /// Replaces `file` atomically (temporary file, fsync, rename): call off the GUI thread.
    static bool write(const QString& file, const QByteArray& content);
};

} // namespace wb::app
