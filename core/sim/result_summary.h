#pragma once
/// Reading a result folder's summary (result.json, docs/study-format.md) back: status, sizes,
/// every field's extremes with their place, the probes' values and the supports' reactions. Strict: the JSON rules of
/// parseJson, the members and types the format names, the fields the result's analysis
/// declares (analysis registry). Plain C++; any thread.

#include "solve.h"
#include "study.h"

#include "core/model/result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wb::sim {

/// The largest accepted result.json (a summary is a few kilobytes; more is not one).
inline constexpr std::uintmax_t kMaxResultSummaryBytes = 16u << 20;

struct ResultSummary {
    std::string status;                  ///< "converged", "not_converged", "cancelled" or "failed"
    std::string analysis;                ///< a name of the analysis registry
    std::string backend;                 ///< "cpu" or "cuda"; empty when absent
    std::string errorCode, errorMessage; ///< of a failed solve
    std::uint64_t voxels = 0, dofs = 0, peakMemoryBytes = 0;
    double voxelSize = 0; ///< m
    int iterations = 0;
    double relativeResidual = 0;
    double totalSeconds = 0;
    std::vector<FieldExtreme> min, max; ///< in the file's order
    std::vector<ProbeResult> probes;
    /// Per support, in the file's order: force and moment of a structural result, heat flow
    /// of a thermal one; a value absent from the file (it was not finite) reads as NaN.
    std::vector<SupportReaction> reactions;

    /// The extreme of `field` (nullptr when the result has none).
    const FieldExtreme* minimum(std::string_view field) const;
    const FieldExtreme* maximum(std::string_view field) const;
};

/// Parses result.json's text. Errors: "json.syntax" (context "line:column") for text that is
/// not strict JSON, "study.invalid_field" (context and args[0] the member's path, args[1]
/// what is wrong) for a missing, unknown or mistyped member, "result.newer_version" for a
/// version above 1.
core::Result<ResultSummary> parseResultSummary(std::string_view text);

/// Reads `dir`/result.json. Errors name the file (args[0]) and say what is wrong:
/// "result.missing" (no such file), "io.empty_file", "io.file_too_large" (args[1] the size),
/// "io.unreadable", "result.invalid" (args[1] where: "line:column" or a member path, args[2]
/// what), "result.newer_version" (args[1] the version). The context is "file[:where]".
core::Result<ResultSummary> loadResultSummary(const std::filesystem::path& dir);

} // namespace wb::sim
