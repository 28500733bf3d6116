#pragma once
/// The result folder of docs/study-format.md: result.json, result.vtu and fields.wbf.

#include "json.h"
#include "solve.h"

#include <filesystem>

namespace wb::sim {

/// The summary (result.json content) of a result.
Json resultSummary(const SolveResult& result);
/// The summary of a solve that failed before producing fields (status "failed").
Json failureSummary(const std::string& analysis, const core::Error& error);

/// Writes result.json, result.vtu and fields.wbf into `dir` (created when missing).
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

} // namespace wb::sim
