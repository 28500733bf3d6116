#pragma once
// Shared by the GUI tests: the sample assembly and waiting for a window's imports.

#include "app/main_window.h"

#include <QElapsedTimer>
#include <QString>
#include <QTest>

namespace wb::app::test {

/// The sample assembly the build generates (resources/samples).
inline const QString kSampleAssembly =
    QStringLiteral(WB_BINARY_DIR "/resources/samples/sample_assembly.step");

/// Processes events until `w` has no import running; false after `timeoutMs`.
inline bool waitImports(MainWindow& w, int timeoutMs = 120000) {
    QElapsedTimer timer;
    timer.start();
    while (w.isImporting() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return !w.isImporting();
}

} // namespace wb::app::test
