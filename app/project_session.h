#pragma once
/// The open project: its file, the study editor's state against the saved file, saving (atomic),
/// opening projects and study files, autosave to a recovery file and recovery after a crash.
/// GUI thread only.

#include "core/model/assembly.h"
#include "core/sim/project.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QWidget;

namespace wb::app {

class StudyEditor;

class ProjectSession : public QObject {
    Q_OBJECT
public:
    /// How the session opens a geometry file in the window (replacing what is open) and reads
    /// what is open: the file and its assembly (null when none).
    struct Host {
        std::function<void(const QString& file)> openGeometry;
        std::function<QString()> geometryFile;
        std::function<sim::Json()> viewState;
        std::function<void(const sim::Json&)> restoreView;
    };

    ProjectSession(StudyEditor* editor, Host host, QWidget* dialogParent);
    ~ProjectSession() override;

    /// The project file ("" while untitled).
    QString projectFile() const { return m_file; }
    /// True when the study or the project changed since it was saved or opened.
    bool isModified() const;
    /// The target service ("" = the embedded local service).
    QString service() const { return QString::fromStdString(m_project.service); }
    void setService(const QString& name);
    /// Keep the geometry's bytes inside the project file on the next save.
    bool embedsGeometry() const { return m_embed; }
    void setEmbedsGeometry(bool embed);
    const std::vector<sim::ProjectJob>& jobs() const { return m_project.jobs; }
    /// Adds or replaces the job with the same id.
    void recordJob(const sim::ProjectJob& job);
    void removeJob(const std::string& id);
    /// The probes pinned on results (metres); setting different ones marks the project
    /// modified.
    const std::vector<sim::PinnedProbe>& resultProbes() const { return m_project.probes; }
    void setResultProbes(const std::vector<sim::PinnedProbe>& probes);
    /// The folder a job's result goes to: NAME.results/<job> beside the project, or a folder in
    /// the app's data while the project is untitled.
    QString resultDirFor(const QString& jobId) const;

    /// Saves to the current file (asks for one while untitled). False when cancelled or failed
    /// (the error has been shown).
    bool save();
    bool saveAs();
    /// Saves to `file` without asking; false with `error` set on failure.
    bool saveTo(const QString& file, QString* error = nullptr);
    /// Opens a project: its study, its geometry (asking when the file moved or changed). False
    /// with `error` set when the file cannot be read.
    bool openProject(const QString& file, QString* error = nullptr);
    /// Opens a study file (*.wbstudy.json) and its geometry as a new, untitled project.
    bool openStudy(const QString& file, QString* error = nullptr);
    /// Starts a new, untitled project (the study of `StudyEditor::defaultStudy`).
    void newProject();
    /// Asks to save a modified project; false when the user cancels.
    bool maybeSave();

    /// Writes the recovery file now (also every two minutes and before each solve).
    void autosave();
    /// Removes this session's recovery file (after a normal close).
    void discardRecovery();
    /// The recovery file of a session that did not end normally (its process is gone), or "".
    static QString findRecovery();
    /// Offers to restore a recovery file found at start; true when one was restored.
    bool offerRecovery();
    /// Restores the project in `recoveryFile` (as modified; saving asks where).
    bool restoreRecovery(const QString& recoveryFile, QString* error = nullptr);
    /// Folder of recovery files.
    static QString recoveryDir();

    /// Compares the study with the one a job solved: true when it changed since.
    bool isOutOfDate(const sim::ProjectJob& job) const;

signals:
    /// The file, the modified state or the jobs changed.
    void stateChanged();
    /// A project was opened, restored or started: resultProbes() are its probes.
    void resultProbesLoaded();

private:
    sim::Project currentProject(bool forRecovery) const;
    bool applyProject(const sim::Project& project, const QString& file, QString* error);
    /// The geometry file to open ("" when none, or on an error set in `error`); nullopt when
    /// the user cancelled opening the project.
    std::optional<QString> geometryToOpen(const sim::Project& project,
                                          const QString& projectFile, QString* error);
    void markSaved();

    StudyEditor* m_editor;
    Host m_host;
    QWidget* m_parent;
    QString m_file;
    sim::Project m_project; ///< what is not in the study editor: service, jobs, view
    bool m_embed = false;
    bool m_extraModified = false; ///< service, jobs or embedding changed
    QTimer* m_autosave = nullptr;
};

} // namespace wb::app
