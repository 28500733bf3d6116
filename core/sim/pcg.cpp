#include "pcg.h"

#include "vector_ops.h"

#include <cmath>
#include <vector>

namespace wb::sim {

PcgResult pcg(std::size_t n, const std::function<void(const double*, double*)>& op,
              const std::function<void(const double*, double*)>& precond, const double* b,
              double* x, double tolerance, int maxIterations,
              const std::function<bool(int, double, const double*)>& monitor) {
    PcgResult res;
    std::vector<double> r(n), z(n), p(n), q(n);
    const double bnorm = std::sqrt(vec::dot(b, b, n));
    if (bnorm == 0) {
        vec::zero(x, n);
        res.converged = true;
        return res;
    }
    op(x, q.data());
    for (std::size_t i = 0; i < n; ++i)
        r[i] = b[i] - q[i];
    double rnorm = std::sqrt(vec::dot(r.data(), r.data(), n));
    res.relativeResidual = rnorm / bnorm;
    if (res.relativeResidual <= tolerance) {
        res.converged = true;
        return res;
    }
    precond(r.data(), z.data());
    vec::copy(z.data(), p.data(), n);
    double rz = vec::dot(r.data(), z.data(), n);
    for (int it = 1; it <= maxIterations; ++it) {
        op(p.data(), q.data());
        const double pq = vec::dot(p.data(), q.data(), n);
        if (!(pq > 0)) break;
        const double alpha = rz / pq;
        vec::axpy(alpha, p.data(), x, n);
        vec::axpy(-alpha, q.data(), r.data(), n);
        rnorm = std::sqrt(vec::dot(r.data(), r.data(), n));
        res.iterations = it;
        res.relativeResidual = rnorm / bnorm;
        if (res.relativeResidual <= tolerance) {
            res.converged = true;
            monitor(it, res.relativeResidual, x);
            return res;
        }
        if (!monitor(it, res.relativeResidual, x)) {
            res.stopped = true;
            return res;
        }
        precond(r.data(), z.data());
        const double rzNew = vec::dot(r.data(), z.data(), n);
        vec::xpby(z.data(), rzNew / rz, p.data(), n);
        rz = rzNew;
    }
    return res;
}

} // namespace wb::sim
