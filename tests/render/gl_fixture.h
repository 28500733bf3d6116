#pragma once
/// An offscreen OpenGL 3.3 core context, framebuffer and SceneRenderer for tests.

#include "render/scene_renderer.h"

#include <QImage>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>

#include <memory>

namespace wb::render::test {

class GlFixture {
public:
    /// Creates everything at `size` (single-sampled so pixels are exact); check ok().
    explicit GlFixture(QSize size = {640, 480});
    ~GlFixture();

    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    SceneRenderer& renderer() { return m_renderer; }
    QSize size() const { return m_size; }

    /// Renders a frame and reads it back (top-left origin).
    QImage grab();
    /// The same with the alpha channel as drawn (top-left origin).
    QImage grabWithAlpha();
    /// Logical pixel (top-left origin) where `point` appears with the current camera.
    QPoint project(const QVector3D& point);

private:
    QSize m_size;
    QOpenGLContext m_context;
    QOffscreenSurface m_surface;
    std::unique_ptr<QOpenGLFramebufferObject> m_fbo;
    SceneRenderer m_renderer;
    bool m_ok = false;
    QString m_error;
};

/// Why the GL tests cannot run here (no OpenGL 3.3 core context), empty when they can.
QString glUnavailable();

} // namespace wb::render::test
