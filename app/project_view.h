#pragma once
/// The "view" object of a project (docs/study-format.md): how the viewport showed the model when
/// the project was saved, the display mode and the camera.

#include "viewport_widget.h"

#include "core/sim/json.h"
#include "render/display_mode.h"

#include <optional>

namespace wb::app {

struct ProjectView {
    std::optional<render::DisplayMode> displayMode;
    std::optional<CameraView> camera;
};

/// The project's "view" object for `view`.
sim::Json projectViewToJson(const ProjectView& view);
/// What `json` holds that is usable: a member that is missing or not valid (an unknown display
/// mode or projection, a camera whose eye is its target, a number that is not finite) is left
/// out, since a view is never a reason to refuse a project.
ProjectView projectViewFromJson(const sim::Json& json);

} // namespace wb::app
