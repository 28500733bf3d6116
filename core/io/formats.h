#pragma once
/// The file formats the importers read and the tessellation qualities, as data: the one list that the importers, the file
/// dialog and the isolated import's callers (which load no importer) all use.

#include "core/io/importer.h"

#include <optional>
#include <string_view>
#include <vector>

namespace wb::core::io {

/// Every supported format, in the registry's order.
const std::vector<FormatInfo>& supportedFormats();
/// The entry called `name` ("STEP", "STL", ...); an empty FormatInfo when there is none.
FormatInfo formatNamed(std::string_view name);

/// "coarse", "normal" or "fine", as command lines and the import helper spell the qualities.
const char* qualityName(Quality quality);
/// The quality spelled `name`, or nothing.
std::optional<Quality> qualityFromName(std::string_view name);

} // namespace wb::core::io
