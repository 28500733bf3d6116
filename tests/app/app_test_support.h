#pragma once
// Shared by the GUI tests: the sample assembly and waiting for a window's imports.

#include "app/main_window.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace wb::app::test {

/// The sample assembly the build generates (resources/samples).
inline const QString kSampleAssembly =
    QStringLiteral(WB_BINARY_DIR "/resources/samples/sample_assembly.step");

/// Keeps the app's settings, data (recovery files, user materials) and cache in `home`, a
/// private folder of the test, under the app's own organisation and application names.
/// False when `home` could not be made.
inline bool useHome(const QTemporaryDir& home) {
    if (!home.isValid()) return false;
    qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath("cache").toUtf8());
    QCoreApplication::setOrganizationName("Werkbank");
    QCoreApplication::setApplicationName("Werkbank");
    return true;
}

/// Processes events until `w` has no import running; false after `timeoutMs`.
inline bool waitImports(MainWindow& w, int timeoutMs = 120000) {
    QElapsedTimer timer;
    timer.start();
    while (w.isImporting() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return !w.isImporting();
}

} // namespace wb::app::test
