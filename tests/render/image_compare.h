#pragma once
// Colour comparison for renderer tests: anti-aliasing and shading make exact pixel equality
// meaningless, so two colours differ when their channels together differ by more than a
// tolerance.

#include <QColor>

#include <cstdlib>

namespace wb::render::test {

inline constexpr int kColorTolerance = 24;

inline bool differs(QRgb a, QRgb b) {
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
               std::abs(qBlue(a) - qBlue(b)) >
           kColorTolerance;
}

} // namespace wb::render::test
