#include "shaders.h"

#include <QOpenGLShaderProgram>

namespace wb::render::shaders {

const char* const kInstancedVertex = R"(#version 330 core
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aModel0;
layout(location = 3) in vec4 aModel1;
layout(location = 4) in vec4 aModel2;
layout(location = 5) in vec4 aModel3;
layout(location = 6) in vec4 aColor;
layout(location = 7) in uint aPickId;
layout(location = 8) in uint aFlags;
layout(location = 9) in uint aTintOffset;
layout(location = 10) in uint aResultOffset;
layout(location = 11) in uint aFaceColor; // the face's colour from the file, 0xRRGGBBAA; 0: none

uniform mat4 uView;
uniform mat4 uProjection;
// Per vertex of an instance showing a result: value (>= 1e37: none), displacement xyz.
uniform samplerBuffer uResults;
uniform float uDeformationScale;

out vec3 vViewPosition;
out vec3 vViewNormal;
flat out vec4 vColor;
flat out uint vPickId;
flat out uint vFlags;
flat out uint vTintOffset;
out float vResultValue;
out float vResultInvalid; // > 0 where a vertex of the triangle has no value

void main() {
    mat4 model = mat4(aModel0, aModel1, aModel2, aModel3);
    vec4 world = model * vec4(aPosition, 1.0);
    vResultValue = 0.0;
    vResultInvalid = 0.0;
    if (aResultOffset > 0u) {
        vec4 r = texelFetch(uResults, int(aResultOffset) - 1 + gl_VertexID);
        world.xyz += uDeformationScale * r.yzw;
        vResultInvalid = abs(r.x) >= 1.0e37 ? 1.0 : 0.0;
        vResultValue = vResultInvalid > 0.0 ? 0.0 : r.x;
    }
    vec4 viewPosition = uView * world;
    vViewPosition = viewPosition.xyz;
    vViewNormal = mat3(uView) * (mat3(model) * aNormal);
    // A face's own colour wins over its instance's.
    vColor = aFaceColor != 0u ? vec4(float(aFaceColor >> 24), float((aFaceColor >> 16) & 255u),
                                     float((aFaceColor >> 8) & 255u), float(aFaceColor & 255u)) /
                                    255.0
                              : aColor;
    vPickId = aPickId;
    vFlags = aFlags;
    vTintOffset = aTintOffset;
    gl_Position = uProjection * viewPosition;
}
)";

const char* const kShadedFragment = R"(#version 330 core
in vec3 vViewPosition;
in vec3 vViewNormal;
flat in vec4 vColor;
flat in uint vPickId;
flat in uint vFlags;
flat in uint vTintOffset;
in float vResultValue;
in float vResultInvalid;

#ifdef WB_FACE_HIGHLIGHT
uniform isamplerBuffer uFaceIds;
uniform bool uHasFaceIds;
uniform int uHighlightPick; // instance pick id, 0 = none
uniform int uHighlightFace;
uniform samplerBuffer uFaceTints; // per face of a tinted instance: RGB, mix amount in alpha
#endif
uniform vec3 uSelectionColor;
uniform vec3 uFaceHighlightColor;
// The colour scale of a result (render/colour_map.h): its table over [min, max].
uniform sampler1D uColourTable;
uniform float uScaleMin;
uniform float uScaleMax;
uniform int uBands;
uniform vec3 uBelowColor;
uniform vec3 uAboveColor;
uniform vec3 uInvalidColor;

out vec4 fragColor;

vec3 resultColor() {
    if (vResultInvalid > 0.0) return uInvalidColor;
    float v = vResultValue;
    float range = uScaleMax - uScaleMin;
    // Interpolation may stray an ulp past a vertex's value: not "above" at the maximum.
    float slack = 1.0e-5 * max(range, abs(uScaleMax));
    if (v < uScaleMin - slack) return uBelowColor;
    if (v > uScaleMax + slack) return uAboveColor;
    float t = range > 0.0 ? clamp((v - uScaleMin) / range, 0.0, 1.0) : 0.5;
    if (uBands > 0) t = (min(floor(t * float(uBands)), float(uBands - 1)) + 0.5) / float(uBands);
    return texture(uColourTable, t).rgb;
}

