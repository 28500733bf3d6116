// The result legend on real solver results: title and unit in each unit system, nice ticks in
// display units, minimum and maximum in the user's locale, the bar's colours, a uniform field,
// values outside a locked range, and clicks on the extremes.
#include "app/preferences.h"
#include "app/result_legend.h"

#include "core/sim/solve.h"
#include "core/sim/study_json.h"
#include "core/sim/stl_reader.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wb::app;
using namespace wb::sim;
namespace render = wb::render;

namespace {

wb::core::Mesh box(double x, double y, double z) {
    wb::core::Mesh m;
    m.positions = {0, 0, 0, float(x), 0, 0, 0, float(y), 0, float(x), float(y), 0,
                   0, 0, float(z), float(x), 0, float(z), 0, float(y), float(z),
                   float(x), float(y), float(z)};
    m.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
                 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
    return m;
}

std::string study(const std::string& analysis, const std::string& supports,
                  const std::string& loads) {
    return "{\"format\":\"werkbank-study\",\"version\":1,\"name\":\"t\",\"analysis\":\"" +
           analysis +
           "\",\"geometry\":{\"file\":\"beam.stl\",\"length_unit\":\"mm\"},"
           "\"mesh\":{\"voxel_size\":0.0025},\"materials\":[{\"parts\":\"*\",\"material\":"
           "\"structural_steel\"}],\"supports\":[" +
           supports + "],\"loads\":[" + loads + "],\"probes\":[]}";
}

std::string plane(double x) {
    return "{\"box\":{\"min\":[" + wb::sim::formatNumber(x - 1e-6) + ",-1,-1],\"max\":[" +
           wb::sim::formatNumber(x + 1e-6) + ",1,1]}}";
}

bool isNiceStep(double step) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(step / magnitude - f) < 1e-6) return true;
    return false;
}

/// The tick labels as numbers (read in `locale`), top to bottom.
std::vector<double> tickValues(const ResultLegend& legend, const QLocale& locale) {
    std::vector<double> out;
    for (const QString& s : legend.tickLabels()) {
        bool ok = false;
        out.push_back(locale.toDouble(s, &ok));
        if (!ok) out.back() = std::nan("");
    }
    return out;
}

} // namespace

