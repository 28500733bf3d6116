#include "cuda_backend.h"

#include <cuda_runtime.h>

#include <chrono>
#include <cmath>
#include <string>

namespace wb::sim::cuda {

bool deviceAvailable() {
    return deviceProblem().empty();
}

std::string deviceName() {
    if (!deviceAvailable()) return {};
    cudaDeviceProp prop{};
    if (cudaGetDeviceProperties(&prop, 0) != cudaSuccess) return {};
    return prop.name;
}

double deviceBandwidth() {
    int clockKHz = 0, busBits = 0;
    if (cudaDeviceGetAttribute(&clockKHz, cudaDevAttrMemoryClockRate, 0) != cudaSuccess ||
        cudaDeviceGetAttribute(&busBits, cudaDevAttrGlobalMemoryBusWidth, 0) != cudaSuccess)
        return 0;
    return 2.0 * clockKHz * 1e3 * busBits / 8.0;
}

namespace {

constexpr int kBlock = 256;

template <typename T> struct DeviceArray {
    T* ptr = nullptr;
    std::size_t size = 0;
    bool allocate(std::size_t n) {
        size = n;
        return n == 0 || cudaMalloc(&ptr, n * sizeof(T)) == cudaSuccess;
    }
    bool upload(const T* host, std::size_t n) {
        if (!allocate(n)) return false;
        return n == 0 ||
               cudaMemcpy(ptr, host, n * sizeof(T), cudaMemcpyHostToDevice) == cudaSuccess;
    }
    ~DeviceArray() {
        if (ptr) cudaFree(ptr);
    }
};

struct Level {
    int nc, nx, ny, nz;
    std::size_t nodes, dofs;
    double lambdaMax;
    DeviceArray<double> coefA, coefB, matA, matB, stencil, invDiag, robin;
    DeviceArray<std::uint8_t> freeDof;
    DeviceArray<std::uint16_t> nodeKind;
    DeviceArray<double> b, x, r, d;
};

struct LevelArgs {
    int nc, nx, ny, nz;
    const double *coefA, *coefB, *matA, *matB, *stencil, *robin;
    const std::uint8_t* freeDof;
    const std::uint16_t* nodeKind;
};

LevelArgs args(const Level& L) {
    return {L.nc,          L.nx,
            L.ny,          L.nz,
            L.coefA.ptr,   L.coefB.ptr,
            L.matA.ptr,    L.matB.ptr,
            L.stencil.ptr, L.robin.size ? L.robin.ptr : nullptr,
            L.freeDof.ptr, L.nodeKind.ptr};
}

unsigned blocks(std::size_t n) {
    return unsigned((n + kBlock - 1) / kBlock);
}

template <int NC>
__global__ void applyKernel(LevelArgs L, const double* __restrict__ x, double* __restrict__ y) {
    const std::size_t n = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    const std::size_t nx1 = L.nx + 1, ny1 = L.ny + 1;
    if (n >= nx1 * ny1 * std::size_t(L.nz + 1)) return;
    const int i = int(n % nx1), j = int((n / nx1) % ny1), k = int(n / (nx1 * ny1));
    const std::uint16_t kind = L.nodeKind[n];
    double acc[NC];
    for (int c = 0; c < NC; ++c)
        acc[c] = 0;
    if (kind != 0 && kind != 0xFFFF) {
        const int dz0 = k > 0 ? 0 : 1, dz1 = k < L.nz ? 2 : 1, dy0 = j > 0 ? 0 : 1,
                  dy1 = j < L.ny ? 2 : 1;
        for (int r = 0; r < 9; ++r) {
            if (r / 3 < dz0 || r / 3 > dz1 || r % 3 < dy0 || r % 3 > dy1) continue;
            const std::ptrdiff_t off = (std::ptrdiff_t(r / 3) - 1) * std::ptrdiff_t(nx1 * ny1) +
                                       (std::ptrdiff_t(r % 3) - 1) * std::ptrdiff_t(nx1) - 1;
            const double* xr = x + (std::ptrdiff_t(n) + off) * NC;
            const double* blk = L.stencil + std::size_t(kind) * (27 * NC * NC) + r * (NC * 3 * NC);
            for (int c = 0; c < NC; ++c) {
                double s = 0;
                for (int q = 0; q < 3 * NC; ++q)
                    s += __ldg(blk + c * 3 * NC + q) * __ldg(xr + q);
                acc[c] += s;
            }
        }
    } else if (kind == 0xFFFF) {
        constexpr int kE = 8 * NC;
        for (int e = 0; e < 8; ++e) {
            const int vi = i - 1 + (e & 1), vj = j - 1 + ((e >> 1) & 1),
                      vk = k - 1 + ((e >> 2) & 1);
            if (vi < 0 || vj < 0 || vk < 0 || vi >= L.nx || vj >= L.ny || vk >= L.nz) continue;
            const std::size_t v = (std::size_t(vk) * L.ny + vj) * L.nx + vi;
            const double a = L.coefA[v], b = L.coefB[v];
            if (a == 0 && b == 0) continue;
            const int ln = (1 - (e & 1)) + 2 * (1 - ((e >> 1) & 1)) + 4 * (1 - ((e >> 2) & 1));
            double xe[kE];
            for (int c = 0; c < 8; ++c) {
                const std::size_t m =
                    (std::size_t(vk + ((c >> 2) & 1)) * ny1 + (vj + ((c >> 1) & 1))) * nx1 + vi +
                    (c & 1);
                for (int c2 = 0; c2 < NC; ++c2)
                    xe[c * NC + c2] = x[m * NC + c2];
            }
            for (int c = 0; c < NC; ++c) {
                const double* ra = L.matA + (ln * NC + c) * kE;
                const double* rb = L.matB + (ln * NC + c) * kE;
                double sa = 0, sb = 0;
                for (int q = 0; q < kE; ++q) {
                    sa += __ldg(ra + q) * xe[q];
                    sb += __ldg(rb + q) * xe[q];
                }
                acc[c] += a * sa + b * sb;
            }
        }
    }
    if (L.robin) acc[0] += L.robin[n] * x[n * NC];
    for (int c = 0; c < NC; ++c)
        y[n * NC + c] = L.freeDof[n * NC + c] ? acc[c] : 0.0;
}

__global__ void chebyStartKernel(std::size_t n, const double* inv, const double* b, double* d,
                                 double* x, double theta, bool zeroStart, const double* r) {
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= n) return;
    if (zeroStart) {
        d[i] = inv[i] * b[i] / theta;
        x[i] = d[i];
    } else {
        d[i] = inv[i] * (b[i] - r[i]) / theta;
        x[i] += d[i];
    }
}

__global__ void chebyStepKernel(std::size_t n, const double* inv, const double* b, const double* r,
                                double* d, double* x, double c1, double c2) {
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= n) return;
    d[i] = c1 * d[i] + c2 * inv[i] * (b[i] - r[i]);
    x[i] += d[i];
}

