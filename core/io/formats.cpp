#include "formats.h"

namespace wb::core::io {

const std::vector<FormatInfo>& supportedFormats() {
    static const std::vector<FormatInfo> formats{
        {"STEP", {"step", "stp"}}, {"IGES", {"igs", "iges"}}, {"BREP", {"brep", "brp"}},
        {"STL", {"stl"}},          {"OBJ", {"obj"}},          {"PLY", {"ply"}},
        {"glTF", {"gltf", "glb"}}, {"3MF", {"3mf"}},          {"OFF", {"off"}},
        {"COLLADA", {"dae"}},      {"FBX", {"fbx"}},
    };
    return formats;
}

FormatInfo formatNamed(std::string_view name) {
    for (const FormatInfo& f : supportedFormats())
        if (f.name == name) return f;
    return {};
}

const char* qualityName(Quality quality) {
    switch (quality) {
    case Quality::Coarse:
        return "coarse";
    case Quality::Fine:
        return "fine";
    case Quality::Normal:
        break;
    }
    return "normal";
}

std::optional<Quality> qualityFromName(std::string_view name) {
    for (Quality q : {Quality::Coarse, Quality::Normal, Quality::Fine})
        if (name == qualityName(q)) return q;
    return std::nullopt;
}

} // namespace wb::core::io
