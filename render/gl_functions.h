#pragma once
/// The OpenGL function table the renderer uses.

#include <QOpenGLFunctions_3_3_Core>

#include <cstddef>

namespace wb::render {

using GlFunctions = QOpenGLFunctions_3_3_Core;

/// A byte offset into the bound buffer, as glVertexAttribPointer takes it.
inline const void* bufferOffset(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }

} // namespace wb::render
