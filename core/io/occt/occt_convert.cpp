#include "occt_convert.h"

#include <TCollection_AsciiString.hxx>

#include <algorithm>
#include <cctype>
#include <utility>

namespace wb::core::io {

Transform toTransform(const gp_Trsf& trsf, double scale) {
    Transform t;
    for (int row = 1; row <= 3; ++row) {
        for (int col = 1; col <= 3; ++col)
            t.m[(col - 1) * 4 + (row - 1)] = trsf.Value(row, col);
        t.m[12 + (row - 1)] = trsf.Value(row, 4) * scale;
    }
    return t;
}

Color toColor(const Quantity_ColorRGBA& rgba) {
    double r = 0, g = 0, b = 0;
    rgba.GetRGB().Values(r, g, b, Quantity_TOC_sRGB);
    return {static_cast<float>(r), static_cast<float>(g), static_cast<float>(b), rgba.Alpha()};
}

std::string toUtf8(const TCollection_ExtendedString& text) {
    const TCollection_AsciiString utf8(text);
    return utf8.ToCString();
}

double metresPerUnitName(std::string name) {
    std::ranges::transform(name, name.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    static const std::pair<const char*, double> kUnits[] = {
        {"MM", 1e-3},         {"MILLIMETRE", 1e-3}, {"MILLIMETER", 1e-3}, {"M", 1.0},
        {"METRE", 1.0},       {"METER", 1.0},       {"CM", 1e-2},         {"CENTIMETRE", 1e-2},
        {"CENTIMETER", 1e-2}, {"KM", 1e3},          {"KILOMETRE", 1e3},   {"UM", 1e-6},
        {"MICROMETRE", 1e-6}, {"MICRON", 1e-6},     {"INCH", 0.0254},     {"IN", 0.0254},
        {"FOOT", 0.3048},     {"FT", 0.3048},       {"MIL", 2.54e-5},     {"MILE", 1609.344},
        {"MI", 1609.344},     {"DM", 0.1},          {"DECIMETRE", 0.1},   {"YARD", 0.9144},
    };
    for (const auto& [unit, metres] : kUnits)
        if (name == unit) return metres;
    return 0.0;
}

} // namespace wb::core::io
