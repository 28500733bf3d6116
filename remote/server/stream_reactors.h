#pragma once
/// The streaming calls: UploadGeometry (client stream), WatchJob and GetResult (server streams).

#include "service_context.h"

#include "werkbank/v1/simulation.grpc.pb.h"

namespace wb::remote {

grpc::ServerReadReactor<werkbank::v1::UploadGeometryRequest>*
startUpload(ServiceContext& service, grpc::CallbackServerContext* call,
            werkbank::v1::GeometryRef* reply);

grpc::ServerWriteReactor<werkbank::v1::JobEvent>*
startWatch(ServiceContext& service, grpc::CallbackServerContext* call,
           const werkbank::v1::WatchJobRequest* request);

/// GetResult on the raw callback API: the request arrives as bytes (a GetResultRequest) and the
/// replies are ResultChunk messages assembled without copying the file bytes.
grpc::ServerWriteReactor<grpc::ByteBuffer>* startResult(ServiceContext& service,
                                                        grpc::CallbackServerContext* call,
                                                        const grpc::ByteBuffer* request);

/// A reactor that fails at once with `status`.
template <typename T> grpc::ServerWriteReactor<T>* failedWriter(const grpc::Status& status) {
    struct Failed : grpc::ServerWriteReactor<T> {
        explicit Failed(const grpc::Status& s) { this->Finish(s); }
        void OnDone() override { delete this; }
    };
    return new Failed(status);
}

} // namespace wb::remote
