#pragma once
/// Runs the PCG + multigrid solve on the CUDA device (only built with the CUDA backend).

#include "multigrid.h"
#include "pcg.h"

#include <functional>

namespace wb::sim {

/// Copies the current iterate into the buffer given (fine DOFs).
using FetchIterate = std::function<void(double*)>;
using SolveMonitor = std::function<bool(int, double, const FetchIterate&)>;

/// Solves A x = b on the device with the hierarchy of `mg`; x starts at zero. Fails when the
/// device cannot hold the problem.
core::Result<PcgResult> solveOnCuda(Multigrid& mg, const double* b, double* x, double tolerance,
                                    int maxIterations, const SolveMonitor& monitor);

/// Seconds per application of the fine operator of `mg` on the device (benchmarks).
core::Result<double> benchmarkCudaOperator(Multigrid& mg, int repeats);
/// Name and peak memory bandwidth (bytes/s) of the device.
std::string cudaDeviceName();
double cudaDeviceBandwidth();

} // namespace wb::sim
