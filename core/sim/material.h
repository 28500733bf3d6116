#pragma once
/// Isotropic materials (SI) and the built-in library.

#include "core/model/result.h"

#include <string>
#include <vector>

namespace wb::sim {

struct Material {
    std::string name;
    double youngsModulus = 0;       ///< Pa
    double poissonRatio = 0;        ///<
    double density = 0;             ///< kg/m^3
    double yieldStrength = 0;       ///< Pa
    double thermalConductivity = 0; ///< W/mK

    double lameLambda() const {
        return youngsModulus * poissonRatio / ((1 + poissonRatio) * (1 - 2 * poissonRatio));
    }
    double lameMu() const { return youngsModulus / (2 * (1 + poissonRatio)); }
    bool operator==(const Material&) const = default;
};

/// Library material by id ("structural_steel", ...); NotFound for an unknown id.
core::Result<Material> libraryMaterial(const std::string& id);
/// Every library id.
std::vector<std::string> libraryMaterialIds();

} // namespace wb::sim
