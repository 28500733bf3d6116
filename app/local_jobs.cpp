#include "local_jobs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace wb::app {

QString LocalJobs::defaultFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/local-jobs.json");
}

QList<LocalJobRecord> LocalJobs::read(const QString& file) {
    QFile in(file);
    QList<LocalJobRecord> jobs;
    if (!in.open(QIODevice::ReadOnly)) return jobs;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        LocalJobRecord r;
        r.id = o.value("id").toString();
        r.jobId = o.value("job").toString();
        r.name = o.value("name").toString();
        r.studyJson = o.value("study").toString();
        r.geometryFile = o.value("geometry").toString();
        r.submittedMs = qint64(o.value("submitted_ms").toDouble());
        if (!r.id.isEmpty()) jobs.append(r);
    }
    return jobs;
}

QByteArray LocalJobs::serialize(const QList<LocalJobRecord>& jobs) {
    QJsonArray list;
    for (const LocalJobRecord& r : jobs)
        list.append(QJsonObject{{"id", r.id},
                                {"job", r.jobId},
                                {"name", r.name},
                                {"study", r.studyJson},
                                {"geometry", r.geometryFile},
                                {"submitted_ms", double(r.submittedMs)}});
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

bool LocalJobs::write(const QString& file, const QByteArray& content) {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) return false;
    out.write(content);
    return out.commit();
}

} // namespace wb::app
