#pragma once
/// The X/Y/Z orientation triad drawn in the lower-left corner of the viewport.

#include "gpu_part.h"

#include <QMatrix4x4>
#include <QRect>

class QOpenGLShaderProgram;

namespace wb::render {

/// Needs the GL context current in every call; destroy() before the context goes away.
class AxisTriad {
public:
    void initialize(GlFunctions* gl);
    void destroy(GlFunctions* gl);
    /// Draws shaded arrows (with `meshProgram`, bound to shaders::kInstancedVertex and
    /// kShadedFragment) and X/Y/Z labels (with `overlayProgram`) into `viewport` (pixels),
    /// oriented by the rotation part of `cameraView`.
    void draw(GlFunctions* gl, QOpenGLShaderProgram& meshProgram,
              QOpenGLShaderProgram& overlayProgram, const QMatrix4x4& cameraView,
              const QRect& viewport);

private:
    GpuPart m_arrows;
    GLuint m_labelVao = 0, m_labelBuffer = 0;
};

} // namespace wb::render
