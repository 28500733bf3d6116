#include "solve.h"

#ifdef WB_HAVE_CUDA
#include "cuda/cuda_backend.h"

#include <cuda_runtime.h>
#endif

namespace wb::sim {

bool cudaAvailable() {
#ifdef WB_HAVE_CUDA
    return cuda::deviceAvailable();
#else
    return false;
#endif
}

std::string cudaUnavailableReason() {
#ifdef WB_HAVE_CUDA
    return cuda::deviceProblem();
#else
    return "this build has no CUDA backend (it was built without nvcc)";
#endif
}

std::vector<GpuDevice> cudaDevices() {
    std::vector<GpuDevice> devices;
#ifdef WB_HAVE_CUDA
    int count = 0;
    if (cudaGetDeviceCount(&count) != cudaSuccess) {
        cudaGetLastError(); // clear the sticky "no device" error
        return devices;
    }
    for (int i = 0; i < count; ++i) {
        cudaDeviceProp prop{};
        if (cudaGetDeviceProperties(&prop, i) != cudaSuccess) {
            cudaGetLastError();
            continue;
        }
        devices.push_back({prop.name, prop.totalGlobalMem});
    }
#endif
    return devices;
}

} // namespace wb::sim
