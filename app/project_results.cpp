#include "project_results.h"

#include "project_session.h"
#include "study_editor.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

namespace wb::app {

namespace {

/// Whether two entries show the same thing (same folder, same file, same name).
bool sameEntry(const ResultEntry& a, const ResultEntry& b) {
    return a.jobId == b.jobId && a.name == b.name && a.dir == b.dir && a.written == b.written &&
           a.fileSize == b.fileSize;
}

} // namespace

ProjectResults::ProjectResults(ProjectSession* session, StudyEditor* editor, QObject* parent)
    : QObject(parent), m_session(session), m_editor(editor) {
    connect(session, &ProjectSession::stateChanged, this, &ProjectResults::reload);
    connect(editor, &StudyEditor::changed, this, &ProjectResults::updateOutOfDate);
    // The editor's undo stack still signals while the editor is destroyed: stop listening then.
    auto gone = [this] {
        if (m_session) m_session->disconnect(this);
        if (m_editor) m_editor->disconnect(this);
        m_session = nullptr;
        m_editor = nullptr;
    };
    connect(editor, &QObject::destroyed, this, gone);
    connect(session, &QObject::destroyed, this, gone);
    reload();
}

const ResultEntry* ProjectResults::entry(const QString& jobId) const {
    for (const ResultEntry& e : m_entries)
        if (e.jobId == jobId) return &e;
    return nullptr;
}

bool ProjectResults::isOutOfDate(const QString& jobId) const {
    for (const auto& [id, outOfDate] : m_outOfDate)
        if (id == jobId) return outOfDate;
    return false;
}

ResultEntry ProjectResults::readEntry(const QString& jobId, const QString& name,
                                      const QString& dir) {
    ResultEntry e;
    e.jobId = jobId;
    e.name = name;
    e.dir = dir;
    const QFileInfo file(QDir(dir).filePath(QStringLiteral("result.json")));
    if (file.exists()) {
        e.written = file.lastModified();
        e.fileSize = file.size();
    }
    auto summary = sim::loadResultSummary(std::filesystem::path(dir.toStdString()));
    if (summary)
        e.summary = std::move(*summary);
    else
        e.error = summary.error();
    return e;
}

void ProjectResults::reload() {
    if (!m_session || !m_editor) return;
    const QString project = m_session->projectFile();
    const QDir folder(project.isEmpty() ? QDir::currentPath() : QFileInfo(project).absolutePath());
    std::vector<ResultEntry> next;
    const auto& jobs = m_session->jobs();
    for (auto job = jobs.rbegin(); job != jobs.rend(); ++job) { // newest first
        if (job->resultDir.empty()) continue;
        const QString id = QString::fromStdString(job->id);
        const QString name = QString::fromStdString(job->name);
        const QString dir =
            QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(job->resultDir)));
        const QFileInfo file(QDir(dir).filePath(QStringLiteral("result.json")));
        const ResultEntry* known = entry(id);
        if (known && known->dir == dir && known->written == file.lastModified() &&
            known->fileSize == (file.exists() ? file.size() : -1)) {
            next.push_back(*known);
            next.back().name = name;
        } else {
            next.push_back(readEntry(id, name, dir));
        }
    }
    const bool changedList = next.size() != m_entries.size() ||
                             !std::equal(next.begin(), next.end(), m_entries.begin(), sameEntry);
    m_entries = std::move(next);
    updateOutOfDate(); // marks the new entries; signals only a change of the marking
    if (changedList) emit changed();
}

void ProjectResults::updateOutOfDate() {
    if (!m_session || !m_editor) return;
    std::vector<std::pair<QString, bool>> now;
    for (const sim::ProjectJob& job : m_session->jobs())
        now.emplace_back(QString::fromStdString(job.id), m_session->isOutOfDate(job));
    for (ResultEntry& e : m_entries)
        e.outOfDate = std::any_of(now.begin(), now.end(),
                                  [&](const auto& j) { return j.first == e.jobId && j.second; });
    if (now == m_outOfDate) return;
    m_outOfDate = std::move(now);
    emit outOfDateChanged();
}

} // namespace wb::app
