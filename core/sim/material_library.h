#pragma once
/// The built-in material library: categorised entries with typical room-temperature properties
/// and the standard or data sheet they follow. Compiled into wb_core_sim, so the GUI, the
/// server and werkbank-solve know the same ids (libraryMaterial() in material.h reads it).

#include "material.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::sim {

/// Groups of the library, in display order. Core knows ids only; the GUI translates names.
enum class MaterialCategory {
    Steel,
    Stainless,
    Aluminium,
    Titanium,
    CastIron,
    CopperAlloy,
    Polymer,
};

/// Every category in display order.
const std::vector<MaterialCategory>& materialCategories();
/// The category's stable id: "steel", "stainless", "aluminium", "titanium", "cast_iron",
/// "copper_alloy", "polymer".
std::string_view categoryId(MaterialCategory category);
/// The category of an id of categoryId(), or nullopt.
std::optional<MaterialCategory> categoryFromId(std::string_view id);

/// One material of a library (built-in or user): its id, group, properties (SI; `props.name`
/// is the English display name) and the standard or data sheet the values follow.
struct LibraryMaterial {
    std::string id;
    MaterialCategory category = MaterialCategory::Steel;
    Material props;
    std::string source;
    bool operator==(const LibraryMaterial&) const = default;
};

/// The built-in library, grouped by category in display order. Immutable, built on first use
/// (thread-safe), alive for the whole program.
const std::vector<LibraryMaterial>& materialLibrary();
/// The built-in entry `id`, or nullptr.
const LibraryMaterial* findLibraryMaterial(std::string_view id);

} // namespace wb::sim
