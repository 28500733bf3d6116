#include "error_status.h"

#include <array>
#include <utility>

namespace wb::remote {

namespace {

constexpr std::array kCodes = {
    core::ErrorCode::NotFound,          core::ErrorCode::InvalidArgument,
    core::ErrorCode::InvalidFile,       core::ErrorCode::Unsupported,
    core::ErrorCode::Cancelled,         core::ErrorCode::NotConverged,
    core::ErrorCode::ResourceExhausted, core::ErrorCode::Internal,
};

core::ErrorCode codeFromName(const std::string& name) {
    for (core::ErrorCode c : kCodes)
        if (name == core::errorCodeName(c)) return c;
    return core::ErrorCode::Internal;
}

const char* statusName(grpc::StatusCode code) {
    switch (code) {
    case grpc::StatusCode::UNAUTHENTICATED:
        return "unauthenticated";
    case grpc::StatusCode::PERMISSION_DENIED:
        return "permission_denied";
    case grpc::StatusCode::UNAVAILABLE:
        return "unavailable";
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return "deadline_exceeded";
    case grpc::StatusCode::NOT_FOUND:
        return "not_found";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return "resource_exhausted";
    case grpc::StatusCode::INVALID_ARGUMENT:
        return "invalid_argument";
    case grpc::StatusCode::CANCELLED:
        return "cancelled";
    case grpc::StatusCode::FAILED_PRECONDITION:
        return "failed_precondition";
    default:
        return "internal";
    }
}

core::ErrorCode codeFromStatus(grpc::StatusCode code) {
    switch (code) {
    case grpc::StatusCode::NOT_FOUND:
        return core::ErrorCode::NotFound;
    case grpc::StatusCode::INVALID_ARGUMENT:
        return core::ErrorCode::InvalidArgument;
    case grpc::StatusCode::CANCELLED:
        return core::ErrorCode::Cancelled;
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return core::ErrorCode::ResourceExhausted;
    default:
        return core::ErrorCode::Internal;
    }
}

} // namespace

werkbank::v1::ErrorDetail toDetail(const core::Error& error) {
    werkbank::v1::ErrorDetail d;
    d.set_code(core::errorCodeName(error.code));
    d.set_id(error.id);
    for (const std::string& a : error.args)
        d.add_args(a);
    d.set_context(error.context);
    return d;
}

core::Error fromDetail(const werkbank::v1::ErrorDetail& detail) {
    core::Error e;
    e.code = codeFromName(detail.code());
    e.id = detail.id();
    e.args.assign(detail.args().begin(), detail.args().end());
    e.context = detail.context();
    e.message = e.id;
    for (const std::string& a : e.args)
        e.message += " " + a;
    return e;
}

grpc::Status toStatus(grpc::StatusCode code, const core::Error& error) {
    return grpc::Status(code, error.toString(), toDetail(error).SerializeAsString());
}

grpc::Status toStatus(const core::Error& error) {
    switch (error.code) {
    case core::ErrorCode::NotFound:
        return toStatus(grpc::StatusCode::NOT_FOUND, error);
    case core::ErrorCode::InvalidArgument:
    case core::ErrorCode::InvalidFile:
    case core::ErrorCode::Unsupported:
        return toStatus(grpc::StatusCode::INVALID_ARGUMENT, error);
    case core::ErrorCode::Cancelled:
        return toStatus(grpc::StatusCode::CANCELLED, error);
    case core::ErrorCode::ResourceExhausted:
        return toStatus(grpc::StatusCode::RESOURCE_EXHAUSTED, error);
    default:
        return toStatus(grpc::StatusCode::INTERNAL, error);
    }
}

grpc::Status statusWith(grpc::StatusCode code, std::string id, std::string message,
                        std::string context, std::vector<std::string> args) {
    return toStatus(code, core::Error{codeFromStatus(code), std::move(id), std::move(args),
                                      std::move(message), std::move(context)});
}

core::Error fromStatus(const grpc::Status& status) {
    werkbank::v1::ErrorDetail detail;
    if (!status.error_details().empty() && detail.ParseFromString(status.error_details())) {
        core::Error e = fromDetail(detail);
        e.message = status.error_message();
        return e;
    }
    return core::Error{codeFromStatus(status.error_code()),
                       std::string("remote.") + statusName(status.error_code()),
                       {},
                       status.error_message(),
                       {}};
}

} // namespace wb::remote
