#include "exit_codes.h"

namespace wb::core {

int exitCodeFor(const Error& error) {
    if (error.id.starts_with("auth.")) return kExitAuth;
    if (error.id == "remote.unavailable") return kExitUnreachable;
    if (error.id.starts_with(kImportLimitIdPrefix)) return kExitImportLimit;
    if (error.id == "remote.deadline_exceeded" || error.id == "job.deadline_exceeded")
        return kExitCancelled;
    switch (error.code) {
    case ErrorCode::NotFound:
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidFile:
    case ErrorCode::Unsupported:
    case ErrorCode::ResourceExhausted:
        return kExitUsage;
    case ErrorCode::Cancelled:
        return kExitCancelled;
    case ErrorCode::NotConverged:
        return kExitNotConverged;
    case ErrorCode::Internal:
        return kExitFailure;
    }
    return kExitFailure;
}

} // namespace wb::core
