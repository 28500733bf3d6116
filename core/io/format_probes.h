#pragma once
/// Content probes of the supported formats: how sure each format is that a file with these
/// first bytes and this extension is its own. Free of OCCT and Assimp, so that the isolated
/// import can pick the helper program for a file; the importers probe with the same functions,
/// so both choose alike.

#include <filesystem>
#include <string_view>
#include <vector>

namespace wb::core::io {

/// 0..100 for a file's first bytes and lower-case extension (no dot); 0 means "not mine".
using ProbeFn = int (*)(std::string_view head, std::string_view extension);

struct FormatProbe {
    std::string_view format; ///< the name in supportedFormats()
    ProbeFn probe;
    std::string_view family; ///< the helper that reads it: "step", "iges", "brep" or "mesh"
};

/// Every format's probe, in the order of supportedFormats() and of the importer registry.
const std::vector<FormatProbe>& formatProbes();

/// The probe of the format called `format`; a probe that claims nothing for unknown names.
ProbeFn probeFor(std::string_view format);

/// The family of the format that scores best for `path` and its first bytes `head` (the
/// importer registry's choice: the first of the best), or "" when none claims the file.
std::string_view importFamily(const std::filesystem::path& path, std::string_view head);

} // namespace wb::core::io
