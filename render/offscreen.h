#pragma once
/// One-call offscreen rendering of an assembly into an image.

#include "display_mode.h"
#include "standard_view.h"

#include "core/model/assembly.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QSurfaceFormat>

#include <functional>
#include <memory>

namespace wb::render {

class SceneRenderer;

/// An offscreen OpenGL context with an initialised SceneRenderer, ready to draw images.
/// Creating it (context, shaders) is independent of the model, so a caller can overlap it
/// with an import running on a worker thread. GUI thread only; needs a QGuiApplication.
class OffscreenRenderer {
public:
    OffscreenRenderer();
    ~OffscreenRenderer();
    OffscreenRenderer(const OffscreenRenderer&) = delete;
    OffscreenRenderer& operator=(const OffscreenRenderer&) = delete;

    /// Creates the context and compiles the shaders; false and *error on failure.
    bool create(QString* error = nullptr);
    /// Renders `assembly` fitted in `view` at `size` pixels, 4x multisampled. `setUp`, when
    /// given, is called once the renderer has the assembly and before the view is fitted
    /// (result colours, colour scale, deformation). Null image and *error on failure.
    QImage render(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                  DisplayMode mode, QString* error = nullptr,
                  const std::function<void(SceneRenderer&)>& setUp = {});
    /// Pays the one-time costs of a first frame at `size` in `mode` ahead of it: allocates the
    /// targets, draws a stand-in into a corner (software rasterizers compile their shader
    /// variants at the first draw) and, while `stillWaiting` (if given) says the caller still
    /// waits for its model, runs the resolve once. Nothing is read back.
    bool warmUp(QSize size, DisplayMode mode, QString* error = nullptr,
                const std::function<bool()>& stillWaiting = {});

private:
    enum class Pass { Image, WarmUp };
    QImage draw(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                DisplayMode mode, Pass pass, QString* error,
                const std::function<bool()>& stillWaiting = {},
                const std::function<void(SceneRenderer&)>& setUp = {});

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Renders `assembly` fitted in `view` at `size` pixels (4x multisampled) with its own
/// QOffscreenSurface, OpenGL 3.3 core context and framebuffer. Needs a QGuiApplication; call
/// it on the GUI thread. Returns a null image and sets *error on failure.
QImage renderImage(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                   DisplayMode mode, QString* error = nullptr);

/// The surface format the renderer needs: OpenGL 3.3 core, 24-bit depth, 8-bit stencil.
/// `samples` > 0 asks for multisampling (for a QOpenGLWidget's format).
QSurfaceFormat requiredSurfaceFormat(int samples = 0);

} // namespace wb::render
