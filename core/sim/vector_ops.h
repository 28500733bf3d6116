#pragma once
/// Parallel dense vector kernels used by the iterative solvers, on the calling thread's team
/// (parallel.h); the loops run in the best SIMD variant of the CPU (simd_dispatch.h).

#include <cstddef>

namespace wb::sim::vec {

/// Sum of a[i] * b[i] over fixed chunks (parallelSum): the same bit for bit for every thread
/// count.
double dot(const double* a, const double* b, std::size_t n);
/// y = a * x + y
void axpy(double a, const double* x, double* y, std::size_t n);
/// y = x + b * y
void xpby(const double* x, double b, double* y, std::size_t n);
void copy(const double* x, double* y, std::size_t n);
void zero(double* y, std::size_t n);

} // namespace wb::sim::vec
