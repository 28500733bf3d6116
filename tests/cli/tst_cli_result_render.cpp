// werkbank-cli render RESULT_DIR: a thermal bar solved for real (20 °C to 120 °C along x) is
// rendered from the result folder alone; the colours along the bar are the colour scale's at the
// linear temperature there (continuous and banded), the legend's bar runs from the minimum's to
// the maximum's colour with its texts beside it, a range typed with a unit gives the same image,
// the deformed shape moves, and bad arguments get clear errors.
#include "../../tests/render/image_compare.h"
#include "../../tests/support/result_box.h"

#include "app/result_legend_text.h"
#include "core/sim/result_folder.h"
#include "render/colour_map.h"
#include "render/legend_painter.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray err;
};

} // namespace

class TestCliResultRender : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_thermal, m_structural;

    QProcessEnvironment env() const {
        // the default unit system (mm-N-MPa-°C), whatever the user running the tests chose
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return e;
    }

    Run cli(const QStringList& args) const {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(WB_CLI_EXE), args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.err = p.readAllStandardError();
        return r;
    }

    /// Renders the thermal bar from the front at 900x900 (the bar, fitted to the width, lies
    /// below the legend) with `extra` arguments.
    QImage render(const QString& name, const QStringList& extra) const {
        const QString out = m_dir.filePath(name + QStringLiteral(".png"));
        const Run r = cli(QStringList{"render", m_thermal, "--field", "temperature", "--view",
                                      "front", "--mode", "shaded", "--size", "900x900", "-o", out} +
                          extra);
        if (r.exitCode != 0) qWarning() << r.err;
        return r.exitCode == 0 ? QImage(out) : QImage();
    }

    /// The bar's left and right ends on the image's middle row: from the centre outwards to
    /// the first pixel of the background (the leftmost pixel of the row).
    static std::pair<int, int> barEnds(const QImage& image) {
        const int y = image.height() / 2;
        const QRgb background = image.pixel(0, y);
        int left = image.width() / 2, right = left;
        while (left > 0 && render::test::differs(image.pixel(left - 1, y), background))
            --left;
        while (right + 1 < image.width() &&
               render::test::differs(image.pixel(right + 1, y), background))
            ++right;
        return {left, right};
    }

    /// The pixel on the middle row at fraction `f` of the bar's length, against the colour of
    /// the temperature there (20 °C + f * 100 K) in `scale`.
    static void checkAlongBar(const QImage& image, const render::ColourScale& scale,
                              const std::vector<double>& fractions) {
        const auto [left, right] = barEnds(image);
        QVERIFY2(right - left > image.width() / 3, "the bar is not in the middle of the image");
        for (double f : fractions) {
            const int x = left + int(std::lround(f * (right - left)));
            const QRgb got = image.pixel(x, image.height() / 2);
            const QRgb expected = scale.colour(293.15 + f * 100.0);
            QVERIFY2(!render::test::differs(got, expected),
                     qPrintable(QStringLiteral("at %1 of the bar: #%2, expected #%3")
                                    .arg(f)
                                    .arg(got & 0xffffff, 6, 16, QLatin1Char('0'))
                                    .arg(expected & 0xffffff, 6, 16, QLatin1Char('0'))));
        }
    }

    /// The legend as werkbank-cli lays it out for the thermal bar: top right, 8 pixels in.
    static render::LegendLayout legendAt(const QImage& image, const render::LegendContent& c,
                                         QPoint* topLeft) {
        const render::LegendLayout l = render::legendLayout(c, QGuiApplication::font());
        *topLeft = QPoint(image.width() - 8 - l.size.width(), 8);
        return l;
    }

    /// Pixels in `rect` darker than the legend's background by far: the text drawn there.
    static int darkPixels(const QImage& image, const QRect& rect) {
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QRgb c = image.pixel(x, y);
                n += qRed(c) + qGreen(c) + qBlue(c) < 250;
            }
        return n;
    }

    void checkLegend(const QImage& image, const render::ColourScale& scale) {
        auto folder = sim::readResultFolder(m_thermal.toStdString());
        QVERIFY(folder.has_value());
        const auto view = sim::findScalarView(*folder->result, "temperature");
        QVERIFY(view.has_value());
        const sim::ScalarRange range = sim::scalarRange(*folder->result, *view);
        const render::LegendContent content = app::LegendText::content(
            *view, scale, range, QLocale(), sim::UnitSystem::MillimetreNewtonMegapascal);
        QCOMPARE(content.title, QStringLiteral("Temperature [°C]"));
        QCOMPARE(content.minText, QStringLiteral("Min: 20 °C"));
        QCOMPARE(content.maxText, QStringLiteral("Max: 120 °C"));
        QPoint at;
        const render::LegendLayout l = legendAt(image, content, &at);
        const QRect bar = l.bar.translated(at);
        // the bar: the maximum's colour at the top, the minimum's at the bottom
        const int x = bar.center().x();
        QVERIFY(!render::test::differs(image.pixel(x, bar.top() + 2), scale.colour(scale.max)));
        QVERIFY(!render::test::differs(image.pixel(x, bar.bottom() - 2), scale.colour(scale.min)));
        QVERIFY(!render::test::differs(image.pixel(x, bar.center().y()),
                                       scale.colour(0.5 * (scale.min + scale.max))));
        // the minimum's and maximum's lines are written where the layout puts them
        QVERIFY(darkPixels(image, l.maxLine.translated(at)) > 20);
        QVERIFY(darkPixels(image, l.minLine.translated(at)) > 20);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_thermal = test::solveBar(QStringLiteral(WB_CLI_EXE), m_dir.path(),
                                   QStringLiteral("thermal"), test::thermalBarStudy());
        QVERIFY(!m_thermal.isEmpty());
        m_structural = test::solveBar(QStringLiteral(WB_CLI_EXE), m_dir.path(),
                                      QStringLiteral("structural"), test::cantileverStudy());
        QVERIFY(!m_structural.isEmpty());
        // the folder stands on its own
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("bar.stl"))));
    }

    void continuous() {
        const QImage image = render("continuous", {"--bands", "0", "--range", "20:120"});
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(900, 900));
        const auto scale = render::scaleForChosenRange(293.15, 393.15, false, 0);
        checkAlongBar(image, scale, {0.05, 0.25, 0.5, 0.75, 0.95});
        checkLegend(image, scale);
    }

    void banded() {
        const QImage image = render("banded", {"--bands", "5"});
        QVERIFY(!image.isNull());
        // the field's own range, 20 °C to 120 °C: band centres 30, 50, ... 110 °C
        const auto scale = render::scaleForRange(293.15, 393.15, false, 5);
        checkAlongBar(image, scale, {0.1, 0.3, 0.5, 0.7, 0.9});
        // neighbouring bands differ
        QVERIFY(render::test::differs(scale.colour(303.15), scale.colour(323.15)));
        checkLegend(image, scale);
    }

    void rangeWithUnit() {
        const QImage plain = render("range_plain", {"--range", "20:120", "--bands", "10"});
        const QImage kelvin = render("range_kelvin", {"--range", "293.15K:393.15K"});
        const QImage oneUnit = render("range_one_unit", {"--range", "293.15:393.15K"});
        QVERIFY(!plain.isNull() && !kelvin.isNull() && !oneUnit.isNull());
        QCOMPARE(kelvin, plain);
        QCOMPARE(oneUnit, plain);
        // a narrower range colours the bar differently
        const QImage narrow = render("range_narrow", {"--range", "60:80"});
        QVERIFY(!narrow.isNull() && narrow != plain);
    }

    void deformedShape() {
        const QString undeformed = m_dir.filePath("undeformed.png");
        const QString deformed = m_dir.filePath("deformed.png");
        const QStringList common{"render", m_structural, "--field", "displacement",
                                 "--view", "front",      "--size",  "600x400"};
        QCOMPARE(cli(common + QStringList{"-o", undeformed}).exitCode, 0);
        QCOMPARE(cli(common + QStringList{"--deformed", "auto", "-o", deformed}).exitCode, 0);
        const QImage a(undeformed), b(deformed);
        QVERIFY(!a.isNull() && !b.isNull());
        // the free end moves down: its column differs somewhere
        int differing = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = a.width() * 3 / 4 - 60; x < a.width() * 3 / 4; ++x)
                differing += render::test::differs(a.pixel(x, y), b.pixel(x, y));
        QVERIFY2(differing > 50, qPrintable(QString::number(differing)));
    }

    void argumentErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field")
            << QStringList{"--field", "von_mises"} << QStringLiteral("temperature");
        QTest::newRow("reversed range")
            << QStringList{"--range", "120:20"} << QStringLiteral("below the maximum");
        QTest::newRow("unit of a force")
            << QStringList{"--range", "0:5kN"} << QStringLiteral("--range");
        QTest::newRow("not a range") << QStringList{"--range", "300"} << QStringLiteral("MIN:MAX");
        QTest::newRow("garbage range")
            << QStringList{"--range", "a:b"} << QStringLiteral("--range");
        QTest::newRow("one band") << QStringList{"--bands", "1"} << QStringLiteral("--bands");
        QTest::newRow("negative scale")
            << QStringList{"--deformed=-1"} << QStringLiteral("--deformed");
        QTest::newRow("no displacement")
            << QStringList{"--deformed", "auto"} << QStringLiteral("no displacement field");
    }

    void argumentErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = m_dir.filePath("error.png");
        QFile::remove(out);
        const Run r = cli(QStringList{"render", m_thermal, "-o", out} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void folderErrors() {
        const QString out = m_dir.filePath("error.png");
        // a folder without fields.wbf (a failed solve) and one without surface.wbm
        const QString noFields = m_dir.filePath("no_fields");
        const QString noSurface = m_dir.filePath("no_surface");
        QVERIFY(QDir().mkpath(noFields) && QDir().mkpath(noSurface));
        QVERIFY(QFile::copy(m_thermal + "/result.json", noFields + "/result.json"));
        QVERIFY(QFile::copy(m_thermal + "/surface.wbm", noFields + "/surface.wbm"));
        QVERIFY(QFile::copy(m_thermal + "/fields.wbf", noSurface + "/fields.wbf"));
        const Run a = cli({"render", noFields, "-o", out});
        QCOMPARE(a.exitCode, 2);
        QVERIFY2(a.err.contains("fields.wbf"), a.err.constData());
        const Run b = cli({"render", noSurface, "-o", out});
        QCOMPARE(b.exitCode, 2);
        QVERIFY2(b.err.contains("surface.wbm"), b.err.constData());
        // result options on a model file
        const Run c =
            cli({"render", m_thermal + "/result.json", "--field", "temperature", "-o", out});
        QCOMPARE(c.exitCode, 2);
        QVERIFY2(c.err.contains("result folder"), c.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_MAIN(TestCliResultRender)
#include "tst_cli_result_render.moc"
