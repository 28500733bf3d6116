#include "material.h"

#include <array>

namespace wb::sim {

namespace {
struct Entry {
    const char* id;
    Material m;
};
// E (Pa), nu, density, yield (Pa), conductivity (W/mK): typical handbook values.
const std::array<Entry, 13> kLibrary{{
    {"structural_steel", {"Structural steel", 210e9, 0.3, 7850, 250e6, 50}},
    {"steel_s235", {"Steel S235", 210e9, 0.3, 7850, 235e6, 50}},
    {"steel_s355", {"Steel S355", 210e9, 0.3, 7850, 355e6, 50}},
    {"stainless_1_4301", {"Stainless steel 1.4301", 200e9, 0.29, 7900, 210e6, 15}},
    {"aluminium_6061_t6", {"Aluminium 6061-T6", 68.9e9, 0.33, 2700, 276e6, 167}},
    {"aluminium_7075_t6", {"Aluminium 7075-T6", 71.7e9, 0.33, 2810, 503e6, 130}},
    {"titanium_ti6al4v", {"Titanium Ti-6Al-4V", 113.8e9, 0.342, 4430, 880e6, 6.7}},
    {"cast_iron_gjl250", {"Cast iron EN-GJL-250", 110e9, 0.26, 7200, 165e6, 48}},
    {"copper", {"Copper", 117e9, 0.34, 8940, 70e6, 390}},
    {"brass", {"Brass", 100e9, 0.34, 8500, 200e6, 110}},
    {"abs", {"ABS", 2.3e9, 0.35, 1050, 40e6, 0.17}},
    {"pa12", {"PA12", 1.7e9, 0.4, 1010, 48e6, 0.25}},
    {"peek", {"PEEK", 3.6e9, 0.4, 1300, 100e6, 0.25}},
}};
} // namespace

core::Result<Material> libraryMaterial(const std::string& id) {
    for (const Entry& e : kLibrary)
        if (id == e.id) return e.m;
    return core::fail(core::ErrorCode::NotFound, "sim.unknown_material",
                      "unknown material '" + id + "'", {}, {id});
}

std::vector<std::string> libraryMaterialIds() {
    std::vector<std::string> ids;
    for (const Entry& e : kLibrary)
        ids.emplace_back(e.id);
    return ids;
}

} // namespace wb::sim
