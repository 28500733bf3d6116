// Unit systems: every accepted unit (and each of its spellings) converts by an independently
// written factor, values survive the round trip through every unit, absolute temperatures carry
// their offset and temperature differences do not, and each system shows the expected units.
#include "sim_check.h"

#include "core/sim/unit_system.h"

#include <map>
#include <set>

using namespace wb::sim;

namespace {

std::string spellings(const Unit& u) {
    return std::string(u.symbol) + (*u.aliases ? std::string("|") + u.aliases : "");
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t bar; (bar = s.find('|', start)) != std::string::npos; start = bar + 1)
        out.push_back(s.substr(start, bar - start));
    out.push_back(s.substr(start));
    return out;
}

// SI value of 1 unit (and of 0 units, for absolute temperatures), written out from published
// conversion factors rather than derived like unit_system.cpp does.
struct Expected {
    double one;
    double zero = 0;
};
const std::map<std::pair<Quantity, std::string>, Expected>& expectations() {
    using Q = Quantity;
    static const std::map<std::pair<Quantity, std::string>, Expected> m = {
        {{Q::Dimensionless, ""}, {1}},
        {{Q::Length, "m"}, {1}},
        {{Q::Length, "mm"}, {1e-3}},
        {{Q::Length, "cm"}, {1e-2}},
        {{Q::Length, "µm"}, {1e-6}},
        {{Q::Length, "km"}, {1e3}},
        {{Q::Length, "in"}, {0.0254}},
        {{Q::Length, "ft"}, {0.3048}},
        {{Q::Force, "N"}, {1}},
        {{Q::Force, "kN"}, {1e3}},
        {{Q::Force, "MN"}, {1e6}},
        {{Q::Force, "mN"}, {1e-3}},
        {{Q::Force, "lbf"}, {4.4482216152605}},
        {{Q::Force, "kip"}, {4448.2216152605}},
        {{Q::Pressure, "Pa"}, {1}},
        {{Q::Pressure, "kPa"}, {1e3}},
        {{Q::Pressure, "MPa"}, {1e6}},
        {{Q::Pressure, "GPa"}, {1e9}},
        {{Q::Pressure, "hPa"}, {100}},
        {{Q::Pressure, "bar"}, {1e5}},
        {{Q::Pressure, "mbar"}, {100}},
        {{Q::Pressure, "psi"}, {6894.757293168361}},
        {{Q::Pressure, "ksi"}, {6894757.293168361}},
        {{Q::Acceleration, "m/s²"}, {1}},
        {{Q::Acceleration, "mm/s²"}, {1e-3}},
        {{Q::Acceleration, "in/s²"}, {0.0254}},
        {{Q::Acceleration, "ft/s²"}, {0.3048}},
        {{Q::Acceleration, "g"}, {9.80665}},
        {{Q::Temperature, "K"}, {1}},
        {{Q::Temperature, "°C"}, {274.15, 273.15}},
        {{Q::Temperature, "°F"}, {255.9277777777778, 255.3722222222222}},
        {{Q::TemperatureDifference, "K"}, {1}},
        {{Q::TemperatureDifference, "°C"}, {1}},
        {{Q::TemperatureDifference, "°F"}, {0.5555555555555556}},
        {{Q::HeatFlux, "W/m²"}, {1}},
        {{Q::HeatFlux, "kW/m²"}, {1e3}},
        {{Q::HeatFlux, "W/cm²"}, {1e4}},
        {{Q::HeatFlux, "W/mm²"}, {1e6}},
        {{Q::HeatFlux, "mW/mm²"}, {1e3}},
        {{Q::HeatFlux, "BTU/(h·ft²)"}, {3.154590745}},
        {{Q::HeatTransferCoefficient, "W/(m²·K)"}, {1}},
        {{Q::HeatTransferCoefficient, "kW/(m²·K)"}, {1e3}},
        {{Q::HeatTransferCoefficient, "W/(mm²·K)"}, {1e6}},
        {{Q::HeatTransferCoefficient, "mW/(mm²·K)"}, {1e3}},
        {{Q::HeatTransferCoefficient, "BTU/(h·ft²·°F)"}, {5.678263341}},
        {{Q::VolumetricHeat, "W/m³"}, {1}},
        {{Q::VolumetricHeat, "kW/m³"}, {1e3}},
        {{Q::VolumetricHeat, "MW/m³"}, {1e6}},
        {{Q::VolumetricHeat, "W/cm³"}, {1e6}},
        {{Q::VolumetricHeat, "W/mm³"}, {1e9}},
        {{Q::VolumetricHeat, "BTU/(h·ft³)"}, {10.34970717}},
        {{Q::Density, "kg/m³"}, {1}},
        {{Q::Density, "g/cm³"}, {1e3}},
        {{Q::Density, "t/mm³"}, {1e12}},
        {{Q::Density, "lb/in³"}, {27679.90471}},
        {{Q::Density, "lb/ft³"}, {16.01846337}},
        {{Q::ThermalConductivity, "W/(m·K)"}, {1}},
        {{Q::ThermalConductivity, "W/(mm·K)"}, {1e3}},
        {{Q::ThermalConductivity, "BTU/(h·ft·°F)"}, {1.730734666}},
        {{Q::ThermalExpansion, "1/K"}, {1}},
        {{Q::ThermalExpansion, "1/°F"}, {1.8}},
        {{Q::ThermalExpansion, "µm/(m·K)"}, {1e-6}},
        {{Q::SpecificHeat, "J/(kg·K)"}, {1}},
        {{Q::SpecificHeat, "kJ/(kg·K)"}, {1e3}},
        {{Q::SpecificHeat, "J/(g·K)"}, {1e3}},
        {{Q::SpecificHeat, "BTU/(lb·°F)"}, {4186.8}},
        {{Q::Moment, "N·m"}, {1}},
        {{Q::Moment, "N·mm"}, {1e-3}},
        {{Q::Moment, "kN·m"}, {1e3}},
        {{Q::Moment, "lbf·in"}, {0.112984829}},
        {{Q::Moment, "lbf·ft"}, {1.355817948}},
        {{Q::HeatFlow, "W"}, {1}},
        {{Q::HeatFlow, "kW"}, {1e3}},
        {{Q::HeatFlow, "mW"}, {1e-3}},
        {{Q::HeatFlow, "BTU/h"}, {0.2930710702}},
    };
    return m;
}

