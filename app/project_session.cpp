#include "project_session.h"

#include "preferences.h"
#include "study_editor.h"
#include "error_text.h"

#include "core/sim/study_json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <unistd.h>

namespace wb::app {

namespace {

constexpr int kAutosaveMs = 2 * 60 * 1000;

std::filesystem::path fsPath(const QString& s) {
    return std::filesystem::path(s.toStdString());
}

/// SHA-256 of a file's bytes as lowercase hex; "" when it cannot be read.
QString fileSha256(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) return {};
    return QString::fromLatin1(hash.result().toHex());
}

QString errorText(const core::Error& e) {
    return ErrorText::message(e);
}

/// Whether process `pid` still runs this program (a recovery file of a live session is not
/// offered).
bool sessionAlive(qint64 pid) {
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0) return false;
    QFile mine(QStringLiteral("/proc/self/comm")), theirs(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!mine.open(QIODevice::ReadOnly) || !theirs.open(QIODevice::ReadOnly)) return true;
    return mine.readAll() == theirs.readAll();
}

} // namespace

ProjectSession::ProjectSession(StudyEditor* editor, Host host, QWidget* dialogParent)
    : QObject(dialogParent), m_editor(editor), m_host(std::move(host)), m_parent(dialogParent) {
    m_autosave = new QTimer(this);
    // WERKBANK_AUTOSAVE_MS shortens the interval (tests of crash recovery).
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("WERKBANK_AUTOSAVE_MS", &ok);
    m_autosave->setInterval(ok && ms > 0 ? ms : kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ProjectSession::autosave);
    m_autosave->start();
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &ProjectSession::stateChanged);
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::isModified() const {
    return !m_editor->undoStack()->isClean() || m_extraModified;
}

void ProjectSession::setService(const QString& name) {
    if (name.toStdString() == m_project.service) return;
    m_project.service = name.toStdString();
    m_extraModified = true;
    emit stateChanged();
}

void ProjectSession::setEmbedsGeometry(bool embed) {
    if (embed == m_embed) return;
    m_embed = embed;
    m_extraModified = true;
    emit stateChanged();
}

void ProjectSession::recordJob(const sim::ProjectJob& job) {
    auto it = std::find_if(m_project.jobs.begin(), m_project.jobs.end(),
                           [&](const sim::ProjectJob& j) { return j.id == job.id; });
    if (it != m_project.jobs.end())
        *it = job;
    else
        m_project.jobs.push_back(job);
    m_extraModified = true;
    emit stateChanged();
}

void ProjectSession::removeJob(const std::string& id) {
    std::erase_if(m_project.jobs, [&](const sim::ProjectJob& j) { return j.id == id; });
    m_extraModified = true;
    emit stateChanged();
}

void ProjectSession::setResultProbes(const std::vector<sim::PinnedProbe>& probes) {
    if (probes == m_project.probes) return;
    m_project.probes = probes;
    m_extraModified = true;
    emit stateChanged();
}

QString ProjectSession::resultDirFor(const QString& jobId) const {
    if (!m_file.isEmpty())
        return QString::fromStdString(
            (sim::projectResultsDir(fsPath(m_file)) / jobId.toStdString()).string());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/results/") + jobId;
}

sim::Project ProjectSession::currentProject(bool forRecovery) const {
    sim::Project p = m_project;
    p.study = m_editor->study();
    const QString geometry = m_host.geometryFile ? m_host.geometryFile() : QString();
    const QString folder =
        forRecovery || m_file.isEmpty() ? QString() : QFileInfo(m_file).absolutePath();
    if (!geometry.isEmpty()) {
        const QString abs = QFileInfo(geometry).absoluteFilePath();
        p.geometry.file = folder.isEmpty() ? abs.toStdString()
                                           : sim::relativePath(fsPath(abs), fsPath(folder));
        p.geometry.sha256 = fileSha256(abs).toStdString();
        p.geometry.embedded = m_embed && !forRecovery;
        p.geometry.base64.clear();
        if (p.geometry.embedded) {
            QFile f(abs);
            if (f.open(QIODevice::ReadOnly)) p.geometry.base64 = f.readAll().toBase64().toStdString();
            else p.geometry.embedded = false;
        }
    }
    p.study.geometryFile = p.geometry.file;
    if (m_host.viewState) p.view = m_host.viewState();
    return p;
}

bool ProjectSession::saveTo(const QString& file, QString* error) {
    const QString previous = m_file;
    m_file = QFileInfo(file).absoluteFilePath(); // relative paths are taken against it
    auto saved = sim::saveProject(currentProject(false), fsPath(m_file));
    if (!saved) {
        m_file = previous;
        if (error) *error = errorText(saved.error());
        return false;
    }
    Preferences::addRecentFile(m_file);
    markSaved();
    return true;
}

