#include "import_record.h"

#include "core/model/assembly_codec.h"
#include "core/model/atomic_file.h"

#include <charconv>
#include <fstream>
#include <iterator>
#include <sstream>

namespace wb::remote {

namespace fs = std::filesystem;

namespace {

constexpr const char* kImported = "imported";
constexpr const char* kFailed = "failed";

/// STEP and IGES carry their unit; every other importer takes ImportOptions::metresPerUnit.
bool statesOwnUnit(const std::string& format) {
    return format == "STEP" || format == "IGES";
}

std::string number(double v) {
    char buffer[32];
    return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, v).ptr);
}

core::Error damaged(const fs::path& geometry, const std::string& why) {
    return core::Error{core::ErrorCode::Internal,
                       "io.bad_import_reply",
                       {geometry.filename().string(), why},
                       "damaged import record: " + why,
                       geometry.filename().string()};
}

std::string summaryLine(const core::Assembly& assembly) {
    const core::BBox box = assembly.bbox();
    std::string line = std::string(kImported) + " " + number(assembly.metresPerUnit()) + " " +
                       (statesOwnUnit(assembly.format()) ? "1" : "0");
    for (double v : {box.min.x, box.min.y, box.min.z, box.max.x, box.max.y, box.max.z})
        line += " " + number(v);
    return line;
}

std::optional<ImportSummary> parseSummary(const std::string& line) {
    std::istringstream in(line);
    std::string tag, word;
    in >> tag;
    double values[8];
    for (double& v : values) {
        if (!(in >> word)) return std::nullopt;
        if (std::from_chars(word.data(), word.data() + word.size(), v).ec != std::errc())
            return std::nullopt;
    }
    ImportSummary s;
    s.metresPerUnit = values[0];
    s.ownUnit = values[1] != 0;
    s.box.min = {values[2], values[3], values[4]};
    s.box.max = {values[5], values[6], values[7]};
    return s;
}

/// The encoded part of the record after its first line.
core::Result<std::shared_ptr<const core::Assembly>> decodeRest(std::istream& in,
                                                               const fs::path& geometry) {
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return core::decodeImportReply(bytes, geometry.filename().string());
}

} // namespace

fs::path importRecordPath(const fs::path& geometry) {
    return fs::path(geometry).concat(".import");
}

core::Result<bool>
writeImportRecord(const fs::path& geometry,
                  const core::Result<std::shared_ptr<const core::Assembly>>& imported) {
    std::string text = imported ? summaryLine(**imported) : std::string(kFailed);
    text += '\n';
    if (imported)
        core::encodeAssembly(**imported, text);
    else
        core::encodeError(imported.error(), text);
    return core::writeFileAtomically(importRecordPath(geometry), text,
                                     fs::perms::owner_read | fs::perms::owner_write);
}

std::optional<core::Result<ImportSummary>> readImportSummary(const fs::path& geometry) {
    std::ifstream in(importRecordPath(geometry), std::ios::binary);
    if (!in) return std::nullopt;
    std::string line;
    std::getline(in, line);
    if (line == kFailed) {
        auto decoded = decodeRest(in, geometry);
        if (decoded) return std::unexpected(damaged(geometry, "a failure without its error"));
        return std::unexpected(decoded.error());
    }
    if (!line.starts_with(kImported)) return std::unexpected(damaged(geometry, "no summary"));
    auto summary = parseSummary(line);
    if (!summary) return std::unexpected(damaged(geometry, "bad summary"));
    return *summary;
}

core::Result<std::shared_ptr<const core::Assembly>> loadImportedModel(const fs::path& geometry,
                                                                      double metresPerUnit) {
    std::ifstream in(importRecordPath(geometry), std::ios::binary);
    if (!in)
        return core::fail(core::ErrorCode::Internal, "server.not_imported",
                          "the geometry has not been imported", geometry.filename().string());
    std::string line;
    std::getline(in, line);
    auto decoded = decodeRest(in, geometry);
    if (!decoded || statesOwnUnit((*decoded)->format())) return decoded;
    // Freshly decoded and owned by no one else: set the unit in place rather than copy meshes.
    auto model = std::const_pointer_cast<core::Assembly>(*decoded);
    model->setMetresPerUnit(metresPerUnit);
    return std::shared_ptr<const core::Assembly>(std::move(model));
}

} // namespace wb::remote
