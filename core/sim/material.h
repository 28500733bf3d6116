#pragma once
/// Isotropic materials (SI) and the built-in library (material_library.h holds its entries).

#include "core/model/result.h"

#include <string>
#include <vector>

namespace wb::sim {

struct Material {
    std::string name;
    double youngsModulus = 0;       ///< Pa
    double poissonRatio = 0;        ///<
    double density = 0;             ///< kg/m^3
    double yieldStrength = 0;       ///< Pa (0.2 % proof; 0.1 % for grey cast iron)
    double thermalConductivity = 0; ///< W/mK
    // Not used by the solver today; 0 means "not given" (optional in the study file).
    double tensileStrength = 0;  ///< Pa, ultimate tensile strength
    double thermalExpansion = 0; ///< 1/K, linear, near room temperature
    double specificHeat = 0;     ///< J/(kg K)

    double lameLambda() const {
        return youngsModulus * poissonRatio / ((1 + poissonRatio) * (1 - 2 * poissonRatio));
    }
    double lameMu() const { return youngsModulus / (2 * (1 + poissonRatio)); }
    bool operator==(const Material&) const = default;
};

/// Checks the ranges of docs/study-format.md: every value finite, `youngsModulus`
/// positive, `poissonRatio` below 0.5, the others not negative, and a given tensile strength
/// not below the yield strength. The error ("study.invalid_field", args {field path, what})
/// names the field as `path.youngs_modulus` (or `youngs_modulus` for an empty `path`).
core::Result<bool> checkMaterial(const Material& m, const std::string& path);

/// Library material by id ("structural_steel", ...); NotFound for an unknown id.
core::Result<Material> libraryMaterial(const std::string& id);
/// Every library id.
std::vector<std::string> libraryMaterialIds();

} // namespace wb::sim