bool ProjectSession::save() {
    if (m_file.isEmpty()) return saveAs();
    QString error;
    if (saveTo(m_file, &error)) return true;
    QMessageBox::warning(m_parent, tr("Save Project"),
                         tr("The project could not be saved. The previous file is unchanged.") +
                             QStringLiteral("\n\n") + error);
    return false;
}

bool ProjectSession::saveAs() {
    QString suggested = m_file;
    if (suggested.isEmpty()) {
        const QString geometry = m_host.geometryFile ? m_host.geometryFile() : QString();
        const QFileInfo g(geometry);
        suggested = geometry.isEmpty() ? tr("Untitled") + QStringLiteral(".wbproj")
                                       : g.absolutePath() + QLatin1Char('/') +
                                             g.completeBaseName() + QStringLiteral(".wbproj");
    }
    QString file = QFileDialog::getSaveFileName(m_parent, tr("Save Project As"), suggested,
                                                tr("Werkbank projects (*.wbproj)"));
    if (file.isEmpty()) return false;
    if (!file.endsWith(QStringLiteral(".wbproj"))) file += QStringLiteral(".wbproj");
    QString error;
    if (saveTo(file, &error)) return true;
    QMessageBox::warning(m_parent, tr("Save Project"),
                         tr("The project could not be saved.") + QStringLiteral("\n\n") + error);
    return false;
}

void ProjectSession::markSaved() {
    m_editor->undoStack()->setClean();
    m_extraModified = false;
    emit stateChanged();
}

