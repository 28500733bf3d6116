#pragma once
/// core::Error <-> grpc::Status: the status carries an ErrorDetail (code, id, args, field path)
/// in its binary details; the status message is English for logs only.

#include "core/model/result.h"
#include "werkbank/v1/simulation.pb.h"

#include <grpcpp/support/status.h>

namespace wb::remote {

werkbank::v1::ErrorDetail toDetail(const core::Error& error);
core::Error fromDetail(const werkbank::v1::ErrorDetail& detail);

/// A failed status for `error` with the given gRPC code.
grpc::Status toStatus(grpc::StatusCode code, const core::Error& error);
/// A failed status whose code follows from the error's code.
grpc::Status toStatus(const core::Error& error);
/// Shorthand: a status with a detail built from (id, context, args).
grpc::Status statusWith(grpc::StatusCode code, std::string id, std::string message,
                        std::string context = {}, std::vector<std::string> args = {});

/// The error carried by a failed status (its details, or a "remote.<status>" error).
core::Error fromStatus(const grpc::Status& status);

} // namespace wb::remote
