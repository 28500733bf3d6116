#pragma once
/// Offscreen ID target of the picking pass: RG32UI (pick id, face id + 1) plus depth.

#include "gl_functions.h"

#include <QRect>
#include <QSize>

#include <array>
#include <cstdint>
#include <vector>

namespace wb::render {

/// What the ID pass wrote at one pixel. `pickId` 0 means background.
struct PickSample {
    std::uint32_t pickId = 0;
    std::int32_t face = -1;
    float depth = 1.0f; ///< window-space depth in [0, 1]
};

/// Needs the GL context current in every call; destroy() before the context goes away.
class PickBuffer {
public:
    /// (Re)allocates for `pixelSize`; returns false when the framebuffer is incomplete.
    bool ensureSize(GlFunctions* gl, QSize pixelSize);
    /// Binds the framebuffer, clears it to "nothing" and enables a scissor around
    /// `pixel` (GL window coordinates) of `radius` pixels.
    void begin(GlFunctions* gl, int x, int y, int radius);
    /// The same for the pixels of `area` (GL window coordinates, clipped to the target).
    void begin(GlFunctions* gl, const QRect& area);
    /// Reads the sample at window pixel (x, y); call after drawing and before end().
    PickSample read(GlFunctions* gl, int x, int y) const;
    /// Reads the (pick id, face id + 1) pairs of `area`, row by row from the bottom.
    std::vector<std::array<std::uint32_t, 2>> readIds(GlFunctions* gl, const QRect& area) const;
    void end(GlFunctions* gl, GLuint restoreFbo);
    void destroy(GlFunctions* gl);

private:
    GLuint m_fbo = 0, m_idTexture = 0, m_depth = 0;
    QSize m_size;
};

} // namespace wb::render
