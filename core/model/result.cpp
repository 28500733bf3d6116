#include "result.h"

namespace wb::core {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::InvalidArgument:
        return "invalid_argument";
    case ErrorCode::InvalidFile:
        return "invalid_file";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::NotConverged:
        return "not_converged";
    case ErrorCode::ResourceExhausted:
        return "resource_exhausted";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

} // namespace wb::core