__global__ void residualKernel(std::size_t n, const double* b, double* r) {
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n) r[i] = b[i] - r[i];
}

__global__ void restrictKernel(int nc, int fnx, int fny, int fnz, int cnx, int cny, int cnz,
                               const double* fine, double* coarse, const std::uint8_t* coarseFree) {
    const std::size_t cn = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    const std::size_t cx1 = cnx + 1, cy1 = cny + 1;
    if (cn >= cx1 * cy1 * std::size_t(cnz + 1)) return;
    const int i = int(cn % cx1), j = int((cn / cx1) % cy1), k = int(cn / (cx1 * cy1));
    double acc[3] = {0, 0, 0};
    for (int dz = -1; dz <= 1; ++dz) {
        const int fk = 2 * k + dz;
        if (fk < 0 || fk > fnz) continue;
        for (int dy = -1; dy <= 1; ++dy) {
            const int fj = 2 * j + dy;
            if (fj < 0 || fj > fny) continue;
            for (int dx = -1; dx <= 1; ++dx) {
                const int fi = 2 * i + dx;
                if (fi < 0 || fi > fnx) continue;
                const double w = (dx ? 0.5 : 1.0) * (dy ? 0.5 : 1.0) * (dz ? 0.5 : 1.0);
                const std::size_t fn = (std::size_t(fk) * (fny + 1) + fj) * (fnx + 1) + fi;
                for (int c = 0; c < nc; ++c)
                    acc[c] += w * fine[fn * nc + c];
            }
        }
    }
    for (int c = 0; c < nc; ++c)
        coarse[cn * nc + c] = coarseFree[cn * nc + c] ? acc[c] : 0.0;
}

