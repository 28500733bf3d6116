#pragma once
/// Error and Result<T>: the currency of every module boundary for expected failures.

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace wb::core {

/// Broad error classes; a caller branches on these, a user reads the message.
enum class ErrorCode {
    NotFound,        ///< missing path or id
    InvalidArgument, ///< a value is out of range, NaN, of the wrong type
    InvalidFile,     ///< the file exists but its content is unusable
    Unsupported,     ///< the format or feature is not supported
    Cancelled,       ///< the user or caller cancelled
    NotConverged,    ///< an iterative method stopped before reaching its tolerance
    ResourceExhausted,
    Internal,
};

/// An expected failure: a code, a stable message id with arguments (translated at the edge),
/// an English message for logs and a context (file or field path).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string id;                ///< stable message id, e.g. "io.empty_file"
    std::vector<std::string> args; ///< arguments of the message id
    std::string message;           ///< English, for logs and the CLI
    std::string context;           ///< file path or field path

    /// One line: "context: message" (or the message alone).
    std::string toString() const { return context.empty() ? message : context + ": " + message; }
};

template <typename T> using Result = std::expected<T, Error>;

/// Builds an unexpected Error in one expression: `return fail(ErrorCode::..., "id", "msg")`.
inline std::unexpected<Error> fail(ErrorCode code, std::string id, std::string message,
                                   std::string context = {}, std::vector<std::string> args = {}) {
    return std::unexpected(
        Error{code, std::move(id), std::move(args), std::move(message), std::move(context)});
}

const char* errorCodeName(ErrorCode code);

} // namespace wb::core
