#pragma once
/// The OpenGL function table the renderer uses.

#include <QOpenGLFunctions_3_3_Core>

namespace wb::render {

using GlFunctions = QOpenGLFunctions_3_3_Core;

} // namespace wb::render
