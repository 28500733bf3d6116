#pragma once
/// One-call offscreen rendering of an assembly into an image.

#include "display_mode.h"
#include "standard_view.h"

#include "core/model/assembly.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QSurfaceFormat>

#include <memory>

namespace wb::render {

/// Renders `assembly` fitted in `view` at `size` pixels (4x multisampled) with its own
/// QOffscreenSurface, OpenGL 3.3 core context and framebuffer. Needs a QGuiApplication; call
/// it on the GUI thread. Returns a null image and sets *error on failure.
QImage renderImage(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                   DisplayMode mode, QString* error = nullptr);

/// The surface format the renderer needs: OpenGL 3.3 core, 24-bit depth, 8-bit stencil.
/// `samples` > 0 asks for multisampling (for a QOpenGLWidget's format).
QSurfaceFormat requiredSurfaceFormat(int samples = 0);

} // namespace wb::render