class TestResultLegend : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SolveResult m_structural, m_thermal;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toUtf8());
        QVERIFY(writeStl(m_dir.filePath("beam.stl").toStdString(), box(100, 10, 10)).has_value());
        auto solveText = [&](const std::string& text) {
            auto s = wb::sim::parseStudy(text);
            if (!s) qFatal("%s", s.error().toString().c_str());
            s->baseDir = m_dir.path().toStdString();
            auto r = solve(*s);
            if (!r) qFatal("%s", r.error().toString().c_str());
            return *r;
        };
        m_structural = solveText(study(
            "static_structural", "{\"type\":\"fixed\",\"select\":" + plane(0) + "}",
            "{\"type\":\"force\",\"vector\":[0,0,-1000],\"select\":" + plane(0.1) + "}"));
        m_thermal = solveText(
            study("steady_thermal",
                  "{\"type\":\"fixed_temperature\",\"temperature\":300,\"select\":" + plane(0) +
                      "},{\"type\":\"fixed_temperature\",\"temperature\":400,\"select\":" +
                      plane(0.1) + "}",
                  ""));
    }

    void cleanup() { Preferences::setUnitSystem(UnitSystem::MillimetreNewtonMegapascal); }

    void stressInEachUnitSystem() {
        ResultLegend legend;
        legend.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        const ScalarView vm = *findScalarView(m_structural, "von_mises");
        const ScalarRange range = scalarRange(m_structural, vm);
        legend.setView(vm, render::scaleForRange(range.min, range.max, false), range);
        QCOMPARE(legend.titleText(), QString("Von Mises stress [MPa]"));
        const double maxMPa = range.max / 1e6, minMPa = range.min / 1e6;
        auto checkTicks = [&](double lo, double hi) {
            const auto ticks = tickValues(legend, legend.locale());
            QVERIFY(ticks.size() >= 2);
            for (std::size_t i = 0; i < ticks.size(); ++i) {
                QVERIFY2(ticks[i] >= lo - 1e-9 * hi && ticks[i] <= hi * (1 + 1e-9),
                         qPrintable(legend.tickLabels().join(' ')));
                if (i) QVERIFY(isNiceStep(ticks[i - 1] - ticks[i]));
            }
        };
        checkTicks(minMPa, maxMPa);
        QCOMPARE(legend.maxText(), QString("Max: %1 MPa").arg(QString::number(maxMPa, 'g', 4)));
        // psi: the same stress in psi, no group separators
        Preferences::setUnitSystem(UnitSystem::InchPound);
        QCOMPARE(legend.titleText(), QString("Von Mises stress [psi]"));
        checkTicks(range.min / 6894.757, range.max / 6894.757);
        for (const QString& s : legend.tickLabels())
            QVERIFY2(!s.contains(','), qPrintable(s));
        // German: decimal comma
        Preferences::setUnitSystem(UnitSystem::MillimetreNewtonMegapascal);
        legend.setLocale(QLocale(QLocale::German, QLocale::Germany));
        const QString maxGerman = QLocale(QLocale::German).toString(maxMPa, 'g', 4);
        QVERIFY2(maxGerman.contains(','), qPrintable(maxGerman));
        QCOMPARE(legend.maxText(), QString("Max: %1 MPa").arg(maxGerman));
        checkTicks(minMPa, maxMPa);
        // the clamped root's peak depends on the voxel size: the legend says so
        const FieldExtreme* peak = nullptr;
        for (const auto& e : m_structural.max)
            if (e.field == "von_mises") peak = &e;
        QVERIFY(peak);
        QCOMPARE(peak->singular, std::string("support"));
        const QSize before = legend.sizeHint();
        legend.setNote(ResultLegend::singularNote(peak->singular));
        QVERIFY(legend.note().contains("fixed support"));
        QVERIFY(legend.sizeHint().height() > before.height());
        QVERIFY(ResultLegend::singularNote("corner").contains("corner"));
        QVERIFY(ResultLegend::singularNote("").isEmpty());
        QVERIFY(ResultLegend::singularNote("elsewhere").isEmpty());
    }

    void barColoursAndClicks() {
        ResultLegend legend;
        legend.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        const ScalarView uz = *findScalarView(m_structural, "displacement.z");
        const ScalarRange range = scalarRange(m_structural, uz);
        const auto scale = render::scaleForRange(range.min, range.max, true);
        legend.setView(uz, scale, range);
        QCOMPARE(legend.titleText(), QString("Displacement Z [mm]"));
        legend.resize(legend.sizeHint());
        const QImage image = legend.grab().toImage();
        // the bar's top is the scale's maximum colour, its bottom the minimum's
        const int x = 8 + 9, top = 8 + legend.fontMetrics().height() * 3 / 2 + 1;
        QCOMPARE(QColor(image.pixel(x, top)).rgb() & 0xFFFFFF, scale.colour(scale.max) & 0xFFFFFF);
        QCOMPARE(QColor(image.pixel(x, top + 217)).rgb() & 0xFFFFFF,
                 scale.colour(scale.min) & 0xFFFFFF);
        QCOMPARE(legend.colourAtDisplayValue(0.0), scale.colour(0.0));
        // just inside the range (mm back to m is not exact to the last bit)
        QVERIFY(legend.colourAtDisplayValue(range.min * 1e3 * (1 - 1e-9)) != scale.below);
        QCOMPARE(legend.colourAtDisplayValue(range.min * 1e3 * 1.01), scale.below);
        // a click on the maximum line asks for its place
        QSignalSpy clicked(&legend, &ResultLegend::extremeClicked);
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        const QFontMetrics fm = legend.fontMetrics();
        const int maxY = 8 + fm.height() * 3 / 2 + 220 + 12 + fm.height() - fm.ascent() / 2;
        QTest::mouseClick(&legend, Qt::LeftButton, {}, QPoint(12, maxY));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toBool(), true);
        QTest::mouseClick(&legend, Qt::LeftButton, {}, QPoint(12, maxY + fm.height()));
        QCOMPARE(clicked.count(), 2);
        QCOMPARE(clicked.at(1).at(0).toBool(), false);
    }

    void temperatureUniformAndLocked() {
        ResultLegend legend;
        legend.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        const ScalarView t = *findScalarView(m_thermal, "temperature");
        const ScalarRange range = scalarRange(m_thermal, t);
        legend.setView(t, render::scaleForRange(range.min, range.max, false), range);
        QCOMPARE(legend.titleText(), QString("Temperature [°C]"));
        QCOMPARE(legend.minText(), QString("Min: 26.85 °C"));
        QCOMPARE(legend.maxText(), QString("Max: 126.9 °C"));
        const auto ticks = tickValues(legend, legend.locale());
        QVERIFY(ticks.front() <= 126.85 && ticks.back() >= 26.85);
        // a locked range narrower than the field: values above it get the "above" colour
        render::ColourScale locked = render::scaleForRange(320, 350, false);
        legend.setView(t, locked, range);
        QCOMPARE(legend.colourAtDisplayValue(100.0), locked.above);
        QCOMPARE(legend.colourAtDisplayValue(0.0), locked.below);
        // a uniform field is shown with one tick
        ScalarRange uniform = range;
        uniform.max = uniform.min;
        legend.setView(t, render::scaleForRange(300, 300, false), uniform);
        QCOMPARE(legend.tickLabels(), QStringList{"26.85"});
        legend.resize(legend.sizeHint());
        QVERIFY(!legend.grab().toImage().isNull());
    }
};

QTEST_MAIN(TestResultLegend)
#include "tst_result_legend.moc"
