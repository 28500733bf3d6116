#include "material.h"

#include <cmath>

namespace wb::sim {

core::Result<bool> checkMaterial(const Material& m, const std::string& path) {
    auto error = [&](const std::string& key, const std::string& what) {
        const std::string at = path.empty() ? key : path + "." + key;
        return core::fail(core::ErrorCode::InvalidArgument, "study.invalid_field", what, at,
                          {at, what});
    };
    struct Item {
        const char* key;
        double value;
        bool positive;
    };
    const Item items[] = {{"youngs_modulus", m.youngsModulus, true},
                          {"poisson_ratio", m.poissonRatio, false},
                          {"density", m.density, false},
                          {"yield_strength", m.yieldStrength, false},
                          {"thermal_conductivity", m.thermalConductivity, false},
                          {"tensile_strength", m.tensileStrength, false},
                          {"thermal_expansion", m.thermalExpansion, false},
                          {"specific_heat", m.specificHeat, false}};
    for (const Item& it : items) {
        if (!std::isfinite(it.value)) return error(it.key, "not a finite number");
        if (it.value < 0 || (it.positive && it.value == 0))
            return error(it.key, it.positive ? "must be positive" : "must not be negative");
    }
    if (m.poissonRatio >= 0.5) return error("poisson_ratio", "must be below 0.5");
    if (m.tensileStrength > 0 && m.tensileStrength < m.yieldStrength)
        return error("tensile_strength", "must not be below the yield strength");
    return true;
}

} // namespace wb::sim
