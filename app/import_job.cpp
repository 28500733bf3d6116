#include "import_job.h"

#include "core/io/isolated/isolated_import.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>

namespace wb::app {

struct ImportJob::Shared {
    core::CancelToken cancel;
    std::atomic<bool> progressPending{false};
};

ImportJob::ImportJob(QString path, core::io::ImportOptions options, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_options(std::move(options)),
      m_shared(std::make_shared<Shared>()) {
    qRegisterMetaType<std::shared_ptr<const wb::core::Assembly>>();
    qRegisterMetaType<wb::core::Error>();
}

ImportJob::~ImportJob() {
    m_shared->cancel.cancel();
}

void ImportJob::cancel() {
    m_shared->cancel.cancel();
}

void ImportJob::start() {
    QPointer<ImportJob> self(this);
    auto shared = m_shared;
    core::io::ImportOptions options = m_options;
    options.cancel = &shared->cancel;
    options.progress = [self, shared](const std::string& stage, double fraction) {
        // Coalesce: at most one progress event in flight to the GUI thread.
        if (shared->progressPending.exchange(true)) return;
        const QString s = QString::fromStdString(stage);
        QMetaObject::invokeMethod(
            qApp,
            [self, shared, s, fraction] {
                shared->progressPending = false;
                if (self) emit self->progress(s, fraction);
            },
            Qt::QueuedConnection);
    };
    const std::filesystem::path path = m_path.toStdString();
    QThreadPool::globalInstance()->start([self, shared, options, path] {
        auto result = core::io::importIsolated(path, options);
        QMetaObject::invokeMethod(
            qApp,
            [self, shared, result = std::move(result)] {
                if (!self) return;
                if (result)
                    emit self->finished(*result);
                else
                    emit self->failed(result.error());
            },
            Qt::QueuedConnection);
    });
}

} // namespace wb::app
