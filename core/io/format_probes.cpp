#include "format_probes.h"

#include "file_probe.h"

#include <algorithm>
#include <initializer_list>

namespace wb::core::io {

namespace {

constexpr std::size_t kIgesSectionColumn = 72; // 0-based column of the section letter

std::string_view firstLine(std::string_view text) {
    return text.substr(0, text.find_first_of("\r\n"));
}

int probeStep(std::string_view head, std::string_view) {
    return startsWithNoCase(skipSpace(head), "ISO-10303-21") ? 100 : 0;
}

int probeIges(std::string_view head, std::string_view extension) {
    const std::string_view line = firstLine(head);
    if (line.size() > kIgesSectionColumn &&
        (line[kIgesSectionColumn] == 'S' || line[kIgesSectionColumn] == 'G'))
        return 90;
    if ((extension == "igs" || extension == "iges") && !looksBinary(head)) return 30;
    return 0;
}

int probeBrep(std::string_view head, std::string_view) {
    return containsNoCase(head.substr(0, 256), "CASCADE Topology") && !looksBinary(head) ? 100 : 0;
}

int probeStl(std::string_view head, std::string_view ext) {
    const bool text = !looksBinary(head);
    if (text && startsWithNoCase(skipSpace(head), "solid") && containsNoCase(head, "facet"))
        return 100;
    if (ext == "stl") return text && !startsWithNoCase(skipSpace(head), "solid") ? 0 : 50;
    return 0;
}

int probeObj(std::string_view head, std::string_view ext) {
    if (looksBinary(head)) return 0;
    return ext == "obj" ? 60 : 0;
}

int probePly(std::string_view head, std::string_view) {
    return startsWithNoCase(head, "ply") ? 100 : 0;
}

int probeGltf(std::string_view head, std::string_view ext) {
    if (head.starts_with("glTF")) return 100;
    if (ext == "gltf" && !looksBinary(head) && containsNoCase(head, "\"asset\"")) return 100;
    return ext == "gltf" && !looksBinary(head) ? 40 : 0;
}

int probe3mf(std::string_view head, std::string_view ext) {
    return ext == "3mf" && head.starts_with("PK\x03\x04") ? 100 : 0;
}

int probeOff(std::string_view head, std::string_view ext) {
    if (looksBinary(head)) return 0;
    const std::string_view text = skipSpace(head);
    for (std::string_view magic : {"OFF", "COFF", "NOFF", "CNOFF", "STOFF", "STCOFF"})
        if (text.starts_with(magic)) return 90;
    return ext == "off" ? 30 : 0;
}

int probeCollada(std::string_view head, std::string_view ext) {
    if (containsNoCase(head, "<COLLADA")) return 100;
    return ext == "dae" && !looksBinary(head) ? 30 : 0;
}

int probeFbx(std::string_view head, std::string_view ext) {
    if (head.starts_with("Kaydara FBX Binary")) return 100;
    if (ext == "fbx" && !looksBinary(head)) return containsNoCase(head, "FBX") ? 90 : 30;
    return 0;
}

int probeNothing(std::string_view, std::string_view) {
    return 0;
}

} // namespace

const std::vector<FormatProbe>& formatProbes() {
    static const std::vector<FormatProbe> probes{
        {"STEP", probeStep, "step"},       {"IGES", probeIges, "iges"}, {"BREP", probeBrep, "brep"},
        {"STL", probeStl, "mesh"},         {"OBJ", probeObj, "mesh"},   {"PLY", probePly, "mesh"},
        {"glTF", probeGltf, "mesh"},       {"3MF", probe3mf, "mesh"},   {"OFF", probeOff, "mesh"},
        {"COLLADA", probeCollada, "mesh"}, {"FBX", probeFbx, "mesh"},
    };
    return probes;
}

ProbeFn probeFor(std::string_view format) {
    for (const FormatProbe& p : formatProbes())
        if (p.format == format) return p.probe;
    return probeNothing;
}

std::string_view importFamily(const std::filesystem::path& path, std::string_view head) {
    const std::string extension = lowerExtension(path);
    std::string_view family;
    int best = 0;
    for (const FormatProbe& p : formatProbes()) {
        const int score = std::clamp(p.probe(head, extension), 0, 100);
        if (score > best) {
            best = score;
            family = p.family;
        }
    }
    return family;
}

} // namespace wb::core::io
