#include "units.h"

#include <array>
#include <cmath>
#include <utility>

namespace wb::core {

namespace {
constexpr std::array<std::pair<std::string_view, double>, 6> kUnits{
    {{"m", 1.0}, {"cm", 1e-2}, {"mm", 1e-3}, {"um", 1e-6}, {"in", 0.0254}, {"ft", 0.3048}}};
}

Result<double> metresPerUnit(std::string_view name) {
    for (const auto& [n, v] : kUnits)
        if (n == name) return v;
    return fail(ErrorCode::InvalidArgument, "unit.unknown",
                "unknown length unit '" + std::string(name) + "' (use m, cm, mm, um, in or ft)", {},
                {std::string(name)});
}

std::string unitName(double metres) {
    for (const auto& [n, v] : kUnits)
        if (std::abs(metres - v) <= 1e-12 * v) return std::string(n);
    return {};
}

} // namespace wb::core
