#pragma once
/// Perspective camera for a Z-up CAD scene: look-at frame, fit, standard views, orbit, pan and
/// zoom toward a point. Pure math, no OpenGL.

#include "standard_view.h"

#include "core/model/bbox.h"

#include <QMatrix4x4>
#include <QVector3D>

namespace wb::render {

class Camera {
public:
    Camera();

    QVector3D eye() const { return m_eye; }
    QVector3D target() const { return m_target; }
    QVector3D up() const { return m_up; }
    /// Sets the frame; `up` is made orthogonal to the viewing direction.
    void setLookAt(const QVector3D& eye, const QVector3D& target, const QVector3D& up);

    /// Vertical field of view in degrees (default 30).
    float fieldOfView() const { return m_fovY; }
    void setFieldOfView(float degrees) { m_fovY = degrees; }

    /// The scene's bounding box; it sets the near and far clipping planes.
    void setSceneBounds(const core::BBox& box);

    QVector3D forward() const; ///< unit vector from eye to target
    QVector3D right() const;   ///< unit vector to the right of the screen
    float distance() const { return (m_target - m_eye).length(); }

    /// Looks along the standard direction, keeping the target and the distance.
    void setView(StandardView view);
    /// Moves the eye back along the current direction so that `box` fills the view
    /// (with a small margin) at the given width/height aspect ratio.
    void fit(const core::BBox& box, float aspect);

    /// Turntable orbit about `pivot`: `yaw` radians about world Z, then `pitch` about the
    /// screen's horizontal axis.
    void orbit(float yaw, float pitch, const QVector3D& pivot);
    /// Moves eye and target by `delta` (assembly coordinates).
    void pan(const QVector3D& delta);
    /// Moves the eye toward `point` (which stays at the same pixel); factor < 1 zooms in.
    void zoomToward(const QVector3D& point, float factor);

    QMatrix4x4 view() const;
    QMatrix4x4 projection(float aspect) const;
    /// Assembly-space length of one pixel at `depth` in front of the eye, for a viewport
    /// `heightPx` pixels tall.
    float unitsPerPixel(float depth, float heightPx) const;

private:
    QVector3D m_eye{0, -10, 0};
    QVector3D m_target{0, 0, 0};
    QVector3D m_up{0, 0, 1};
    float m_fovY = 30.0f;
    QVector3D m_sceneCenter{0, 0, 0};
    float m_sceneRadius = 1.0f;
};

} // namespace wb::render