std::optional<QString> ProjectSession::geometryToOpen(const sim::Project& project, const QString& projectFile,
                                       QString* error) {
    const sim::ProjectGeometry& g = project.geometry;
    if (g.file.empty() && !g.embedded) return {};
    if (g.embedded) {
        const QByteArray bytes = QByteArray::fromBase64Encoding(
                                     QByteArray::fromStdString(g.base64),
                                     QByteArray::AbortOnBase64DecodingErrors)
                                     .decoded;
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (bytes.isEmpty() || (!g.sha256.empty() && hash.toStdString() != g.sha256)) {
            if (error) *error = tr("The geometry embedded in the project is damaged.");
            return {};
        }
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                            QStringLiteral("/embedded/") + hash;
        QDir().mkpath(dir);
        const QString out =
            dir + QLatin1Char('/') + QFileInfo(QString::fromStdString(g.file)).fileName();
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            if (error) *error = tr("The embedded geometry could not be written to %1.").arg(out);
            return {};
        }
        return out;
    }
    QString path = QString::fromStdString(g.file);
    if (QFileInfo(path).isRelative())
        path = QFileInfo(projectFile).absolutePath() + QLatin1Char('/') + path;
    path = QDir::cleanPath(path);
    if (!QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Question, tr("Geometry not found"),
                        tr("The project's geometry file %1 was not found. It may have been moved "
                           "or renamed.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, m_parent);
        QPushButton* locate = box.addButton(tr("&Locate…"), QMessageBox::AcceptRole);
        box.addButton(tr("Open &without geometry"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != locate) return {};
        path = QFileDialog::getOpenFileName(m_parent, tr("Locate Geometry"),
                                            QFileInfo(path).absolutePath());
        if (path.isEmpty()) return {};
        m_extraModified = true;
    }
    if (!g.sha256.empty() && fileSha256(path).toStdString() != g.sha256) {
        QMessageBox box(QMessageBox::Warning, tr("Geometry changed"),
                        tr("The geometry file %1 has changed since the project was saved. Faces "
                           "picked for supports and loads may no longer be the same faces.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, m_parent);
        QPushButton* open = box.addButton(tr("&Open Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != open) {
            return std::nullopt;
        }
        m_extraModified = true;
    }
    return path;
}

bool ProjectSession::applyProject(const sim::Project& project, const QString& file,
                                  QString* error) {
    QString geometryError;
    const std::optional<QString> opened = geometryToOpen(project, file, &geometryError);
    if (!opened) return false; // the user cancelled
    const QString geometry = *opened;
    if (!geometryError.isEmpty()) {
        if (error) *error = geometryError;
        return false;
    }
    const bool extra = m_extraModified;
    m_project = project;
    m_embed = project.geometry.embedded;
    sim::Study study = project.study;
    if (!geometry.isEmpty()) study.geometryFile = geometry.toStdString();
    m_editor->reset(study);
    m_file = file;
    if (!geometry.isEmpty() && m_host.openGeometry) m_host.openGeometry(geometry);
    if (m_host.restoreView) m_host.restoreView(project.view);
    emit resultProbesLoaded();
    markSaved();
    m_extraModified = extra;
    emit stateChanged();
    return true;
}

bool ProjectSession::openProject(const QString& file, QString* error) {
    auto project = sim::loadProject(fsPath(file));
    if (!project) {
        if (error) *error = errorText(project.error());
        return false;
    }
    m_extraModified = false;
    if (!applyProject(*project, QFileInfo(file).absoluteFilePath(), error)) return false;
    Preferences::addRecentFile(QFileInfo(file).absoluteFilePath());
    return true;
}

bool ProjectSession::openStudy(const QString& file, QString* error) {
    auto study = sim::loadStudy(fsPath(file));
    if (!study) {
        if (error) *error = errorText(study.error());
        return false;
    }
    sim::Project p;
    p.study = *study;
    p.geometry.file = study->geometryPath().string();
    m_extraModified = false;
    if (!applyProject(p, QString(), error)) return false;
    Preferences::addRecentFile(QFileInfo(file).absoluteFilePath());
    return true;
}

void ProjectSession::newProject() {
    m_project = {};
    m_file.clear();
    m_embed = false;
    m_editor->reset(StudyEditor::defaultStudy());
    emit resultProbesLoaded();
    markSaved();
}

bool ProjectSession::maybeSave() {
    if (!isModified()) return true;
    const QString name =
        m_file.isEmpty() ? tr("The untitled project") : QFileInfo(m_file).fileName();
    const auto answer = QMessageBox::question(
        m_parent, tr("Save Changes"), tr("%1 has changed. Save the changes?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return save();
    return true;
}

QString ProjectSession::recoveryDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void ProjectSession::autosave() {
    const bool hasGeometry = m_host.geometryFile && !m_host.geometryFile().isEmpty();
    if (!isModified() && !hasGeometry) return;
    QDir().mkpath(recoveryDir());
    const QString base = recoveryDir() + QStringLiteral("/%1").arg(QCoreApplication::applicationPid());
    auto saved = sim::saveProject(currentProject(true), fsPath(base + QStringLiteral(".wbproj")));
    if (!saved) return; // autosave never interrupts; the next one tries again
    sim::Json side;
    side["project_file"] = m_file.toStdString();
    side["saved_ms"] = QDateTime::currentMSecsSinceEpoch();
    QFile f(base + QStringLiteral(".json"));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QByteArray::fromStdString(sim::dumpJson(side)));
}

void ProjectSession::discardRecovery() {
    const QString base = recoveryDir() + QStringLiteral("/%1").arg(QCoreApplication::applicationPid());
    QFile::remove(base + QStringLiteral(".wbproj"));
    QFile::remove(base + QStringLiteral(".json"));
}

QString ProjectSession::findRecovery() {
    const QFileInfoList files = QDir(recoveryDir())
                                    .entryInfoList({QStringLiteral("*.wbproj")}, QDir::Files,
                                                   QDir::Time);
    for (const QFileInfo& f : files) {
        bool ok = false;
        const qint64 pid = f.completeBaseName().toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid() || sessionAlive(pid)) continue;
        return f.absoluteFilePath();
    }
    return {};
}

bool ProjectSession::restoreRecovery(const QString& recoveryFile, QString* error) {
    auto project = sim::loadProject(fsPath(recoveryFile));
    if (!project) {
        if (error) *error = errorText(project.error());
        return false;
    }
    QString original;
    QFile side(QFileInfo(recoveryFile).absolutePath() + QLatin1Char('/') +
               QFileInfo(recoveryFile).completeBaseName() + QStringLiteral(".json"));
    if (side.open(QIODevice::ReadOnly))
        if (auto j = sim::parseJson(side.readAll().toStdString());
            j && j->is_object() && j->contains("project_file") && (*j)["project_file"].is_string())
            original = QString::fromStdString((*j)["project_file"].get<std::string>());
    if (!applyProject(*project, original, error)) return false;
    m_extraModified = true; // restored work is not saved until the user saves it
    emit stateChanged();
    QFile::remove(recoveryFile);
    side.remove();
    autosave();
    return true;
}

bool ProjectSession::offerRecovery() {
    const QString file = findRecovery();
    if (file.isEmpty()) return false;
    QMessageBox box(QMessageBox::Question, tr("Restore Project"),
                    tr("Werkbank did not close normally. Restore the project autosaved at %1?")
                        .arg(QLocale().toString(QFileInfo(file).lastModified(),
                                                QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("RestoreProjectBox"));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        QFile::remove(file);
        QFile::remove(QFileInfo(file).absolutePath() + QLatin1Char('/') +
                      QFileInfo(file).completeBaseName() + QStringLiteral(".json"));
        return false;
    }
    QString error;
    if (!restoreRecovery(file, &error)) {
        QMessageBox::warning(m_parent, tr("Restore Project"),
                             tr("The autosaved project could not be restored.") +
                                 QStringLiteral("\n\n") + error);
        return false;
    }
    return true;
}

bool ProjectSession::isOutOfDate(const sim::ProjectJob& job) const {
    auto normalised = [](sim::Json j) {
        if (j.is_object()) {
            j.erase("name");
            j.erase("geometry");
        }
        return sim::dumpJson(j, -1);
    };
    return normalised(sim::studyToJson(m_editor->study())) != normalised(job.studyAsSolved);
}

} // namespace wb::app
