#include "solve.h"

#ifdef WB_HAVE_CUDA
#include "cuda/cuda_backend.h"
#endif

namespace wb::sim {

bool cudaAvailable() {
#ifdef WB_HAVE_CUDA
    return cuda::deviceAvailable();
#else
    return false;
#endif
}

} // namespace wb::sim
