#pragma once
/// The named viewing directions of a CAD viewer (Z up, front looks along +Y).

#include <optional>
#include <string_view>

namespace wb::render {

enum class StandardView { Iso, Front, Back, Left, Right, Top, Bottom };

/// "iso", "front", "back", "left", "right", "top", "bottom" (case-insensitive); nullopt otherwise.
std::optional<StandardView> standardViewFromName(std::string_view name);
/// The lower-case name of `view`, the inverse of standardViewFromName().
std::string_view standardViewName(StandardView view);

} // namespace wb::render