void everyUnitConverts() {
    int checked = 0;
    for (int i = 0; i < kQuantityCount; ++i) {
        const Quantity q = Quantity(i);
        SIM_CHECK(!acceptedUnits(q).empty());
        // The SI unit comes first and is the identity.
        SIM_CHECK(acceptedUnits(q).front().factor == 1 && acceptedUnits(q).front().offset == 0);
        std::set<std::string> seen;
        for (const Unit& u : acceptedUnits(q)) {
            const auto it = expectations().find({q, u.symbol});
            if (it == expectations().end()) {
                std::cerr << "no expected value for unit '" << u.symbol << "' of quantity " << i
                          << "\n";
                SIM_CHECK(false);
                continue;
            }
            SIM_CHECK_NEAR(toSi(1, u), it->second.one, 1e-9);
            SIM_CHECK(std::abs(toSi(0, u) - it->second.zero) <= 1e-9 * (1 + it->second.zero));
            for (const std::string& s : split(spellings(u))) {
                if (*u.symbol == 0) continue; // Dimensionless: nothing to type
                // Each spelling finds this unit, and no other unit of q spells the same.
                SIM_CHECK(findUnit(q, s) == &u);
                SIM_CHECK(seen.insert(normaliseUnitText(s)).second);
                SIM_CHECK(quantityOfUnit(s).has_value());
                ++checked;
            }
            for (double v : {-3.7, 0.0, 1.0, 2.5, 12345.6, 2.1e11, 1.2e-5})
                SIM_CHECK_NEAR(fromSi(toSi(v, u), u) + 1, v + 1, 1e-12);
        }
    }
    SIM_CHECK(checked > 60);
}

