// The result folder side of MainWindow: a result folder opened on its own (command line, File ›
// Open Recent, drag and drop) shows its field on the surface it was solved on; File › Export
// Image saves the view with the legend.
#include "main_window.h"

#include "export_image.h"
#include "main_window_parts.h"
#include "preferences.h"
#include "result_display.h"
#include "viewport_widget.h"

#include "core/sim/result_folder.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::app {

namespace {

using SurfaceRead = core::Result<std::shared_ptr<const core::Assembly>>;

QString surfaceError(const core::Error& error, const QString& dir) {
    const QString file =
        QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("surface.wbm")));
    if (error.id == "sim.no_surface_file")
        return MainWindow::tr("The result folder %1 has no surface file (surface.wbm): it was "
                              "written by an older version. Open the model it was solved on "
                              "and open the result from the Jobs dock.")
            .arg(QDir::toNativeSeparators(dir));
    return MainWindow::tr("The surface file %1 cannot be read: it is damaged or not a Werkbank "
                          "surface file.")
        .arg(file);
}

} // namespace

bool MainWindow::openResultFolders(QStringList& paths) {
    QStringList rest, folders;
    for (const QString& p : paths)
        (sim::isResultFolder(p.toStdString()) ? folders : rest) << p;
    paths = rest;
    for (const QString& dir : folders)
        openResultFolder(dir);
    return !folders.isEmpty();
}

void MainWindow::openResultFolder(const QString& dir) {
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(dir)));
    auto* watcher = new QFutureWatcher<SurfaceRead>(this);
    connect(watcher, &QFutureWatcher<SurfaceRead>::finished, this, [this, watcher, dir] {
        const SurfaceRead surface = watcher->result();
        watcher->deleteLater();
        if (!surface) {
            m_lastError = surfaceError(surface.error(), dir);
            statusBar()->showMessage(m_lastError, 10000);
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Could not open file"),
                                        tr("Could not open %1.").arg(QFileInfo(dir).fileName()),
                                        QMessageBox::Ok, this);
            box->setInformativeText(m_lastError);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit importFinished(dir, false);
            return;
        }
        m_document.replace(dir, *surface);
        Preferences::addRecentFile(QFileInfo(dir).absoluteFilePath());
        showScene(true);
        // Done once the result's colours are on the model, or it failed (ResultDisplay says
        // why in its own message).
        auto done = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        *done = connect(
            m_resultDisplay, &ResultDisplay::displayUpdated, this, [this, dir, done, failed] {
                disconnect(*done);
                disconnect(*failed);
                statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(dir).fileName()), 5000);
                emit importFinished(dir, true);
            });
        *failed = connect(m_resultDisplay, &ResultDisplay::failed, this,
                          [this, dir, done, failed](const QString& message) {
                              disconnect(*done);
                              disconnect(*failed);
                              m_lastError = message;
                              emit importFinished(dir, false);
                          });
        m_resultDisplay->open(dir);
    });
    watcher->setFuture(
        QtConcurrent::run([file = QDir(dir).filePath(QStringLiteral("surface.wbm")).toStdString()] {
            return sim::readSurfaceFile(file);
        }));
}

void MainWindow::createExportImage() {
    m_exportImage = new QAction(this);
    m_exportImage->setObjectName(QStringLiteral("ExportImage"));
    connect(m_exportImage, &QAction::triggered, this,
            [this] { exportImage(this, m_viewport, m_resultDisplay); });
    m_menus->file->insertAction(m_actions->quit, m_exportImage);
    m_menus->file->insertSeparator(m_actions->quit);
}

void MainWindow::retranslateExportImage() {
    m_exportImage->setText(tr("&Export Image…"));
    m_exportImage->setStatusTip(tr("Save the view as a PNG image of any size, with the legend "
                                   "when a result is shown"));
}

} // namespace wb::app
