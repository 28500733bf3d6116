#include "vector_ops.h"

#include "parallel.h"
#include "simd_dispatch.h"

#include <cstring>

namespace wb::sim::vec {

namespace {

constexpr std::size_t kGrain = 1 << 15;

WB_SIM_KERNEL_CLONES double dotRange(const double* a, const double* b, std::size_t s,
                                     std::size_t e) {
    double acc = 0;
    for (std::size_t i = s; i < e; ++i)
        acc += a[i] * b[i];
    return acc;
}

WB_SIM_KERNEL_CLONES void axpyRange(double a, const double* x, double* y, std::size_t s,
                                    std::size_t e) {
    for (std::size_t i = s; i < e; ++i)
        y[i] += a * x[i];
}

WB_SIM_KERNEL_CLONES void xpbyRange(const double* x, double b, double* y, std::size_t s,
                                    std::size_t e) {
    for (std::size_t i = s; i < e; ++i)
        y[i] = x[i] + b * y[i];
}

} // namespace

double dot(const double* a, const double* b, std::size_t n) {
    return parallelSum(
        n, [&](std::size_t s, std::size_t e) { return dotRange(a, b, s, e); }, kGrain);
}

void axpy(double a, const double* x, double* y, std::size_t n) {
    parallelFor(
        n, [&](std::size_t s, std::size_t e) { axpyRange(a, x, y, s, e); }, kGrain);
}

void xpby(const double* x, double b, double* y, std::size_t n) {
    parallelFor(
        n, [&](std::size_t s, std::size_t e) { xpbyRange(x, b, y, s, e); }, kGrain);
}

void copy(const double* x, double* y, std::size_t n) {
    parallelFor(
        n,
        [&](std::size_t s, std::size_t e) { std::memcpy(y + s, x + s, (e - s) * sizeof(double)); },
        kGrain);
}

void zero(double* y, std::size_t n) {
    parallelFor(
        n, [&](std::size_t s, std::size_t e) { std::memset(y + s, 0, (e - s) * sizeof(double)); },
        kGrain);
}

} // namespace wb::sim::vec
