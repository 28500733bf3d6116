#include "standard_view.h"

#include <array>
#include <cctype>
#include <utility>

namespace wb::render {
namespace {

constexpr std::array<std::pair<std::string_view, StandardView>, 7> kViewNames{{
    {"iso", StandardView::Iso},
    {"front", StandardView::Front},
    {"back", StandardView::Back},
    {"left", StandardView::Left},
    {"right", StandardView::Right},
    {"top", StandardView::Top},
    {"bottom", StandardView::Bottom},
}};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
    return true;
}

} // namespace

std::optional<StandardView> standardViewFromName(std::string_view name) {
    for (const auto& [label, view] : kViewNames)
        if (equalsIgnoringCase(name, label)) return view;
    return std::nullopt;
}

std::string_view standardViewName(StandardView view) {
    for (const auto& [label, v] : kViewNames)
        if (v == view) return label;
    return {};
}

} // namespace wb::render
