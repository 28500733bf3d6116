#include "scene_renderer_impl.h"

#include <QOpenGLContext>

#include <cmath>

namespace wb::render {
namespace {

constexpr float kOrbitRadiansPerPixel = 0.008f;
constexpr float kZoomPerNotch = 0.8f;

} // namespace

PickSample SceneRenderer::Impl::sampleAt(QPoint logicalPos, QPoint* pixel) {
    const int x = int(std::floor(logicalPos.x() * devicePixelRatio));
    const int y = pixelSize.height() - 1 - int(std::floor(logicalPos.y() * devicePixelRatio));
    if (pixel) *pixel = {x, y};
    if (!ready() || !assembly) return {};
    syncGpu();
    if (x < 0 || y < 0 || x >= pixelSize.width() || y >= pixelSize.height()) return {};
    if (!pickBuffer.ensureSize(gl, pixelSize)) return {};
    GLint previous = 0;
    gl->glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    pickBuffer.begin(gl, x, y, 0);
    drawIdPass();
    const PickSample sample = pickBuffer.read(gl, x, y);
    pickBuffer.end(gl, GLuint(previous));
    gl->glDisable(GL_DEPTH_TEST);
    gl->glBindVertexArray(0);
    gl->glUseProgram(0);
    return sample;
}

void SceneRenderer::Impl::drawIdPass() {
    gl->glEnable(GL_DEPTH_TEST);
    gl->glDepthFunc(GL_LEQUAL);
    gl->glDepthMask(GL_TRUE);
    gl->glDisable(GL_BLEND);
    idProgram->bind();
    idProgram->setUniformValue("uView", camera.view());
    idProgram->setUniformValue("uProjection", camera.projection(aspect()));
    bindResults(*idProgram, false, deformationScale);
    for (const GpuPart& part : parts) {
        if (part.instanceCount() == 0) continue;
        idProgram->setUniformValue("uHasFaceIds", part.bindFaceIds(gl, 0));
        part.drawTriangles(gl);
    }
}

QVector3D SceneRenderer::Impl::unproject(QPoint pixel, float depth) const {
    const QMatrix4x4 inverse = (camera.projection(aspect()) * camera.view()).inverted();
    const QVector4D ndc((pixel.x() + 0.5f) / pixelSize.width() * 2.0f - 1.0f,
                        (pixel.y() + 0.5f) / pixelSize.height() * 2.0f - 1.0f, depth * 2.0f - 1.0f,
                        1.0f);
    const QVector4D world = inverse * ndc;
    return world.w() != 0.0f ? world.toVector3DAffine() : camera.target();
}

QVector3D SceneRenderer::Impl::pointUnderCursor(QPoint logicalPos) {
    QPoint pixel;
    const PickSample sample = sampleAt(logicalPos, &pixel);
    if (sample.pickId != 0) return unproject(pixel, sample.depth);
    // Cursor ray crossing the plane through the target, facing the camera.
    const QVector3D nearPoint = unproject(pixel, 0.0f);
    const QVector3D ray = (unproject(pixel, 1.0f) - nearPoint).normalized();
    const QVector3D f = camera.forward();
    const float along = QVector3D::dotProduct(ray, f);
    if (std::abs(along) < 1e-6f) return camera.target();
    const float t = QVector3D::dotProduct(camera.target() - nearPoint, f) / along;
    return nearPoint + ray * t;
}

void SceneRenderer::mousePress(QPoint pos, Qt::MouseButtons buttons,
                               Qt::KeyboardModifiers modifiers) {
    Impl& d = *m_impl;
    d.lastPos = pos;
    const bool pan = (buttons & Qt::MiddleButton) ||
                     ((buttons & Qt::LeftButton) && (modifiers & Qt::ShiftModifier));
    if (pan) {
        d.drag = Impl::Drag::Pan;
        const QVector3D point = d.pointUnderCursor(pos);
        d.panDepth = std::max(QVector3D::dotProduct(point - d.camera.eye(), d.camera.forward()),
                              d.camera.distance() * 1e-3f);
    } else if (buttons & Qt::LeftButton) {
        d.drag = Impl::Drag::Orbit;
        const PickResult hit = pick(pos);
        d.pivot = hit.hit() ? hit.point : d.camera.target();
    } else {
        d.drag = Impl::Drag::None;
    }
}

void SceneRenderer::mouseMove(QPoint pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers) {
    Impl& d = *m_impl;
    const QPoint delta = pos - d.lastPos;
    d.lastPos = pos;
    if (buttons == Qt::NoButton) d.drag = Impl::Drag::None;
    if (d.drag == Impl::Drag::Orbit) {
        d.camera.orbit(-delta.x() * kOrbitRadiansPerPixel, -delta.y() * kOrbitRadiansPerPixel,
                       d.pivot);
    } else if (d.drag == Impl::Drag::Pan) {
        const float logicalHeight = float(d.pixelSize.height() / d.devicePixelRatio);
        const float units = d.camera.unitsPerPixel(d.panDepth, logicalHeight);
        d.camera.pan((d.camera.right() * float(-delta.x()) + d.camera.up() * float(delta.y())) *
                     units);
    }
}

void SceneRenderer::mouseRelease(QPoint pos) {
    m_impl->lastPos = pos;
    m_impl->drag = Impl::Drag::None;
}

void SceneRenderer::wheel(QPoint pos, int angleDeltaY) {
    if (angleDeltaY == 0) return;
    Impl& d = *m_impl;
    const QVector3D point = d.pointUnderCursor(pos);
    d.camera.zoomToward(point, std::pow(kZoomPerNotch, float(angleDeltaY) / 120.0f));
}

} // namespace wb::render
