// The GUI opens files named on its command line (real process, real window under Xvfb): a model
// file, and a result folder on its own (a thermal bar solved for real by werkbank-cli).
#include "../support/result_box.h"

#include "render/colour_map.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
/// Fraction of pixels in `area` that differ from the background, which is a vertical gradient:
/// the reference is the pixel at the left edge of the same row (0 for a blank image).
double nonBackgroundFraction(const QImage& image, const QRect& area) {
    int differ = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const QRgb bg = image.pixel(0, y);
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            differ += qAbs(qRed(c) - qRed(bg)) + qAbs(qGreen(c) - qGreen(bg)) +
                          qAbs(qBlue(c) - qBlue(bg)) >
                      12;
        }
    }
    return double(differ) / (area.width() * area.height());
}

/// Where on the sequential colour map `c` lies (0..1), or -1 when it is none of its colours.
double sequentialPosition(QRgb c) {
    for (int i = 0; i <= 200; ++i) {
        const QRgb m = wb::render::mapColour(wb::render::ColourMapKind::Sequential, i / 200.0);
        if (qAbs(qRed(c) - qRed(m)) + qAbs(qGreen(c) - qGreen(m)) + qAbs(qBlue(c) - qBlue(m)) <= 9)
            return i / 200.0;
    }
    return -1;
}

/// The longest run down one column of the right half of the image whose pixels are colours of
/// the sequential map going from its top end down to its bottom end (the legend's colour bar).
int longestColourBar(const QImage& image) {
    int best = 0;
    for (int x = image.width() / 2; x < image.width(); ++x) {
        int start = -1;
        double top = 0, last = 0;
        for (int y = 0; y <= image.height(); ++y) {
            const double t = y < image.height() ? sequentialPosition(image.pixel(x, y)) : -1;
            if (t >= 0 && start >= 0 && t <= last + 0.02) {
                last = t;
                continue;
            }
            if (start >= 0 && top > 0.85 && last < 0.15) best = std::max(best, y - start);
            start = t >= 0 ? y : -1;
            top = last = t;
        }
    }
    return best;
}
} // namespace

class TestAppCommandLine : public QObject {
    Q_OBJECT
private slots:
    void opensFileFromCommandLine() {
        QTemporaryDir dir;
        const QString shot = dir.filePath("shot.png");
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(WB_APP_EXE, {"/usr/share/opencascade/data/step/screw.step", "--screenshot", shot,
                             "--settings-dir", dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(shot);
        QVERIFY(!image.isNull());
        // Some of the middle of the window is model, not background.
        const QRect middle(image.width() / 2 - 40, image.height() / 2 - 40, 80, 80);
        QVERIFY(nonBackgroundFraction(image, middle) > 0.1);
    }

    void opensResultFolder() {
        QTemporaryDir dir;
        const QString result =
            wb::test::solveBar(WB_CLI_EXE, dir.path(), "thermal", wb::test::thermalBarStudy());
        QVERIFY(!result.isEmpty());
        QVERIFY(QFile::remove(dir.filePath("bar.stl"))); // the folder stands on its own
        const QString shot = dir.filePath("shot.png");
        QProcess p;
        p.start(WB_APP_EXE, {result, "--screenshot", shot, "--settings-dir", dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QImage image(shot);
        QVERIFY(!image.isNull());
        // the bar is in the middle, coloured by the result: colours of the sequential map there
        const QRect middle(image.width() / 2 - 40, image.height() / 2 - 40, 80, 80);
        QVERIFY(nonBackgroundFraction(image, middle) > 0.1);
        // the legend's colour bar is in the image, from the maximum's colour down to the minimum's
        QVERIFY2(longestColourBar(image) > 150,
                 qPrintable(QString::number(longestColourBar(image))));
        // a model file's screenshot has no such bar
        const QString stlShot = dir.filePath("stl.png");
        QFile stl(dir.filePath("bar.stl"));
        QVERIFY(stl.open(QIODevice::WriteOnly));
        stl.write(wb::test::boxStl(100, 20, 20));
        stl.close();
        QProcess q;
        q.start(WB_APP_EXE,
                {dir.filePath("bar.stl"), "--screenshot", stlShot, "--settings-dir", dir.path()});
        QVERIFY(q.waitForFinished(120000));
        QCOMPARE(q.exitCode(), 0);
        QCOMPARE(longestColourBar(QImage(stlShot)), 0);
    }

    void brokenResultFolderFails() {
        QTemporaryDir dir;
        const QString result =
            wb::test::solveBar(WB_CLI_EXE, dir.path(), "thermal", wb::test::thermalBarStudy());
        QVERIFY(!result.isEmpty());
        QVERIFY(QFile::remove(result + "/fields.wbf"));
        QProcess p;
        p.start(WB_APP_EXE,
                {result, "--screenshot", dir.filePath("x.png"), "--settings-dir", dir.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("fields.wbf"));
    }

    void badFileFromCommandLineFails() {
        QTemporaryDir dir;
        QProcess p;
        p.start(WB_APP_EXE, {dir.filePath("nope.step"), "--screenshot", dir.filePath("x.png"),
                             "--settings-dir", dir.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("nope.step"));
    }
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_app_command_line.moc"
