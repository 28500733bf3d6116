#pragma once
/// Runs one file import with progress and cancel: a worker thread drives the werkbank-import
/// helper process, so a file that crashes a CAD kernel cannot take the window down.

#include "core/io/importer.h"

#include <QObject>
#include <QString>

#include <memory>

namespace wb::app {

/// Starts an import on the global thread pool. Signals arrive queued on the GUI thread.
/// Deleting the job cancels the import; the worker finishes on its own and is discarded.
class ImportJob : public QObject {
    Q_OBJECT
public:
    ImportJob(QString path, core::io::ImportOptions options, QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    const QString& path() const { return m_path; }

signals:
    /// `stage` is the importer's stage id ("reading", "transferring", "meshing").
    void progress(const QString& stage, double fraction);
    void finished(std::shared_ptr<const wb::core::Assembly> assembly);
    void failed(const wb::core::Error& error);

private:
    struct Shared;
    QString m_path;
    core::io::ImportOptions m_options;
    std::shared_ptr<Shared> m_shared;
};

} // namespace wb::app

Q_DECLARE_METATYPE(std::shared_ptr<const wb::core::Assembly>)
Q_DECLARE_METATYPE(wb::core::Error)
