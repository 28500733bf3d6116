#pragma once
/// What every call handler of the service shares.

#include "geometry_imports.h"
#include "geometry_store.h"
#include "job_runner.h"
#include "job_store.h"
#include "server_config.h"
#include "study_size.h"
#include "token_store.h"

#include <grpcpp/server_context.h>

#include <variant>

namespace wb::remote {

struct ServiceContext {
    ServerConfig config;
    TokenStore tokens;
    JobStore jobs;
    std::unique_ptr<GeometryStore> geometry;
    std::unique_ptr<GeometryImports> imports; ///< before the runner, whose jobs wait on it
    std::unique_ptr<JobRunner> runner;
    std::uint64_t memoryBudget = 0;

    SizeLimits sizeLimits() const { return {config.maxVoxels, memoryBudget}; }

    /// The caller's tenant, or the status to refuse the call with (UNAUTHENTICATED).
    std::variant<std::string, grpc::Status>
    authenticate(const grpc::CallbackServerContext& call) const;
};

} // namespace wb::remote
