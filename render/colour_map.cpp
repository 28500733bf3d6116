#include "colour_map.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace wb::render {

namespace {

// Evenly spaced stops of each map (sRGB), interpolated linearly between neighbours.
constexpr std::array<QRgb, 10> kSequential = {
    0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E,
    0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725};
constexpr std::array<QRgb, 9> kDiverging = {
    0x3B4CC0, 0x6788EE, 0x9ABBFF, 0xC9D7F0, 0xDDDDDD,
    0xEDD1C2, 0xF7A889, 0xE26952, 0xB40426};
constexpr std::array<QRgb, 15> kRainbow = {
    0x30123B, 0x4145AB, 0x4675ED, 0x39A2FC, 0x1BCFD4, 0x24ECA6, 0x61FC6C, 0xA4FC3B,
    0xD1E834, 0xF3C63A, 0xFE9B2D, 0xF36315, 0xD93806, 0xB11901, 0x7A0403};

QRgb interpolate(std::span<const QRgb> stops, double t) {
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const double x = t * double(stops.size() - 1);
    const auto i = std::min(std::size_t(x), stops.size() - 2);
    const double f = x - double(i);
    auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    const QRgb a = stops[i], b = stops[i + 1];
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

} // namespace

QRgb mapColour(ColourMapKind kind, double t) {
    switch (kind) {
    case ColourMapKind::Diverging: return interpolate(kDiverging, t);
    case ColourMapKind::Rainbow: return interpolate(kRainbow, t);
    case ColourMapKind::Sequential: break;
    }
    return interpolate(kSequential, t);
}

double ColourScale::position(double value) const {
    if (!(max > min)) return 0.5;
    return (value - min) / (max - min);
}

QRgb ColourScale::colour(double value) const {
    if (!std::isfinite(value)) return invalid;
    if (max > min) {
        if (value < min) return below;
        if (value > max) return above;
    } else if (value != min) {
        return value < min ? below : above;
    }
    double t = position(value);
    if (bands > 0) {
        const int band = std::min(int(t * bands), bands - 1);
        t = (band + 0.5) / bands;
    }
    return mapColour(kind, t);
}

std::vector<QRgb> ColourScale::table(int size) const {
    std::vector<QRgb> out(std::size_t(std::max(size, 2)));
    for (std::size_t i = 0; i < out.size(); ++i) {
        // texel centres, so that a texture lookup at t lands on colour(min + t (max - min))
        const double t = (double(i) + 0.5) / double(out.size());
        if (bands > 0) {
            const int band = std::min(int(t * bands), bands - 1);
            out[i] = mapColour(kind, (band + 0.5) / bands);
        } else {
            out[i] = mapColour(kind, t);
        }
    }
    return out;
}

ColourScale scaleForRange(double min, double max, bool signedField, int bands) {
    ColourScale s;
    s.bands = std::max(bands, 0);
    if (!std::isfinite(min) || !std::isfinite(max)) min = max = 0.0;
    if (min > max) std::swap(min, max);
    if (signedField) {
        const double m = std::max(std::abs(min), std::abs(max));
        s.kind = ColourMapKind::Diverging;
        s.min = -m;
        s.max = m;
    } else {
        s.min = min;
        s.max = max;
    }
    return s;
}

ColourScale scaleForChosenRange(double min, double max, bool signedField, int bands) {
    ColourScale s = scaleForRange(min, max, signedField, bands);
    if (std::isfinite(min) && std::isfinite(max)) {
        s.min = std::min(min, max);
        s.max = std::max(min, max);
    }
    return s;
}

std::vector<double> niceTicks(double min, double max, int maxTicks) {
    if (!std::isfinite(min) || !std::isfinite(max)) return {0.0};
    if (min > max) std::swap(min, max);
    const double range = max - min;
    if (!(range > 0) || maxTicks < 2) return {min};
    const double rough = range / double(maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double unit = magnitude;; unit *= 10) {
        for (double factor : {1.0, 2.0, 2.5, 5.0}) {
            const double step = factor * unit;
            const double first = std::ceil(min / step - 1e-9);
            const double last = std::floor(max / step + 1e-9);
            if (last - first + 1 > maxTicks) continue;
            std::vector<double> ticks;
            for (double k = first; k <= last; ++k)
                ticks.push_back(k == 0 ? 0.0 : k * step);
            if (ticks.empty()) ticks.push_back(min);
            return ticks;
        }
    }
}

} // namespace wb::render
