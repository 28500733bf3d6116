// The GUI opens files named on its command line (real process, real window under Xvfb).
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
