#include "unit_system.h"

#include <array>
#include <cctype>

namespace wb::sim {

namespace {

// Exact definitions (NIST SP 811): international inch, foot and pound, standard gravity,
// the International Table BTU.
constexpr double kInch = 0.0254;
constexpr double kFoot = 0.3048;
constexpr double kPound = 0.45359237;
constexpr double kGravity = 9.80665;
constexpr double kPoundForce = kPound * kGravity;
constexpr double kBtu = 1055.05585262;
constexpr double kHour = 3600;
constexpr double kFahrenheit = 5.0 / 9.0; // K per °F (a difference)
constexpr double kBtuPerHour = kBtu / kHour;

constexpr Unit kNone[] = {{"", 1}};
constexpr Unit kLength[] = {
    {"m", 1},
    {"mm", 1e-3},
    {"cm", 1e-2},
    {"µm", 1e-6, 0, "micron"},
    {"km", 1e3},
    {"in", kInch, 0, "inch"},
    {"ft", kFoot, 0, "foot|feet"},
};
constexpr Unit kForce[] = {
    {"N", 1},
    {"kN", 1e3},
    {"MN", 1e6},
    {"mN", 1e-3},
    {"lbf", kPoundForce, 0, "lb"},
    {"kip", 1e3 * kPoundForce, 0, "klbf"},
};
constexpr Unit kPressure[] = {
    {"Pa", 1, 0, "N/m²"},
    {"kPa", 1e3},
    {"MPa", 1e6, 0, "N/mm²"},
    {"GPa", 1e9, 0, "kN/mm²"},
    {"hPa", 1e2},
    {"bar", 1e5},
    {"mbar", 1e2},
    {"psi", kPoundForce / (kInch * kInch), 0, "lbf/in²"},
    {"ksi", 1e3 * kPoundForce / (kInch * kInch), 0, "kip/in²"},
};
constexpr Unit kAcceleration[] = {
    {"m/s²", 1}, {"mm/s²", 1e-3}, {"in/s²", kInch}, {"ft/s²", kFoot}, {"g", kGravity, 0, "gn"},
};
constexpr Unit kTemperature[] = {
    {"K", 1},
    {"°C", 1, 273.15, "C"},
    {"°F", kFahrenheit, 273.15 - 32 * kFahrenheit, "F"},
};
constexpr Unit kTemperatureDifference[] = {
    {"K", 1},
    {"°C", 1, 0, "C"},
    {"°F", kFahrenheit, 0, "F"},
};
constexpr Unit kHeatFlux[] = {
    {"W/m²", 1},    {"kW/m²", 1e3},  {"W/cm²", 1e4},
    {"W/mm²", 1e6}, {"mW/mm²", 1e3}, {"BTU/(h·ft²)", kBtuPerHour / (kFoot * kFoot)},
};
constexpr Unit kHeatTransferCoefficient[] = {
    {"W/(m²·K)", 1, 0, "W/(m²·°C)"},
    {"kW/(m²·K)", 1e3, 0, "kW/(m²·°C)"},
    {"W/(mm²·K)", 1e6, 0, "W/(mm²·°C)"},
    {"mW/(mm²·K)", 1e3, 0, "mW/(mm²·°C)"},
    {"BTU/(h·ft²·°F)", kBtuPerHour / (kFoot * kFoot * kFahrenheit)},
};
constexpr Unit kVolumetricHeat[] = {
    {"W/m³", 1},    {"kW/m³", 1e3}, {"MW/m³", 1e6},
    {"W/cm³", 1e6}, {"W/mm³", 1e9}, {"BTU/(h·ft³)", kBtuPerHour / (kFoot * kFoot * kFoot)},
};
constexpr Unit kDensity[] = {
    {"kg/m³", 1},
    {"g/cm³", 1e3, 0, "kg/dm³|t/m³"},
    {"t/mm³", 1e12},
    {"lb/in³", kPound / (kInch * kInch * kInch), 0, "lbm/in³"},
    {"lb/ft³", kPound / (kFoot * kFoot * kFoot), 0, "lbm/ft³"},
};
constexpr Unit kThermalConductivity[] = {
    {"W/(m·K)", 1, 0, "W/(m·°C)"},
    {"W/(mm·K)", 1e3, 0, "W/(mm·°C)"},
    {"BTU/(h·ft·°F)", kBtuPerHour / (kFoot * kFahrenheit)},
};
constexpr Unit kThermalExpansion[] = {
    {"1/K", 1, 0, "1/°C"},
    {"1/°F", 1 / kFahrenheit},
    {"µm/(m·K)", 1e-6, 0, "ppm/K|µm/(m·°C)"},
};
constexpr Unit kSpecificHeat[] = {
    {"J/(kg·K)", 1, 0, "J/(kg·°C)"},
    {"kJ/(kg·K)", 1e3, 0, "kJ/(kg·°C)"},
    {"J/(g·K)", 1e3, 0, "J/(g·°C)"},
    {"BTU/(lb·°F)", kBtu / (kPound * kFahrenheit)},
};

constexpr Unit kMoment[] = {
    {"N·m", 1},
    {"N·mm", 1e-3},
    {"kN·m", 1e3},
    {"lbf·in", kPoundForce* kInch, 0, "in·lbf"},
    {"lbf·ft", kPoundForce* kFoot, 0, "ft·lbf"},
};
constexpr Unit kHeatFlow[] = {
    {"W", 1},
    {"kW", 1e3},
    {"mW", 1e-3},
    {"BTU/h", kBtuPerHour},
};

// The accepted units of a quantity and, per system (as UnitSystem), the index of the one
// shown.
struct QuantityUnits {
    std::span<const Unit> units;
    std::array<int, 3> shown;
};

// In the order of Quantity.
const QuantityUnits kTable[kQuantityCount] = {
    {kNone, {0, 0, 0}},
    {kLength, {1, 0, 5}},                  // mm, m, in
    {kForce, {0, 0, 4}},                   // N, N, lbf
    {kPressure, {2, 0, 7}},                // MPa, Pa, psi
    {kAcceleration, {0, 0, 2}},            // m/s², m/s², in/s²
    {kTemperature, {1, 0, 2}},             // °C, K, °F
    {kHeatFlux, {0, 0, 5}},                // W/m², W/m², BTU/(h·ft²)
    {kHeatTransferCoefficient, {0, 0, 4}}, // W/(m²·K), W/(m²·K), BTU/(h·ft²·°F)
    {kVolumetricHeat, {0, 0, 5}},          // W/m³, W/m³, BTU/(h·ft³)
    {kTemperatureDifference, {0, 0, 2}},   // K, K, °F
    {kDensity, {0, 0, 3}},                 // kg/m³, kg/m³, lb/in³
    {kThermalConductivity, {0, 0, 2}},     // W/(m·K), W/(m·K), BTU/(h·ft·°F)
    {kThermalExpansion, {0, 0, 1}},        // 1/K, 1/K, 1/°F
    {kSpecificHeat, {0, 0, 3}},            // J/(kg·K), J/(kg·K), BTU/(lb·°F)
    {kMoment, {1, 0, 3}},                  // N·mm, N·m, lbf·in
    {kHeatFlow, {0, 0, 3}},                // W, W, BTU/h
};

const QuantityUnits& entry(Quantity q) {
    const int i = int(q);
    return kTable[i >= 0 && i < kQuantityCount ? i : 0];
}

// Replaces every `from` in `s` by `to`.
void replaceAll(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Calls `f(spelling)` for the symbol and each alias of `u` until it returns true.
template <typename F> bool anySpelling(const Unit& u, F&& f) {
    if (f(std::string_view(u.symbol))) return true;
    std::string_view rest(u.aliases);
    while (!rest.empty()) {
        const std::size_t bar = rest.find('|');
        if (f(rest.substr(0, bar))) return true;
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return false;
}

} // namespace

const char* unitSystemKey(UnitSystem s) {
    switch (s) {
    case UnitSystem::SI:
        return "si";
    case UnitSystem::InchPound:
        return "in_lbf_psi_f";
    case UnitSystem::MillimetreNewtonMegapascal:
        break;
    }
    return "mm_n_mpa_c";
}

std::optional<UnitSystem> unitSystemFromKey(std::string_view key) {
    for (UnitSystem s : kUnitSystems)
        if (key == unitSystemKey(s)) return s;
    return std::nullopt;
}

const Unit& displayUnit(Quantity q, UnitSystem s) {
    const QuantityUnits& e = entry(q);
    const int system = int(s) >= 0 && int(s) < 3 ? int(s) : 0;
    return e.units[std::size_t(e.shown[std::size_t(system)])];
}

std::span<const Unit> acceptedUnits(Quantity q) {
    return entry(q).units;
}

std::string normaliseUnitText(std::string_view text) {
    std::string s(text);
    // Spellings first (multi-byte characters), then the separators that carry no meaning.
    static constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
        {"\u2103", "degC"}, {"\u2109", "degF"}, {"\u00b0", "deg"}, {"\u00ba", "deg"},
        {"\u00b2", "2"},    {"\u00b3", "3"},    {"\u00b5", "u"},   {"\u03bc", "u"},
        {"\u00b7", ""},     {"\u22c5", ""},     {"\u00a0", ""},    {"\u202f", ""},
        {"\u2009", ""},     {"Btu", "BTU"},     {"btu", "BTU"},    {"hr", "h"},
    };
    for (const auto& [from, to] : kSpellings)
        replaceAll(s, from, to);
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '(' && c != ')' && c != '*' &&
            c != '^' && c != '.')
            out += c;
    return out;
}

const Unit* findUnit(Quantity q, std::string_view text) {
    const std::string wanted = normaliseUnitText(text);
    if (wanted.empty()) return nullptr;
    for (const Unit& u : acceptedUnits(q))
        if (anySpelling(u, [&](std::string_view s) { return normaliseUnitText(s) == wanted; }))
            return &u;
    return nullptr;
}

const Unit* suggestUnit(Quantity q, std::string_view text) {
    const std::string wanted = lower(normaliseUnitText(text));
    if (wanted.empty()) return nullptr;
    const Unit* found = nullptr;
    for (const Unit& u : acceptedUnits(q)) {
        if (!anySpelling(u,
                         [&](std::string_view s) { return lower(normaliseUnitText(s)) == wanted; }))
            continue;
        if (found) return nullptr; // "mn": mN or MN
        found = &u;
    }
    return found;
}

std::optional<Quantity> quantityOfUnit(std::string_view text) {
    for (int i = 0; i < kQuantityCount; ++i)
        if (findUnit(Quantity(i), text)) return Quantity(i);
    return std::nullopt;
}

double toSi(double value, Quantity q, UnitSystem s) {
    return toSi(value, displayUnit(q, s));
}

double fromSi(double si, Quantity q, UnitSystem s) {
    return fromSi(si, displayUnit(q, s));
}

const char* siUnit(Quantity q) {
    switch (q) {
    case Quantity::Length:
        return "m";
    case Quantity::Force:
        return "N";
    case Quantity::Pressure:
        return "Pa";
    case Quantity::Acceleration:
        return "m/s^2";
    case Quantity::Temperature:
    case Quantity::TemperatureDifference:
        return "K";
    case Quantity::HeatFlux:
        return "W/m^2";
    case Quantity::HeatTransferCoefficient:
        return "W/(m^2 K)";
    case Quantity::VolumetricHeat:
        return "W/m^3";
    case Quantity::Density:
        return "kg/m^3";
    case Quantity::ThermalConductivity:
        return "W/(m K)";
    case Quantity::ThermalExpansion:
        return "1/K";
    case Quantity::SpecificHeat:
        return "J/(kg K)";
    case Quantity::Moment:
        return "N m";
    case Quantity::HeatFlow:
        return "W";
    case Quantity::Dimensionless:
        break;
    }
    return "";
}

} // namespace wb::sim
