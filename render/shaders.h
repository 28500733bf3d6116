#pragma once
/// GLSL 330 core sources of the renderer's programs.

#include <QString>

#include <memory>
#include <string>

class QOpenGLShaderProgram;

namespace wb::render::shaders {

/// Instanced mesh vertex stage shared by the shaded, edge, wireframe and ID passes.
/// Attributes: 0 position, 1 normal, 2-5 model matrix columns, 6 colour, 7 pick id, 8 flags,
/// 9 face tint offset.
extern const char* const kInstancedVertex;
/// Two-light smooth shading with selection highlight; with WB_FACE_HIGHLIGHT defined (see
/// withDefine()) also the highlight of one B-rep face and the tints of faces.
extern const char* const kShadedFragment;
/// Flat colour for lines (feature edges, wireframe).
extern const char* const kLineFragment;
/// Writes (pick id, face id + 1) into an RG32UI target.
extern const char* const kIdFragment;
/// Full-screen vertical gradient; no attributes.
extern const char* const kBackgroundVertex;
extern const char* const kBackgroundFragment;
/// 2D lines in normalized device coordinates (axis triad labels).
extern const char* const kOverlayVertex;
extern const char* const kOverlayFragment;

/// `source` with `#define name` inserted after its #version line.
std::string withDefine(const char* source, const char* name);

/// A linked program of the two stages (context current); nullptr with the compiler's or
/// linker's `log` when they fail.
std::unique_ptr<QOpenGLShaderProgram> buildProgram(const char* vertex, const char* fragment,
                                                   QString* log);

} // namespace wb::render::shaders