void main() {
    vec3 toEye = normalize(-vViewPosition);
    vec3 n = normalize(vViewNormal);
    if (dot(n, toEye) < 0.0) n = -n; // two-sided: open shells and flipped windings
    bool result = (vFlags & 2u) != 0u;
    vec3 base = result ? resultColor() : vColor.rgb;
    if ((vFlags & 1u) != 0u) base = mix(base, uSelectionColor, 0.65);
#ifdef WB_FACE_HIGHLIGHT
    // Reading gl_PrimitiveID slows software rasterizers down, so only this variant does.
    if (uHasFaceIds) {
        int face = texelFetch(uFaceIds, gl_PrimitiveID).r;
        if (vTintOffset > 0u && !result) {
            vec4 tint = texelFetch(uFaceTints, int(vTintOffset) - 1 + face);
            base = mix(base, tint.rgb, tint.a);
        }
        if (uHighlightPick > 0 && int(vPickId) == uHighlightPick && face == uHighlightFace)
            base = uFaceHighlightColor;
    }
#endif
    if (result) {
        // Flat light that keeps a surface facing the viewer at the legend's exact colours.
        fragColor = vec4(clamp(base * (0.7 + 0.3 * max(n.z, 0.0)), 0.0, 1.0), 1.0);
        return;
    }

    // Key light just above-left of the camera, a weaker fill from the lower right, and a
    // sky/ground ambient term; all in view space so the lighting follows the camera.
    const vec3 kKey = normalize(vec3(-0.25, 0.35, 1.0));
    const vec3 kFill = normalize(vec3(0.7, -0.25, 0.45));
    float key = max(dot(n, kKey), 0.0);
    float fill = max(dot(n, kFill), 0.0);
    vec3 ambient = mix(vec3(0.20, 0.19, 0.18), vec3(0.30, 0.32, 0.36), 0.5 + 0.5 * n.y);
    float specular = pow(max(dot(n, normalize(kKey + toEye)), 0.0), 60.0) * 0.22;
    vec3 color = base * (ambient + 0.62 * key + 0.28 * fill) + vec3(specular);
    fragColor = vec4(pow(clamp(color, 0.0, 1.0), vec3(0.92)), 1.0);
}
)";

const char* const kLineFragment = R"(#version 330 core
flat in vec4 vColor;
flat in uint vFlags;

uniform vec4 uLineColor;
uniform bool uUseInstanceColor;
uniform vec3 uSelectionColor;

out vec4 fragColor;

void main() {
    vec3 color = uUseInstanceColor ? vColor.rgb : uLineColor.rgb;
    if ((vFlags & 1u) != 0u) color = uUseInstanceColor ? uSelectionColor : uSelectionColor * 0.55;
    fragColor = vec4(color, uLineColor.a);
}
)";

const char* const kIdFragment = R"(#version 330 core
flat in uint vPickId;

uniform isamplerBuffer uFaceIds;
uniform bool uHasFaceIds;

out uvec2 fragId;

void main() {
    int face = uHasFaceIds ? texelFetch(uFaceIds, gl_PrimitiveID).r : -1;
    fragId = uvec2(vPickId, uint(face + 1));
}
)";

const char* const kBackgroundVertex = R"(#version 330 core
out float vHeight;
void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    vHeight = corner.y;
    gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
)";

const char* const kBackgroundFragment = R"(#version 330 core
in float vHeight;
uniform vec3 uTopColor;
uniform vec3 uBottomColor;
out vec4 fragColor;
void main() {
    float t = smoothstep(0.0, 1.0, clamp(vHeight, 0.0, 1.0));
    fragColor = vec4(mix(uBottomColor, uTopColor, t), 1.0);
}
)";

const char* const kOverlayVertex = R"(#version 330 core
layout(location = 0) in vec2 aPosition;
void main() { gl_Position = vec4(aPosition, 0.0, 1.0); }
)";

const char* const kOverlayFragment = R"(#version 330 core
uniform vec3 uColor;
out vec4 fragColor;
void main() { fragColor = vec4(uColor, 1.0); }
)";

std::string withDefine(const char* source, const char* name) {
    std::string text(source);
    const std::size_t lineEnd = text.find('\n');
    text.insert(lineEnd == std::string::npos ? text.size() : lineEnd + 1,
                std::string("#define ") + name + "\n");
    return text;
}

std::unique_ptr<QOpenGLShaderProgram> buildProgram(const char* vertex, const char* fragment,
                                                   QString* log) {
    auto program = std::make_unique<QOpenGLShaderProgram>();
    if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, vertex) ||
        !program->addShaderFromSourceCode(QOpenGLShader::Fragment, fragment) || !program->link()) {
        if (log) *log = program->log();
        return nullptr;
    }
    return program;
}

} // namespace wb::render::shaders
