#include "camera.h"

#include <QQuaternion>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wb::render {
namespace {

constexpr float kFitMargin = 1.06f;

struct ViewFrame {
    QVector3D toEye; // from target toward eye
    QVector3D up;
};

ViewFrame frameOf(StandardView view) {
    switch (view) {
    case StandardView::Front:
        return {{0, -1, 0}, {0, 0, 1}};
    case StandardView::Back:
        return {{0, 1, 0}, {0, 0, 1}};
    case StandardView::Left:
        return {{-1, 0, 0}, {0, 0, 1}};
    case StandardView::Right:
        return {{1, 0, 0}, {0, 0, 1}};
    case StandardView::Top:
        return {{0, 0, 1}, {0, 1, 0}};
    case StandardView::Bottom:
        return {{0, 0, -1}, {0, -1, 0}};
    case StandardView::Iso:
        break;
    }
    return {QVector3D(1, -1, 1).normalized(), {0, 0, 1}};
}

QVector3D toQt(const core::Vec3& v) {
    return {static_cast<float>(v.x), static_cast<float>(v.y), static_cast<float>(v.z)};
}

} // namespace

Camera::Camera() {
    setView(StandardView::Iso);
}

void Camera::setLookAt(const QVector3D& eye, const QVector3D& target, const QVector3D& up) {
    m_eye = eye;
    m_target = target;
    const QVector3D f = forward();
    QVector3D u = up - f * QVector3D::dotProduct(up, f);
    if (u.lengthSquared() < 1e-12f)
        u = std::abs(f.z()) < 0.9f ? QVector3D(0, 0, 1) : QVector3D(0, 1, 0);
    m_up = u.normalized();
}

void Camera::setSceneBounds(const core::BBox& box) {
    if (box.isEmpty()) {
        m_sceneCenter = {0, 0, 0};
        m_sceneRadius = 1.0f;
        return;
    }
    m_sceneCenter = toQt(box.center());
    m_sceneRadius = std::max(static_cast<float>(box.diagonal() * 0.5), 1e-6f);
}

QVector3D Camera::forward() const {
    const QVector3D d = m_target - m_eye;
    return d.lengthSquared() > 0 ? d.normalized() : QVector3D(0, 1, 0);
}

QVector3D Camera::right() const {
    return QVector3D::crossProduct(forward(), m_up).normalized();
}

void Camera::setView(StandardView view) {
    const ViewFrame frame = frameOf(view);
    const float d = std::max(distance(), 1e-6f);
    setLookAt(m_target + frame.toEye * d, m_target, frame.up);
}

void Camera::fit(const core::BBox& box, float aspect) {
    if (box.isEmpty()) return;
    const QVector3D center = toQt(box.center());
    const QVector3D f = forward(), r = right(), u = m_up;
    const float tanY = std::tan(m_fovY * 0.5f * std::numbers::pi_v<float> / 180.0f);
    const float tanX = tanY * std::max(aspect, 1e-3f);
    // Distance from the centre at which every corner lies inside the frustum.
    float dist = 0;
    for (int i = 0; i < 8; ++i) {
        const QVector3D corner =
            toQt({(i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y,
                  (i & 4) ? box.max.z : box.min.z}) -
            center;
        const float x = QVector3D::dotProduct(corner, r) * kFitMargin;
        const float y = QVector3D::dotProduct(corner, u) * kFitMargin;
        const float z = QVector3D::dotProduct(corner, f);
        dist = std::max({dist, std::abs(x) / tanX - z, std::abs(y) / tanY - z});
    }
    dist = std::max(dist, static_cast<float>(box.diagonal()) * 1e-3f + 1e-6f);
    setLookAt(center - f * dist, center, u);
}

void Camera::orbit(float yaw, float pitch, const QVector3D& pivot) {
    const QQuaternion qYaw =
        QQuaternion::fromAxisAndAngle({0, 0, 1}, yaw * 180.0f / std::numbers::pi_v<float>);
    const QVector3D rightAfterYaw = qYaw.rotatedVector(right());
    const QQuaternion qPitch =
        QQuaternion::fromAxisAndAngle(rightAfterYaw, pitch * 180.0f / std::numbers::pi_v<float>);
    const QQuaternion q = qPitch * qYaw;
    setLookAt(pivot + q.rotatedVector(m_eye - pivot), pivot + q.rotatedVector(m_target - pivot),
              q.rotatedVector(m_up));
}

void Camera::pan(const QVector3D& delta) {
    m_eye += delta;
    m_target += delta;
}

void Camera::zoomToward(const QVector3D& point, float factor) {
    const QVector3D toPoint = point - m_eye;
    const float oldDistance = distance();
    // Moving the eye along the ray through `point` keeps that point at the same pixel.
    const QVector3D newEye = m_eye + toPoint * (1.0f - factor);
    const QVector3D f = forward();
    const float newDistance = std::max(oldDistance * factor, m_sceneRadius * 1e-5f);
    m_target = newEye + f * newDistance;
    m_eye = newEye;
}

QMatrix4x4 Camera::view() const {
    QMatrix4x4 m;
    m.lookAt(m_eye, m_target, m_up);
    return m;
}

QMatrix4x4 Camera::projection(float aspect) const {
    const float d = (m_sceneCenter - m_eye).length();
    const float farPlane = d + m_sceneRadius * 1.01f;
    const float nearPlane = std::max(d - m_sceneRadius * 1.01f, farPlane * 1e-4f);
    QMatrix4x4 m;
    m.perspective(m_fovY, std::max(aspect, 1e-3f), nearPlane, farPlane);
    return m;
}

float Camera::unitsPerPixel(float depth, float heightPx) const {
    const float tanY = std::tan(m_fovY * 0.5f * std::numbers::pi_v<float> / 180.0f);
    return 2.0f * depth * tanY / std::max(heightPx, 1.0f);
}

} // namespace wb::render
