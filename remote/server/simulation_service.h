#pragma once
/// werkbank.v1.SimulationService on the gRPC callback API. Every call is authenticated and
/// scoped to the caller's tenant.

#include "service_context.h"

#include "werkbank/v1/simulation.grpc.pb.h"

namespace wb::remote {

/// GetResult is a raw method so that result files stream without being copied into messages.
class SimulationService final
    : public werkbank::v1::SimulationService::WithRawCallbackMethod_GetResult<
          werkbank::v1::SimulationService::CallbackService> {
public:
    explicit SimulationService(ServiceContext& context) : m_context(context) {}

    grpc::ServerReadReactor<werkbank::v1::UploadGeometryRequest>*
    UploadGeometry(grpc::CallbackServerContext* call, werkbank::v1::GeometryRef* reply) override;
    grpc::ServerUnaryReactor* SubmitJob(grpc::CallbackServerContext* call,
                                        const werkbank::v1::SubmitJobRequest* request,
                                        werkbank::v1::SubmitJobResponse* reply) override;
    grpc::ServerWriteReactor<werkbank::v1::JobEvent>*
    WatchJob(grpc::CallbackServerContext* call,
             const werkbank::v1::WatchJobRequest* request) override;
    grpc::ServerUnaryReactor* GetJob(grpc::CallbackServerContext* call,
                                     const werkbank::v1::JobRef* request,
                                     werkbank::v1::Job* reply) override;
    grpc::ServerUnaryReactor* ListJobs(grpc::CallbackServerContext* call,
                                       const werkbank::v1::ListJobsRequest* request,
                                       werkbank::v1::ListJobsResponse* reply) override;
    grpc::ServerUnaryReactor* CancelJob(grpc::CallbackServerContext* call,
                                        const werkbank::v1::JobRef* request,
                                        werkbank::v1::Job* reply) override;
    grpc::ServerUnaryReactor* DeleteJob(grpc::CallbackServerContext* call,
                                        const werkbank::v1::JobRef* request,
                                        werkbank::v1::Job* reply) override;
    grpc::ServerWriteReactor<grpc::ByteBuffer>* GetResult(grpc::CallbackServerContext* call,
                                                          const grpc::ByteBuffer* request) override;
    grpc::ServerUnaryReactor* GetServerInfo(grpc::CallbackServerContext* call,
                                            const werkbank::v1::ServerInfoRequest* request,
                                            werkbank::v1::ServerInfo* reply) override;

private:
    grpc::Status submit(const std::string& tenant, const werkbank::v1::SubmitJobRequest& request,
                        werkbank::v1::SubmitJobResponse& reply);

    ServiceContext& m_context;
};

} // namespace wb::remote
