#include "vector_ops.h"

#include "thread_pool.h"

#include <cstring>
#include <vector>

namespace wb::sim::vec {

namespace {
constexpr std::size_t kGrain = 1 << 15;
}

double dot(const double* a, const double* b, std::size_t n) {
    ThreadPool& pool = ThreadPool::global();
    std::vector<double> partial(pool.size(), 0.0);
    pool.parallelFor(
        n,
        [&](std::size_t s, std::size_t e, unsigned w) {
            double acc = 0;
            for (std::size_t i = s; i < e; ++i)
                acc += a[i] * b[i];
            partial[w] = acc;
        },
        kGrain);
    double sum = 0;
    for (double p : partial)
        sum += p;
    return sum;
}

void axpy(double a, const double* x, double* y, std::size_t n) {
    ThreadPool::global().parallelFor(
        n,
        [&](std::size_t s, std::size_t e, unsigned) {
            for (std::size_t i = s; i < e; ++i)
                y[i] += a * x[i];
        },
        kGrain);
}

void xpby(const double* x, double b, double* y, std::size_t n) {
    ThreadPool::global().parallelFor(
        n,
        [&](std::size_t s, std::size_t e, unsigned) {
            for (std::size_t i = s; i < e; ++i)
                y[i] = x[i] + b * y[i];
        },
        kGrain);
}

void copy(const double* x, double* y, std::size_t n) {
    ThreadPool::global().parallelFor(
        n,
        [&](std::size_t s, std::size_t e, unsigned) {
            std::memcpy(y + s, x + s, (e - s) * sizeof(double));
        },
        kGrain);
}

void zero(double* y, std::size_t n) {
    ThreadPool::global().parallelFor(
        n,
        [&](std::size_t s, std::size_t e, unsigned) {
            std::memset(y + s, 0, (e - s) * sizeof(double));
        },
        kGrain);
}

} // namespace wb::sim::vec