__global__ void prolongKernel(int nc, int fnx, int fny, int fnz, int cnx, int cny,
                              const double* coarse, double* fine, const std::uint8_t* fineFree,
                              const std::uint16_t* fineKind) {
    const std::size_t fn = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    const std::size_t fx1 = fnx + 1, fy1 = fny + 1;
    if (fn >= fx1 * fy1 * std::size_t(fnz + 1) || fineKind[fn] == 0) return;
    const int i = int(fn % fx1), j = int((fn / fx1) % fy1), k = int(fn / (fx1 * fy1));
    const int ci[2] = {i / 2, (i + 1) / 2}, cj[2] = {j / 2, (j + 1) / 2},
              ck[2] = {k / 2, (k + 1) / 2};
    const int ni = (i & 1) ? 2 : 1, nj = (j & 1) ? 2 : 1, nk = (k & 1) ? 2 : 1;
    const double w = 1.0 / (ni * nj * nk);
    double acc[3] = {0, 0, 0};
    for (int c3 = 0; c3 < nk; ++c3)
        for (int c2 = 0; c2 < nj; ++c2)
            for (int c1 = 0; c1 < ni; ++c1) {
                const std::size_t cn =
                    (std::size_t(ck[c3]) * (cny + 1) + cj[c2]) * (cnx + 1) + ci[c1];
                for (int c = 0; c < nc; ++c)
                    acc[c] += w * coarse[cn * nc + c];
            }
    for (int c = 0; c < nc; ++c)
        if (fineFree[fn * nc + c]) fine[fn * nc + c] += acc[c];
}

__global__ void dotKernel(std::size_t n, const double* a, const double* b, double* out) {
    __shared__ double cache[kBlock];
    double s = 0;
    for (std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < n;
         i += std::size_t(gridDim.x) * blockDim.x)
        s += a[i] * b[i];
    cache[threadIdx.x] = s;
    __syncthreads();
    for (int w = kBlock / 2; w > 0; w /= 2) {
        if (int(threadIdx.x) < w) cache[threadIdx.x] += cache[threadIdx.x + w];
        __syncthreads();
    }
    if (threadIdx.x == 0) out[blockIdx.x] = cache[0];
}

__global__ void axpyKernel(std::size_t n, double a, const double* x, double* y) {
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n) y[i] += a * x[i];
}

__global__ void xpbyKernel(std::size_t n, const double* x, double b, double* y) {
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n) y[i] = x[i] + b * y[i];
}

/// Whether device 0 runs this build's kernels: asking for a kernel's attributes loads its image
/// for the device (or compiles the PTX), and fails when the build has none that fits.
std::string checkDevice() {
    int count = 0;
    if (const cudaError_t e = cudaGetDeviceCount(&count); e != cudaSuccess) {
        cudaGetLastError(); // clear the error
        return std::string("no CUDA device is usable (") + cudaGetErrorString(e) + ")";
    }
    if (count == 0) return "no CUDA device is available";
    int major = 0, minor = 0;
    cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0);
    cudaDeviceGetAttribute(&minor, cudaDevAttrComputeCapabilityMinor, 0);
    const std::string capability = std::to_string(major) + "." + std::to_string(minor);
    cudaFuncAttributes attributes{};
    const cudaError_t e = cudaFuncGetAttributes(&attributes, applyKernel<3>);
    cudaGetLastError();
    if (e == cudaErrorNoKernelImageForDevice || e == cudaErrorInvalidDeviceFunction)
        return "the GPU (compute capability " + capability +
               ") is not among this build's targets (" WB_CUDA_TARGETS
               "): build with WERKBANK_CUDA_ARCHITECTURES naming " +
               std::to_string(major * 10 + minor);
    if (e != cudaSuccess)
        return "the GPU (compute capability " + capability +
               ") cannot run this build's kernels: " + cudaGetErrorString(e);
    return {};
}

} // namespace

std::string deviceProblem() {
    static const std::string problem = checkDevice();
    return problem;
}

#include "cuda_solver_impl.inl"

} // namespace wb::sim::cuda