void displayUnits() {
    using Q = Quantity;
    const auto shown = [](Q q) {
        std::string s;
        for (UnitSystem sys : kUnitSystems)
            s += std::string(displayUnit(q, sys).symbol) + ";";
        return s;
    };
    SIM_CHECK(shown(Q::Length) == "mm;m;in;");
    SIM_CHECK(shown(Q::Force) == "N;N;lbf;");
    SIM_CHECK(shown(Q::Pressure) == "MPa;Pa;psi;");
    SIM_CHECK(shown(Q::Temperature) == "°C;K;°F;");
    SIM_CHECK(shown(Q::TemperatureDifference) == "K;K;°F;");
    SIM_CHECK(shown(Q::HeatTransferCoefficient) == "W/(m²·K);W/(m²·K);BTU/(h·ft²·°F);");
    SIM_CHECK(shown(Q::Density) == "kg/m³;kg/m³;lb/in³;");
    SIM_CHECK(shown(Q::Moment) == "N·mm;N·m;lbf·in;");
    SIM_CHECK(shown(Q::HeatFlow) == "W;W;BTU/h;");
    SIM_CHECK(shown(Q::Dimensionless) == ";;;");
    // Every shown unit is one that can be typed back.
    for (int i = 1; i < kQuantityCount; ++i)
        for (UnitSystem sys : kUnitSystems)
            SIM_CHECK(findUnit(Quantity(i), displayUnit(Quantity(i), sys).symbol) ==
                      &displayUnit(Quantity(i), sys));
    // Round trips through each system's display unit.
    for (int i = 0; i < kQuantityCount; ++i)
        for (UnitSystem sys : kUnitSystems)
            for (double si : {-40.0, 0.0, 0.0025, 293.15, 2.1e11})
                SIM_CHECK_NEAR(toSi(fromSi(si, Quantity(i), sys), Quantity(i), sys) + 1, si + 1,
                               1e-12);
}

void temperatureAndDifference() {
    using Q = Quantity;
    SIM_CHECK_NEAR(toSi(20, Q::Temperature, UnitSystem::MillimetreNewtonMegapascal), 293.15, 1e-12);
    SIM_CHECK_NEAR(toSi(68, Q::Temperature, UnitSystem::InchPound), 293.15, 1e-12);
    SIM_CHECK_NEAR(toSi(-40, *findUnit(Q::Temperature, "°F")),
                   toSi(-40, *findUnit(Q::Temperature, "°C")), 1e-12);
    SIM_CHECK_NEAR(fromSi(273.15, Q::Temperature, UnitSystem::InchPound), 32, 1e-12);
    // A difference of 10 °F is 50/9 K, of 10 °C 10 K: no offset.
    SIM_CHECK_NEAR(toSi(10, Q::TemperatureDifference, UnitSystem::InchPound), 10 * 5.0 / 9.0,
                   1e-12);
    SIM_CHECK_NEAR(toSi(10, *findUnit(Q::TemperatureDifference, "°C")), 10, 1e-12);
    SIM_CHECK_NEAR(fromSi(10, Q::TemperatureDifference, UnitSystem::InchPound), 18, 1e-12);
    // Coefficients per kelvin take °F as a difference as well.
    SIM_CHECK_NEAR(toSi(1, Q::HeatTransferCoefficient, UnitSystem::InchPound), 5.678263341, 1e-9);
    SIM_CHECK_NEAR(toSi(6.5e-6, *findUnit(Q::ThermalExpansion, "1/°F")), 1.17e-5, 1e-12);
}

