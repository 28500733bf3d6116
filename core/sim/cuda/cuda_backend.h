#pragma once
/// CUDA backend: device discovery and the multigrid-preconditioned CG on the GPU. This header
/// is plain C++17 data so that nvcc compiles it; the solver maps its levels onto it.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace wb::sim::cuda {

/// True when device 0 exists and runs this build's kernels (deviceProblem() is empty).
bool deviceAvailable();
/// Why this build cannot solve on device 0, in one English sentence ("no CUDA device", "the GPU
/// (compute capability 7.0) is not among this build's targets (sm_75, ...)"); empty when it can.
/// Checked once per process; thread-safe.
std::string deviceProblem();
/// Name, memory bandwidth (bytes/s, from clock and bus width) of device 0.
std::string deviceName();
double deviceBandwidth();

/// Host view of one multigrid level (see OperatorLevel); pointers stay valid during create().
struct LevelView {
    int nc = 1, nx = 0, ny = 0, nz = 0;
    const double* coefA = nullptr;
    const double* coefB = nullptr;
    const double* matA = nullptr; ///< (8 nc)^2
    const double* matB = nullptr;
    const double* stencil = nullptr; ///< 256 patterns of 27 nc^2
    const double* invDiag = nullptr;
    const double* robin = nullptr; ///< per node or nullptr
    const std::uint8_t* freeDof = nullptr;
    const std::uint16_t* nodeKind = nullptr; ///< 0 skip, 0xFFFF gather, else stencil pattern
    double lambdaMax = 1;
};

struct ProblemView {
    std::vector<LevelView> levels; ///< fine first
    int smoothingDegree = 2;
    double smoothingRange = 20;
    /// Solves the coarsest level on the host: x = A^-1 b (level-numbered DOFs).
    std::function<void(const double*, double*)> coarseSolve;
};

struct DeviceResult {
    int iterations = 0;
    double relativeResidual = 0;
    bool converged = false;
    bool stopped = false;
};

/// The whole PCG + V-cycle on the device, the coarsest solve on the host.
class DeviceSolver {
public:
    /// Uploads the hierarchy; nullptr and `error` set when the device cannot hold it.
    static std::unique_ptr<DeviceSolver> create(const ProblemView& problem, std::string& error);
    ~DeviceSolver();

    /// Solves A x = b (fine DOFs, host arrays) from x = 0. monitor(iteration, residual)
    /// returns false to stop; downloadSolution() may be called from inside it.
    DeviceResult solve(const double* b, double* x, double tolerance, int maxIterations,
                       const std::function<bool(int, double)>& monitor);
    /// Copies the current iterate to `x` (fine DOFs).
    void downloadSolution(double* x);
    /// Applies the fine operator `repeats` times to a vector; returns seconds per apply.
    double benchmarkOperator(int repeats);
    /// Bytes of device memory held.
    std::size_t deviceBytes() const;

private:
    DeviceSolver();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace wb::sim::cuda
