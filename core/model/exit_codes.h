#pragma once
/// The exit codes of every Werkbank program, and the one mapping from errors to them.

#include "core/model/result.h"

namespace wb::core {

/// Process exit codes, the same for werkbank-cli, werkbank-solve, werkbank-server and the import
/// helpers (the README lists them).
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,      ///< internal or I/O error
    kExitUsage = 2,        ///< usage error or invalid input; the message names the option or field
    kExitNotConverged = 3, ///< the solver stopped before reaching its tolerance
    kExitCancelled = 4,    ///< cancelled by the user, a deadline or a caller that went away
    kExitAuth = 5,         ///< authentication or permission
    kExitUnreachable = 6,  ///< the simulation service cannot be reached
    kExitImportLimit = 7,  ///< an import limit (time, memory, size) was exceeded
};

/// The message id prefix of errors that report an exceeded import limit ("io.limit.memory").
inline constexpr const char* kImportLimitIdPrefix = "io.limit.";

/// The exit code for `error`: by its message id family where that decides (auth.*, the
/// unreachable service, import limits), otherwise by its code.
int exitCodeFor(const Error& error);

} // namespace wb::core
