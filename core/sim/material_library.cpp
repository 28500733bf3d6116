// The built-in material library. Values are typical room-temperature handbook values; where a
// standard gives minimum strengths (EN 10025-2, EN 10088-2, EN 755-2, EN 1561, EN 1563, ...)
// the strengths are those minima for the product form named in the source note.
#include "material_library.h"

#include <array>

namespace wb::sim {

namespace {

using C = MaterialCategory;

struct Row {
    const char* id;
    C category;
    const char* name;
    // E (Pa), nu, density (kg/m^3), yield (Pa), conductivity (W/mK), tensile strength (Pa),
    // expansion (1/K), specific heat (J/kgK): in Material's order.
    double e, nu, rho, yield, k, uts, alpha, cp;
    const char* source;
};

// The first 13 ids (and their E, nu, density, yield, conductivity) are those of the first
// library: studies and tests name them, so their values stay as they are.
constexpr std::array kRows{
    // steels
    Row{"structural_steel", C::Steel, "Structural steel", 210e9, 0.3, 7850, 250e6, 50, 400e6, 12e-6,
        460, "ASTM A36 (minimum strengths)"},
    Row{"steel_s235", C::Steel, "Steel S235", 210e9, 0.3, 7850, 235e6, 50, 360e6, 12e-6, 460,
        "EN 10025-2 (t ≤ 16 mm, minimum strengths)"},
    Row{"steel_s275", C::Steel, "Steel S275", 210e9, 0.3, 7850, 275e6, 50, 410e6, 12e-6, 460,
        "EN 10025-2 (t ≤ 16 mm, minimum strengths)"},
    Row{"steel_s355", C::Steel, "Steel S355", 210e9, 0.3, 7850, 355e6, 50, 470e6, 12e-6, 460,
        "EN 10025-2 (t ≤ 16 mm, minimum strengths)"},
    Row{"steel_c45", C::Steel, "Steel C45 (+QT)", 210e9, 0.3, 7850, 430e6, 50, 650e6, 11.5e-6, 470,
        "EN ISO 683-1 (+QT, 16 < d ≤ 40 mm, minimum strengths)"},
    Row{"steel_42crmo4", C::Steel, "Steel 42CrMo4 (+QT)", 210e9, 0.3, 7850, 750e6, 42, 1000e6,
        11.1e-6, 460, "EN ISO 683-2 (+QT, 16 < d ≤ 40 mm, minimum strengths)"},
    // stainless steels
    Row{"stainless_1_4301", C::Stainless, "Stainless steel 1.4301", 200e9, 0.29, 7900, 210e6, 15,
        520e6, 16e-6, 500, "EN 10088-2 (hot-rolled plate P); physical data EN 10088-1"},
    Row{"stainless_1_4404", C::Stainless, "Stainless steel 1.4404", 200e9, 0.3, 8000, 220e6, 15,
        520e6, 16e-6, 500, "EN 10088-2 (hot-rolled plate P); physical data EN 10088-1"},
    Row{"stainless_1_4571", C::Stainless, "Stainless steel 1.4571", 200e9, 0.3, 8000, 220e6, 15,
        520e6, 16.5e-6, 500, "EN 10088-2 (hot-rolled plate P); physical data EN 10088-1"},
    Row{"stainless_1_4462", C::Stainless, "Duplex stainless steel 1.4462", 200e9, 0.3, 7800, 460e6,
        15, 640e6, 13e-6, 500, "EN 10088-2 (hot-rolled plate P); physical data EN 10088-1"},
    // aluminium alloys
    Row{"aluminium_6060_t6", C::Aluminium, "Aluminium EN AW-6060 T6", 69e9, 0.33, 2700, 150e6, 200,
        190e6, 23.4e-6, 900, "EN 573-3 / EN 755-2 (T6, e ≤ 3 mm, minimum strengths)"},
    Row{"aluminium_6061_t6", C::Aluminium, "Aluminium 6061-T6", 68.9e9, 0.33, 2700, 276e6, 167,
        310e6, 23.6e-6, 896, "ASM typical; EN AW-6061 per EN 573-3 / EN 755-2 (T6)"},
    Row{"aluminium_6082_t6", C::Aluminium, "Aluminium EN AW-6082 T6", 70e9, 0.33, 2700, 250e6, 170,
        290e6, 23.1e-6, 900, "EN 573-3 / EN 755-2 (T6, e ≤ 5 mm, minimum strengths)"},
    Row{"aluminium_7075_t6", C::Aluminium, "Aluminium 7075-T6", 71.7e9, 0.33, 2810, 503e6, 130,
        572e6, 23.4e-6, 960, "ASM typical; EN AW-7075 per EN 573-3 / EN 755-2 (T6)"},
    Row{"aluminium_5083_o", C::Aluminium, "Aluminium EN AW-5083 O/H111", 71e9, 0.33, 2660, 125e6,
        117, 275e6, 24.2e-6, 900, "EN 573-3 / EN 485-2 (O/H111, minimum strengths)"},
    Row{"aluminium_2024_t3", C::Aluminium, "Aluminium EN AW-2024 T3", 73.1e9, 0.33, 2780, 345e6,
        121, 483e6, 23.2e-6, 875, "ASM typical (sheet); EN 573-3 / EN 485-2 (T3)"},
    // titanium
    Row{"titanium_grade2", C::Titanium, "Titanium grade 2", 105e9, 0.34, 4510, 275e6, 16.4, 345e6,
        8.6e-6, 523, "ASTM B265 grade 2 (minimum strengths)"},
    Row{"titanium_ti6al4v", C::Titanium, "Titanium Ti-6Al-4V", 113.8e9, 0.342, 4430, 880e6, 6.7,
        950e6, 8.6e-6, 526, "ASTM B265 grade 5 / AMS 4911 (annealed, typical)"},
    // cast irons (grey iron: yield = 0.1 % proof stress)
    Row{"cast_iron_gjl200", C::CastIron, "Cast iron EN-GJL-200", 100e9, 0.26, 7150, 130e6, 50,
        200e6, 11.7e-6, 460, "EN 1561 (tensile strength minimum; annex values)"},
    Row{"cast_iron_gjl250", C::CastIron, "Cast iron EN-GJL-250", 110e9, 0.26, 7200, 165e6, 48,
        250e6, 11.7e-6, 460, "EN 1561 (tensile strength minimum; annex values)"},
    Row{"cast_iron_gjl300", C::CastIron, "Cast iron EN-GJL-300", 120e9, 0.26, 7250, 195e6, 47.5,
        300e6, 11.7e-6, 460, "EN 1561 (tensile strength minimum; annex values)"},
    Row{"cast_iron_gjs400_15", C::CastIron, "Cast iron EN-GJS-400-15", 169e9, 0.275, 7100, 250e6,
        36.2, 400e6, 12.5e-6, 515, "EN 1563 (minimum strengths; annex values)"},
    Row{"cast_iron_gjs500_7", C::CastIron, "Cast iron EN-GJS-500-7", 169e9, 0.275, 7100, 320e6,
        35.2, 500e6, 12.5e-6, 515, "EN 1563 (minimum strengths; annex values)"},
    Row{"cast_iron_gjs700_2", C::CastIron, "Cast iron EN-GJS-700-2", 176e9, 0.275, 7200, 420e6,
        31.1, 700e6, 12.5e-6, 515, "EN 1563 (minimum strengths; annex values)"},
    // copper alloys
    Row{"copper", C::CopperAlloy, "Copper", 117e9, 0.34, 8940, 70e6, 390, 220e6, 17e-6, 385,
        "Cu-ETP CW004A annealed, EN 1652 (R220)"},
    Row{"brass", C::CopperAlloy, "Brass", 100e9, 0.34, 8500, 200e6, 110, 350e6, 20.2e-6, 380,
        "CuZn37 CW508L, EN 1652 (R350)"},
    Row{"bronze_cusn8", C::CopperAlloy, "Tin bronze CuSn8", 115e9, 0.34, 8800, 170e6, 67, 390e6,
        18.2e-6, 377, "CW453K, EN 1652 / EN 12166 (R390, soft)"},
    Row{"copper_beryllium_cube2", C::CopperAlloy, "Beryllium copper CuBe2 (age hardened)", 131e9,
        0.3, 8300, 1000e6, 105, 1150e6, 17e-6, 420,
        "CW101C, EN 1654 (precipitation hardened, minimum strengths)"},
    // polymers (unfilled unless named; ISO 527 at 23 C; tensile strength = stress maximum)
    Row{"abs", C::Polymer, "ABS", 2.3e9, 0.35, 1050, 40e6, 0.17, 40e6, 90e-6, 1300,
        "ISO 19062 moulding grade, typical data sheet values"},
    Row{"pa6", C::Polymer, "PA6 (dry)", 3e9, 0.39, 1130, 80e6, 0.25, 80e6, 80e-6, 1700,
        "ISO 16396 moulding grade, dry as moulded, typical data sheet values"},
    Row{"pa66_gf30", C::Polymer, "PA66-GF30 (dry)", 10e9, 0.35, 1360, 180e6, 0.35, 180e6, 25e-6,
        1500,
        "ISO 16396, dry as moulded, along the flow; breaks without yielding: yield = tensile "
        "strength"},
    Row{"pa12", C::Polymer, "PA12", 1.7e9, 0.4, 1010, 48e6, 0.25, 48e6, 110e-6, 1260,
        "ISO 16396 moulding grade, typical data sheet values"},
    Row{"pom", C::Polymer, "POM copolymer", 2.8e9, 0.37, 1410, 65e6, 0.31, 65e6, 110e-6, 1500,
        "ISO 29988 moulding grade, typical data sheet values"},
    Row{"pc", C::Polymer, "PC", 2.35e9, 0.37, 1200, 63e6, 0.2, 65e6, 65e-6, 1200,
        "ISO 21305 moulding grade, typical data sheet values"},
    Row{"peek", C::Polymer, "PEEK", 3.6e9, 0.4, 1300, 100e6, 0.25, 100e6, 45e-6, 1340,
        "unfilled PEEK, typical data sheet values (ISO 527)"},
    Row{"pp", C::Polymer, "PP homopolymer", 1.5e9, 0.42, 905, 33e6, 0.22, 33e6, 150e-6, 1900,
        "ISO 19069 moulding grade, typical data sheet values"},
    Row{"pe_hd", C::Polymer, "PE-HD", 1e9, 0.42, 955, 25e6, 0.4, 25e6, 150e-6, 1900,
        "ISO 17855 moulding grade, typical data sheet values"},
    Row{"ptfe", C::Polymer, "PTFE", 0.5e9, 0.46, 2170, 10e6, 0.25, 25e6, 130e-6, 1000,
        "ISO 13000 moulded, typical data sheet values"},
};

constexpr std::array kCategoryIds{"steel",     "stainless",    "aluminium", "titanium",
                                  "cast_iron", "copper_alloy", "polymer"};

} // namespace

const std::vector<MaterialCategory>& materialCategories() {
    static const std::vector<MaterialCategory> all{
        C::Steel, C::Stainless, C::Aluminium, C::Titanium, C::CastIron, C::CopperAlloy, C::Polymer};
    return all;
}

std::string_view categoryId(MaterialCategory category) {
    return kCategoryIds.at(std::size_t(category));
}

std::optional<MaterialCategory> categoryFromId(std::string_view id) {
    for (std::size_t i = 0; i < kCategoryIds.size(); ++i)
        if (id == kCategoryIds[i]) return MaterialCategory(i);
    return std::nullopt;
}

const std::vector<LibraryMaterial>& materialLibrary() {
    static const std::vector<LibraryMaterial> library = [] {
        std::vector<LibraryMaterial> out;
        for (const Row& r : kRows)
            out.push_back({r.id, r.category,
                           Material{r.name, r.e, r.nu, r.rho, r.yield, r.k, r.uts, r.alpha, r.cp},
                           r.source});
        return out;
    }();
    return library;
}

const LibraryMaterial* findLibraryMaterial(std::string_view id) {
    for (const LibraryMaterial& m : materialLibrary())
        if (m.id == id) return &m;
    return nullptr;
}

core::Result<Material> libraryMaterial(const std::string& id) {
    if (const LibraryMaterial* m = findLibraryMaterial(id)) return m->props;
    return core::fail(core::ErrorCode::NotFound, "sim.unknown_material",
                      "unknown material '" + id + "'", {}, {id});
}

std::vector<std::string> libraryMaterialIds() {
    std::vector<std::string> ids;
    for (const LibraryMaterial& m : materialLibrary())
        ids.push_back(m.id);
    return ids;
}

} // namespace wb::sim
