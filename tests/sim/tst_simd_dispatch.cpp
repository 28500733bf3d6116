// The solver's hot kernels run in the best variant the CPU supports, and that variant
// computes what the plain loop does.
#include "sim_check.h"

#include "core/sim/simd_dispatch.h"
#include "core/sim/vector_ops.h"

#include <cstring>
#include <vector>

using namespace wb::sim;

int main() {
    const std::string variant = kernelVariant();
    std::string expected = "baseline";
#if WB_SIM_HAVE_KERNEL_CLONES
    __builtin_cpu_init();
    if (__builtin_cpu_supports("x86-64-v4"))
        expected = "x86-64-v4";
    else if (__builtin_cpu_supports("x86-64-v3"))
        expected = "x86-64-v3";
#endif
    std::cout << "kernel variant: " << variant << " (CPU supports " << expected << ")\n";
    SIM_CHECK(variant == expected);

    const std::size_t n = 5000; // one chunk: the sum runs in index order
    std::vector<double> x(n), y(n), z(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = 1.0 / double(i + 1);
        y[i] = double(i % 17) - 8.0;
    }
    double dot = 0;
    for (std::size_t i = 0; i < n; ++i)
        dot += x[i] * y[i];
    SIM_CHECK_NEAR(vec::dot(x.data(), y.data(), n), dot, 1e-13);
    z = y;
    vec::axpy(0.25, x.data(), z.data(), n);
    for (std::size_t i = 0; i < n; i += 97)
        SIM_CHECK_NEAR(z[i], y[i] + 0.25 * x[i], 1e-15);
    z = y;
    vec::xpby(x.data(), -3.0, z.data(), n);
    for (std::size_t i = 0; i < n; i += 89)
        SIM_CHECK_NEAR(z[i], x[i] - 3.0 * y[i], 1e-15);
    return simtest::finish("tst_simd_dispatch");
}
