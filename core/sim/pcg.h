#pragma once
/// Preconditioned conjugate gradients on caller-provided operator and preconditioner.

#include <cstddef>
#include <functional>

namespace wb::sim {

struct PcgResult {
    int iterations = 0;
    double relativeResidual = 0;
    bool converged = false;
    bool stopped = false; ///< the monitor asked to stop
};

/// Operator: y = A x. Preconditioner: z = M r. Monitor(iteration, relativeResidual, x)
/// returns false to stop. Solves A x = b from the x given.
PcgResult pcg(std::size_t n, const std::function<void(const double*, double*)>& op,
              const std::function<void(const double*, double*)>& precond, const double* b,
              double* x, double tolerance, int maxIterations,
              const std::function<bool(int, double, const double*)>& monitor);

} // namespace wb::sim
