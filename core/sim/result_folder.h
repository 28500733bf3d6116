#pragma once
/// The result folder of docs/study-format.md: result.json, result.vtu, fields.wbf, and the
/// study as solved (study.json) with the surface it was solved on (surface.wbm), so that a
/// result folder shows and renders on its own.

#include "json.h"
#include "solve.h"

#include <filesystem>
#include <memory>

namespace wb::sim {

/// The summary (result.json content) of a result.
Json resultSummary(const SolveResult& result);
/// The summary of a solve that failed before producing fields (status "failed").
Json failureSummary(const std::string& analysis, const core::Error& error);

/// Writes result.json, result.vtu, fields.wbf, study.json (when result.study is set) and
/// surface.wbm (when result.assembly is set) into `dir` (created when missing).
core::Result<bool> writeResultFolder(const SolveResult& result, const std::filesystem::path& dir);

/// VTK XML UnstructuredGrid of the solid voxels (hexahedra) with every field as point data
/// and the material index as cell data (base64 binary, readable by ParaView).
core::Result<bool> writeVtu(const SolveResult& result, const std::filesystem::path& file);

/// Compact binary field file, little endian:
///   "WBF1" | u32 version=1 | u32 analysis (its position in analyses(): 0 structural, 1 thermal)
///   | i32 nx, ny, nz | f64 h | f64 origin[3]
///   | u16 voxelMaterial[nx*ny*nz] (0xFFFF = empty)
///   | u32 fieldCount | per field: u32 nameLength | name bytes | u32 components
///     | f32 values[(nx+1)*(ny+1)*(nz+1)*components] (node index i + (nx+1)*(j + (ny+1)*k))
core::Result<bool> writeFieldFile(const SolveResult& result, const std::filesystem::path& file);
/// Reads a field file back: model (materials left empty) and fields.
core::Result<SolveResult> readFieldFile(const std::filesystem::path& file);

/// The surface file (surface.wbm): `assembly` in the import helper's wire format
/// (core/model/assembly_codec.h), coordinates in its own unit.
core::Result<bool> writeSurfaceFile(const core::Assembly& assembly,
                                    const std::filesystem::path& file);
/// Reads a surface file back; "sim.no_surface_file" when it is missing, "sim.bad_surface_file"
/// when it is damaged (args: the file).
core::Result<std::shared_ptr<const core::Assembly>>
readSurfaceFile(const std::filesystem::path& file);

/// A result folder read to be shown on its own: the fields and the surface they were solved on.
struct ResultFolder {
    std::shared_ptr<const SolveResult> result;
    std::shared_ptr<const core::Assembly> surface;
};
/// Whether `path` is a folder that holds a result (result.json or fields.wbf).
bool isResultFolder(const std::filesystem::path& path);
/// Reads fields.wbf and surface.wbm of `dir`. Errors (args[0] the folder or file):
/// "sim.not_result_folder" (not a folder), "sim.no_field_file", "sim.bad_field_file",
/// "sim.no_result_fields" (a field file with nothing to show), "sim.no_surface_file",
/// "sim.bad_surface_file". Thread-safe.
core::Result<ResultFolder> readResultFolder(const std::filesystem::path& dir);

} // namespace wb::sim
