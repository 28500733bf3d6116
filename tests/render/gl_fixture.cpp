#include "gl_fixture.h"

#include "render/offscreen.h"

#include <cmath>

namespace wb::render::test {

GlFixture::GlFixture(QSize size) : m_size(size) {
    m_context.setFormat(requiredSurfaceFormat());
    if (!m_context.create()) {
        m_error = QStringLiteral("no OpenGL 3.3 core context");
        return;
    }
    m_surface.setFormat(m_context.format());
    m_surface.create();
    if (!m_context.makeCurrent(&m_surface)) {
        m_error = QStringLiteral("makeCurrent failed");
        return;
    }
    QOpenGLFramebufferObjectFormat format;
    format.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
    m_fbo = std::make_unique<QOpenGLFramebufferObject>(size, format);
    if (!m_fbo->isValid()) {
        m_error = QStringLiteral("framebuffer incomplete");
        return;
    }
    if (!m_renderer.initialize(&m_error)) return;
    m_renderer.resize(size, 1.0);
    m_ok = true;
}

GlFixture::~GlFixture() {
    if (m_context.makeCurrent(&m_surface)) {
        m_renderer.releaseGl();
        m_fbo.reset();
        m_context.doneCurrent();
    }
}

QImage GlFixture::grab() {
    m_context.makeCurrent(&m_surface);
    m_renderer.render(m_fbo->handle());
    return m_fbo->toImage().convertToFormat(QImage::Format_RGB32);
}

QImage GlFixture::grabWithAlpha() {
    m_context.makeCurrent(&m_surface);
    m_renderer.render(m_fbo->handle());
    return m_fbo->toImage(true).convertToFormat(QImage::Format_ARGB32);
}

QPoint GlFixture::project(const QVector3D& point) {
    Camera& camera = m_renderer.camera();
    const float aspect = float(m_size.width()) / float(m_size.height());
    const QVector3D ndc = (camera.projection(aspect) * camera.view()).map(point);
    return {int(std::floor((ndc.x() + 1.0f) * 0.5f * m_size.width())),
            int(std::floor((1.0f - ndc.y()) * 0.5f * m_size.height()))};
}

QString glUnavailable() {
    GlFixture gl;
    if (gl.ok()) return {};
    return "OpenGL 3.3 core is not available (" + gl.error() + "); run under xvfb-run with Mesa";
}

} // namespace wb::render::test
