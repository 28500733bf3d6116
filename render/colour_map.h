#pragma once
/// Colour maps for result fields and the values a legend shows.
/// Pure functions, no GL: the renderer turns a ColourScale into a texture, the legend draws
/// the same scale, so both always agree.

#include <QRgb>

#include <vector>

namespace wb::render {

enum class ColourMapKind {
    Sequential, ///< perceptually uniform, dark blue to yellow (viridis-like): magnitudes
    Diverging,  ///< blue through light grey to red, centred on zero: signed fields
    Rainbow,    ///< turbo-like rainbow, for those who read results that way
};

/// The colour of a map at t in [0, 1] (clamped).
QRgb mapColour(ColourMapKind kind, double t);

/// How values become colours.
struct ColourScale {
    ColourMapKind kind = ColourMapKind::Sequential;
    double min = 0.0;
    double max = 1.0;
    int bands = 10; ///< 0: continuous; otherwise the range is split into this many flat bands
    QRgb below = qRgb(40, 40, 40);   ///< values under min
    QRgb above = qRgb(255, 0, 255);  ///< values over max
    QRgb invalid = qRgb(128, 128, 128); ///< NaN, or a field value that is missing

    /// Where `value` sits in the range, 0..1 (a uniform field, min == max, gives 0.5).
    double position(double value) const;
    QRgb colour(double value) const;
    /// A table of `size` colours over [min, max] for a 1D texture (bands are exact when
    /// size is a multiple of bands).
    std::vector<QRgb> table(int size = 256) const;
};

/// A scale for a field's range: sequential from min to max, or for a signed field a
/// diverging one symmetric about zero (so that zero is the neutral colour).
ColourScale scaleForRange(double min, double max, bool signedField, int bands = 10);

/// A scale for a range the user chose (locked or typed): taken as it is, not widened about
/// zero, with the map scaleForRange() gives a field of this kind.
ColourScale scaleForChosenRange(double min, double max, bool signedField, int bands = 10);

/// Legend tick values: "nice" numbers (1, 2, 2.5 or 5 times a power of ten) inside
/// [min, max], at most maxTicks of them, always at least one. A uniform range gives {min}.
std::vector<double> niceTicks(double min, double max, int maxTicks = 6);

} // namespace wb::render
