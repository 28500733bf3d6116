// Werkbank GUI entry point.
#include "export_image.h"
#include "language_manager.h"
#include "main_window.h"
#include "preferences.h"
#include "viewport_widget.h"

#include "core/model/exit_codes.h"
#include "core/model/process.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QSurfaceFormat>
#include <QTimer>

#include <cstdio>

namespace {

/// --screenshot: once every file has been opened, saves the viewport and quits
/// (exit code 2 when a file could not be opened, 1 when the image cannot be written). Used for
/// checks and documentation.
void screenshotWhenDone(wb::app::MainWindow& window, const QString& path, int expected) {
    auto remaining = std::make_shared<int>(expected);
    auto failed = std::make_shared<bool>(false);
    auto finish = [&window, path, failed] {
        QTimer::singleShot(300, &window, [&window, path, failed] {
            // The view as File › Export Image saves it: with the legend when a result is shown.
            auto* viewport = window.viewport();
            const qreal ratio = viewport->devicePixelRatioF();
            const QImage image = wb::app::viewImage(
                viewport, window.resultDisplay(),
                QSize(qRound(viewport->width() * ratio), qRound(viewport->height() * ratio)));
            const bool saved = !image.isNull() && image.save(path);
            if (!saved) std::fprintf(stderr, "werkbank: cannot write %s\n", qPrintable(path));
            QCoreApplication::exit(*failed ? wb::core::kExitUsage
                                   : saved ? wb::core::kExitOk
                                           : wb::core::kExitFailure);
        });
    };
    if (expected == 0) {
        finish();
        return;
    }
    QObject::connect(&window, &wb::app::MainWindow::importFinished, &window,
                     [&window, remaining, failed, finish](const QString& file, bool ok) {
                         if (!ok) {
                             *failed = true;
                             std::fprintf(stderr, "werkbank: %s: %s\n", qPrintable(file),
                                          qPrintable(window.lastError()));
                         }
                         if (--*remaining == 0) finish();
                     });
}

} // namespace

int main(int argc, char** argv) {
    wb::core::tuneAllocator();
    QSurfaceFormat format;
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    QSurfaceFormat::setDefaultFormat(format);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Werkbank"));
    QApplication::setApplicationName(QStringLiteral("Werkbank"));
    QApplication::setApplicationVersion(QStringLiteral(WB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("werkbank"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Engineering workstation: CAD viewing and simulation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main",
                                    "CAD or mesh files, projects or result folders to open"),
        QStringLiteral("[files...]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open the files, save the 3D view to <png> and quit."),
        QStringLiteral("png"));
    const QCommandLineOption settingsDir(
        QStringLiteral("settings-dir"),
        QCoreApplication::translate("main", "Keep settings in <dir> instead of the user's."),
        QStringLiteral("dir"));
    parser.addOption(screenshot);
    parser.addOption(settingsDir);
    parser.process(app);
    if (parser.isSet(settingsDir)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, parser.value(settingsDir));
    }

    wb::app::LanguageManager::instance().apply(wb::app::Preferences::language());

    wb::app::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(screenshot))
        screenshotWhenDone(window, parser.value(screenshot), int(files.size()));
    window.openFiles(files, wb::app::MainWindow::OpenMode::Add);
    // A session that did not end normally left a recovery file: offer it once the window is up.
    if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