void spellingsAndCase() {
    using Q = Quantity;
    const auto is = [](Q q, const char* text, const char* symbol) {
        const Unit* u = findUnit(q, text);
        return u && std::string(u->symbol) == symbol;
    };
    SIM_CHECK(is(Q::Pressure, "N/mm^2", "MPa"));
    SIM_CHECK(is(Q::Pressure, "N/mm2", "MPa"));
    SIM_CHECK(is(Q::Pressure, "N / mm²", "MPa"));
    SIM_CHECK(is(Q::HeatTransferCoefficient, "W/m^2K", "W/(m²·K)"));
    SIM_CHECK(is(Q::HeatTransferCoefficient, "W/(m2 K)", "W/(m²·K)"));
    SIM_CHECK(is(Q::HeatTransferCoefficient, "W/(m²*°C)", "W/(m²·K)"));
    SIM_CHECK(is(Q::HeatTransferCoefficient, "Btu/(hr ft² °F)", "BTU/(h·ft²·°F)"));
    SIM_CHECK(is(Q::Length, "um", "µm"));
    SIM_CHECK(is(Q::Length, "\u03bcm", "µm")); // Greek mu
    SIM_CHECK(is(Q::Temperature, "degC", "°C"));
    SIM_CHECK(is(Q::Temperature, "deg C", "°C"));
    SIM_CHECK(is(Q::Temperature, "C", "°C"));
    SIM_CHECK(is(Q::Temperature, "\u2103", "°C"));
    SIM_CHECK(is(Q::Temperature, "\u00baF", "°F")); // ordinal indicator for a degree sign
    SIM_CHECK(is(Q::Density, "kg/m3", "kg/m³"));
    SIM_CHECK(is(Q::Density, "lbm/in^3", "lb/in³"));
    SIM_CHECK(is(Q::Acceleration, "m/s^2", "m/s²"));
    // Case matters: mm is not Mm, and nothing guesses.
    SIM_CHECK(findUnit(Q::Length, "MM") == nullptr);
    SIM_CHECK(findUnit(Q::Pressure, "mpa") == nullptr);
    SIM_CHECK(findUnit(Q::Pressure, "") == nullptr);
    SIM_CHECK(findUnit(Q::Dimensionless, "") == nullptr);
    SIM_CHECK(suggestUnit(Q::Pressure, "mpa") == findUnit(Q::Pressure, "MPa"));
    SIM_CHECK(suggestUnit(Q::Force, "mn") == nullptr); // mN or MN
    SIM_CHECK(suggestUnit(Q::Force, "xyz") == nullptr);
    // Units of the wrong quantity.
    SIM_CHECK(findUnit(Q::Pressure, "kN") == nullptr);
    SIM_CHECK(quantityOfUnit("kN") == Q::Force);
    SIM_CHECK(quantityOfUnit("GPa") == Q::Pressure);
    SIM_CHECK(quantityOfUnit("°C") == Q::Temperature);
    SIM_CHECK(!quantityOfUnit("xyz").has_value());
    SIM_CHECK(!quantityOfUnit("").has_value());
}

void systemKeys() {
    std::set<std::string> keys;
    for (UnitSystem s : kUnitSystems) {
        SIM_CHECK(unitSystemFromKey(unitSystemKey(s)) == s);
        SIM_CHECK(keys.insert(unitSystemKey(s)).second);
    }
    SIM_CHECK(!unitSystemFromKey("mm").has_value());
    SIM_CHECK(!unitSystemFromKey("").has_value());
    SIM_CHECK(std::string(siUnit(Quantity::Density)) == "kg/m^3");
    SIM_CHECK(std::string(siUnit(Quantity::TemperatureDifference)) == "K");
}

} // namespace

int main() {
    everyUnitConverts();
    displayUnits();
    temperatureAndDifference();
    spellingsAndCase();
    systemKeys();
    return simtest::finish("tst_sim_unit_system");
}
