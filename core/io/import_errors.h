#pragma once
/// Stable message ids of import errors and the functions that build them. The app translates
/// the ids; `Error::args[0]` is always the file path.

#include "core/model/result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace wb::core::io {

inline constexpr std::string_view kErrFileNotFound = "io.file_not_found";
inline constexpr std::string_view kErrIsDirectory = "io.is_directory";
inline constexpr std::string_view kErrUnreadable = "io.unreadable";
inline constexpr std::string_view kErrEmptyFile = "io.empty_file";
inline constexpr std::string_view kErrFileTooLarge = "io.file_too_large";
inline constexpr std::string_view kErrTruncated = "io.truncated_file";
inline constexpr std::string_view kErrCorrupt = "io.corrupt_file";
inline constexpr std::string_view kErrUnsupported = "io.unsupported_format";
inline constexpr std::string_view kErrNonFinite = "io.non_finite_coordinates";
inline constexpr std::string_view kErrNoGeometry = "io.no_geometry";
inline constexpr std::string_view kErrCancelled = "io.cancelled";
inline constexpr std::string_view kErrReadFailed = "io.read_failed";
inline constexpr std::string_view kErrInternal = "io.internal_error";
/// An import helper exceeded one of its ImportLimits (the ids share core::kImportLimitIdPrefix,
/// which gives them their own exit code).
inline constexpr std::string_view kErrTimeLimit = "io.limit.time";
inline constexpr std::string_view kErrMemoryLimit = "io.limit.memory";
inline constexpr std::string_view kErrFileSizeLimit = "io.limit.file_size";

/// Largest file an import accepts.
inline constexpr std::uintmax_t kMaxFileSize = std::uintmax_t{4} << 30;

Error fileNotFound(const std::filesystem::path& path);
Error isDirectory(const std::filesystem::path& path);
Error unreadable(const std::filesystem::path& path);
Error emptyFile(const std::filesystem::path& path);
Error fileTooLarge(const std::filesystem::path& path, std::uintmax_t size);
/// `format`: "STEP", "IGES", ...
Error truncatedFile(const std::filesystem::path& path, std::string_view format);
/// The file has the extension of `format` but its content is not that format.
Error corruptFile(const std::filesystem::path& path, std::string_view format);
Error unsupportedFormat(const std::filesystem::path& path);
Error nonFiniteCoordinates(const std::filesystem::path& path, std::string_view part);
Error noGeometry(const std::filesystem::path& path);
Error cancelled(const std::filesystem::path& path);
/// The parser rejected the file; `detail` is the parser's own message (English, for logs).
Error readFailed(const std::filesystem::path& path, std::string_view format,
                 std::string_view detail);
Error internalError(const std::filesystem::path& path, std::string_view detail);
/// args: path, the limit (seconds or MiB).
Error timeLimitExceeded(const std::filesystem::path& path, int seconds);
Error memoryLimitExceeded(const std::filesystem::path& path, std::uint64_t megabytes);
Error fileSizeLimitExceeded(const std::filesystem::path& path, std::uint64_t megabytes);

} // namespace wb::core::io
