// Colour maps and legend ticks: the maps' ends and ordering, bands, out-of-range colours, a
// uniform field, and tick values over many ranges.
#include "render/colour_map.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace wb::render;

namespace {

/// Relative luminance (Rec. 709 weights on linearised sRGB).
double luminance(QRgb c) {
    auto lin = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(qRed(c)) + 0.7152 * lin(qGreen(c)) + 0.0722 * lin(qBlue(c));
}

bool isNiceStep(double step) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double factor = step / magnitude;
    for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(factor - nice) < 1e-6) return true;
    return false;
}

} // namespace

class TestColourMap : public QObject {
    Q_OBJECT
private slots:
    void sequentialIsOrderedByLightness() {
        QCOMPARE(mapColour(ColourMapKind::Sequential, 0.0), qRgb(0x44, 0x01, 0x54));
        QCOMPARE(mapColour(ColourMapKind::Sequential, 1.0), qRgb(0xFD, 0xE7, 0x25));
        // never darker from one 8-bit step to the next beyond rounding (a red falling by one
        // where the green has not yet risen), and clearly lighter every 1/16 of the range
        double previous = -1, coarse = -1;
        for (int i = 0; i <= 255; ++i) {
            const double l = luminance(mapColour(ColourMapKind::Sequential, i / 255.0));
            QVERIFY2(l >= previous - 1e-3, qPrintable(QString::number(i)));
            previous = l;
            if (i % 16 == 0) {
                QVERIFY2(l > coarse + 0.005, qPrintable(QString::number(i)));
                coarse = l;
            }
        }
        // clamped outside [0, 1], NaN taken as the start
        QCOMPARE(mapColour(ColourMapKind::Sequential, 7.0), mapColour(ColourMapKind::Sequential, 1));
        QCOMPARE(mapColour(ColourMapKind::Sequential, std::nan("")),
                 mapColour(ColourMapKind::Sequential, 0));
    }

    void divergingIsCentredOnZero() {
        const ColourScale s = scaleForRange(-40e6, 120e6, true);
        QCOMPARE(s.kind, ColourMapKind::Diverging);
        QCOMPARE(s.min, -120e6);
        QCOMPARE(s.max, 120e6);
        ColourScale continuous = s;
        continuous.bands = 0;
        const QRgb zero = continuous.colour(0.0);
        QVERIFY(std::abs(qRed(zero) - qBlue(zero)) < 8); // neutral grey at zero
        // lightest at zero, darker and coloured towards both ends
        for (double v : {-100e6, -50e6, 50e6, 100e6})
            QVERIFY(luminance(continuous.colour(v)) < luminance(zero));
        QVERIFY(qBlue(continuous.colour(-100e6)) > qRed(continuous.colour(-100e6)));
        QVERIFY(qRed(continuous.colour(100e6)) > qBlue(continuous.colour(100e6)));
    }

    void bandsAreFlat() {
        ColourScale s = scaleForRange(0, 100, false, 10);
        std::set<QRgb> colours;
        for (int i = 0; i <= 1000; ++i)
            colours.insert(s.colour(i / 10.0));
        QCOMPARE(int(colours.size()), 10);
        QCOMPARE(s.colour(0.5), s.colour(9.5));
        QVERIFY(s.colour(9.5) != s.colour(10.5));
        const auto table = s.table(250);
        QCOMPARE(int(std::set<QRgb>(table.begin(), table.end()).size()), 10);
        QCOMPARE(table[0], s.colour(1.0));
        QCOMPARE(table[249], s.colour(99.0));
        s.bands = 0;
        const auto smooth = s.table(256);
        QVERIFY(std::set<QRgb>(smooth.begin(), smooth.end()).size() > 200);
    }

    void outOfRangeAndInvalid() {
        ColourScale s = scaleForRange(10, 20, false);
        QCOMPARE(s.colour(9.999), s.below);
        QCOMPARE(s.colour(20.001), s.above);
        QCOMPARE(s.colour(std::nan("")), s.invalid);
        QCOMPARE(s.colour(std::numeric_limits<double>::infinity()), s.invalid);
        QVERIFY(s.colour(10) != s.below && s.colour(20) != s.above);
        QVERIFY(s.below != s.above && s.above != s.invalid);
    }

    void uniformFieldIsShown() {
        ColourScale s = scaleForRange(3.5, 3.5, false);
        QCOMPARE(s.colour(3.5), mapColour(ColourMapKind::Sequential, 0.55));
        QCOMPARE(s.colour(3.4), s.below);
        QCOMPARE(niceTicks(3.5, 3.5), std::vector<double>{3.5});
        const ColourScale zero = scaleForRange(0, 0, true);
        QVERIFY(zero.colour(0.0) != zero.below && zero.colour(0.0) != zero.above);
        // non-finite ranges do not poison the scale
        const ColourScale bad = scaleForRange(std::nan(""), 1, false);
        QVERIFY(std::isfinite(bad.min) && std::isfinite(bad.max));
    }

    void ticksAreNice() {
        QCOMPARE(niceTicks(0, 237.4e6, 6), (std::vector<double>{0, 50e6, 100e6, 150e6, 200e6}));
        const auto signedTicks = niceTicks(-3.2, 7.9, 6);
        QVERIFY(std::find(signedTicks.begin(), signedTicks.end(), 0.0) != signedTicks.end());
        std::mt19937 random(42);
        std::uniform_real_distribution<double> exponent(-9, 12), unit(-1, 1);
        for (int i = 0; i < 5000; ++i) {
            const double scale = std::pow(10.0, exponent(random));
            double lo = unit(random) * scale, hi = unit(random) * scale;
            if (lo > hi) std::swap(lo, hi);
            const int maxTicks = 2 + i % 9;
            const auto ticks = niceTicks(lo, hi, maxTicks);
            QVERIFY(!ticks.empty() && int(ticks.size()) <= maxTicks);
            const double slack = (hi - lo) * 1e-9;
            for (double t : ticks)
                QVERIFY2(t >= lo - slack && t <= hi + slack,
                         qPrintable(QString("%1 in [%2, %3]").arg(t).arg(lo).arg(hi)));
            if (ticks.size() >= 2) {
                const double step = ticks[1] - ticks[0];
                QVERIFY(isNiceStep(step));
                // at least two ticks whenever the range holds two nice values
                for (std::size_t k = 2; k < ticks.size(); ++k)
                    QVERIFY(std::abs(ticks[k] - ticks[k - 1] - step) <= step * 1e-6);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestColourMap)
#include "tst_colour_map.moc"
