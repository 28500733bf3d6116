// The surface file of a result folder, and reading a result folder to show it on its own.
#include "result_folder.h"

#include "core/model/assembly_codec.h"
#include "core/model/atomic_file.h"
#include "result_view.h"

#include <fstream>
#include <iterator>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

core::Result<bool> writeSurfaceFile(const core::Assembly& assembly,
                                    const std::filesystem::path& file) {
    std::string bytes;
    core::encodeAssembly(assembly, bytes);
    return core::writeFileAtomically(file, bytes);
}

core::Result<std::shared_ptr<const core::Assembly>>
readSurfaceFile(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail(ErrorCode::NotFound, "sim.no_surface_file",
                    "the result folder has no surface file (surface.wbm)", file.string(),
                    {file.string()});
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto assembly = core::decodeImportReply(bytes, file.string());
    if (in.bad() || !assembly || (*assembly)->instances().empty())
        return fail(ErrorCode::InvalidFile, "sim.bad_surface_file",
                    "not a valid surface file: it is damaged or holds no part", file.string(),
                    {file.string()});
    return assembly;
}

bool isResultFolder(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec) &&
           (std::filesystem::exists(path / "result.json", ec) ||
            std::filesystem::exists(path / "fields.wbf", ec));
}

core::Result<ResultFolder> readResultFolder(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return fail(ErrorCode::NotFound, "sim.not_result_folder", "not a result folder",
                    dir.string(), {dir.string()});
    const auto fieldFile = dir / "fields.wbf";
    if (!std::filesystem::is_regular_file(fieldFile, ec))
        return fail(ErrorCode::NotFound, "sim.no_field_file",
                    "the result folder has no field file (fields.wbf): the solve produced no "
                    "fields",
                    fieldFile.string(), {fieldFile.string()});
    auto fields = readFieldFile(fieldFile);
    if (!fields || !fields->model)
        return fail(ErrorCode::InvalidFile, "sim.bad_field_file", "not a valid field file",
                    fieldFile.string(), {fieldFile.string()});
    if (scalarViews(*fields).empty())
        return fail(ErrorCode::InvalidFile, "sim.no_result_fields",
                    "the field file holds no field that can be shown", fieldFile.string(),
                    {fieldFile.string()});
    auto surface = readSurfaceFile(dir / "surface.wbm");
    if (!surface) return std::unexpected(surface.error());
    ResultFolder out;
    fields->assembly = *surface;
    out.surface = *surface;
    out.result = std::make_shared<const SolveResult>(std::move(*fields));
    return out;
}

} // namespace wb::sim
