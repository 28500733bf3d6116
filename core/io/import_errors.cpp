#include "import_errors.h"

#include <cstdint>

namespace wb::core::io {

namespace {

Error make(ErrorCode code, std::string_view id, const std::filesystem::path& path,
           std::string message, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{path.string()};
    for (auto& a : extra)
        args.push_back(std::move(a));
    return Error{code, std::string(id), std::move(args), std::move(message), path.string()};
}

} // namespace

Error fileNotFound(const std::filesystem::path& path) {
    return make(ErrorCode::NotFound, kErrFileNotFound, path, "file does not exist");
}

Error isDirectory(const std::filesystem::path& path) {
    return make(ErrorCode::InvalidArgument, kErrIsDirectory, path, "is a directory, not a file");
}

Error unreadable(const std::filesystem::path& path) {
    return make(ErrorCode::InvalidArgument, kErrUnreadable, path, "cannot be opened for reading");
}

Error emptyFile(const std::filesystem::path& path) {
    return make(ErrorCode::InvalidFile, kErrEmptyFile, path, "file is empty");
}

Error fileTooLarge(const std::filesystem::path& path, std::uintmax_t size) {
    return make(ErrorCode::ResourceExhausted, kErrFileTooLarge, path,
                "file is too large (" + std::to_string(size) + " bytes)", {std::to_string(size)});
}

Error truncatedFile(const std::filesystem::path& path, std::string_view format) {
    return make(ErrorCode::InvalidFile, kErrTruncated, path,
                std::string(format) + " file is truncated (its end is missing)",
                {std::string(format)});
}

Error corruptFile(const std::filesystem::path& path, std::string_view format) {
    return make(ErrorCode::InvalidFile, kErrCorrupt, path,
                "not a valid " + std::string(format) + " file (unrecognised content)",
                {std::string(format)});
}

Error unsupportedFormat(const std::filesystem::path& path) {
    return make(ErrorCode::Unsupported, kErrUnsupported, path, "unsupported file format",
                {path.extension().string()});
}

Error nonFiniteCoordinates(const std::filesystem::path& path, std::string_view part) {
    return make(ErrorCode::InvalidFile, kErrNonFinite, path,
                "NaN or infinite coordinates in part '" + std::string(part) + "'",
                {std::string(part)});
}

Error noGeometry(const std::filesystem::path& path) {
    return make(ErrorCode::InvalidFile, kErrNoGeometry, path,
                "file contains no surface geometry to display");
}

Error cancelled(const std::filesystem::path& path) {
    return make(ErrorCode::Cancelled, kErrCancelled, path, "import cancelled");
}

Error readFailed(const std::filesystem::path& path, std::string_view format,
                 std::string_view detail) {
    std::string message = "cannot read " + std::string(format) + " file";
    if (!detail.empty()) message += ": " + std::string(detail);
    return make(ErrorCode::InvalidFile, kErrReadFailed, path, std::move(message),
                {std::string(format), std::string(detail)});
}

Error internalError(const std::filesystem::path& path, std::string_view detail) {
    return make(ErrorCode::Internal, kErrInternal, path,
                "internal error while importing: " + std::string(detail), {std::string(detail)});
}

Error timeLimitExceeded(const std::filesystem::path& path, int seconds) {
    return make(ErrorCode::ResourceExhausted, kErrTimeLimit, path,
                "the importer stopped after its " + std::to_string(seconds) + " s limit",
                {std::to_string(seconds)});
}

Error memoryLimitExceeded(const std::filesystem::path& path, std::uint64_t megabytes) {
    return make(ErrorCode::ResourceExhausted, kErrMemoryLimit, path,
                "the importer stopped at its " + std::to_string(megabytes) + " MB memory limit",
                {std::to_string(megabytes)});
}

Error fileSizeLimitExceeded(const std::filesystem::path& path, std::uint64_t megabytes) {
    return make(ErrorCode::ResourceExhausted, kErrFileSizeLimit, path,
                "the importer stopped at its " + std::to_string(megabytes) +
                    " MB limit on the size of a file it writes",
                {std::to_string(megabytes)});
}

} // namespace wb::core::io
