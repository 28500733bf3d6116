// DeviceSolver: PCG with the multigrid V-cycle on the device (included by cuda_backend.cu).

struct DeviceSolver::Impl {
    std::vector<std::unique_ptr<Level>> levels;
    int degree = 2;
    double range = 20;
    std::function<void(const double*, double*)> coarseSolve;
    std::vector<double> hostB, hostX, hostPartial;
    DeviceArray<double> r, z, p, q, x, b, partial;
    std::size_t bytes = 0;

    void apply(Level& L, const double* in, double* out) {
        if (L.nc == 3)
            applyKernel<3><<<blocks(L.nodes), kBlock>>>(args(L), in, out);
        else
            applyKernel<1><<<blocks(L.nodes), kBlock>>>(args(L), in, out);
    }

    double dot(const double* a, const double* c, std::size_t n) {
        const unsigned nb = std::min(1024u, blocks(n));
        dotKernel<<<nb, kBlock>>>(n, a, c, partial.ptr);
        cudaMemcpy(hostPartial.data(), partial.ptr, nb * sizeof(double), cudaMemcpyDeviceToHost);
        double s = 0;
        for (unsigned i = 0; i < nb; ++i)
            s += hostPartial[i];
        return s;
    }

    void smooth(std::size_t l, const double* bl, double* xl, bool zeroStart, int deg, double lmin) {
        Level& L = *levels[l];
        const double lmax = L.lambdaMax;
        const double theta = 0.5 * (lmax + lmin), delta = 0.5 * (lmax - lmin);
        const double sigma = theta / delta;
        double rho = 1.0 / sigma;
        if (!zeroStart) apply(L, xl, L.r.ptr);
        chebyStartKernel<<<blocks(L.dofs), kBlock>>>(L.dofs, L.invDiag.ptr, bl, L.d.ptr, xl, theta,
                                                     zeroStart, L.r.ptr);
        for (int k = 1; k < deg; ++k) {
            apply(L, xl, L.r.ptr);
            const double rhoNew = 1.0 / (2.0 * sigma - rho);
            chebyStepKernel<<<blocks(L.dofs), kBlock>>>(L.dofs, L.invDiag.ptr, bl, L.r.ptr, L.d.ptr,
                                                        xl, rhoNew * rho, 2.0 * rhoNew / delta);
            rho = rhoNew;
        }
    }

    void vcycle(std::size_t l, const double* bl, double* xl) {
        Level& L = *levels[l];
        if (l + 1 == levels.size()) {
            cudaMemcpy(hostB.data(), bl, L.dofs * sizeof(double), cudaMemcpyDeviceToHost);
            coarseSolve(hostB.data(), hostX.data());
            cudaMemcpy(xl, hostX.data(), L.dofs * sizeof(double), cudaMemcpyHostToDevice);
            return;
        }
        Level& C = *levels[l + 1];
        const double lmin = L.lambdaMax / range;
        smooth(l, bl, xl, true, degree, lmin);
        apply(L, xl, L.r.ptr);
        residualKernel<<<blocks(L.dofs), kBlock>>>(L.dofs, bl, L.r.ptr);
        restrictKernel<<<blocks(C.nodes), kBlock>>>(L.nc, L.nx, L.ny, L.nz, C.nx, C.ny, C.nz,
                                                    L.r.ptr, C.b.ptr, C.freeDof.ptr);
        vcycle(l + 1, C.b.ptr, C.x.ptr);
        prolongKernel<<<blocks(L.nodes), kBlock>>>(L.nc, L.nx, L.ny, L.nz, C.nx, C.ny, C.x.ptr, xl,
                                                   L.freeDof.ptr, L.nodeKind.ptr);
        smooth(l, bl, xl, false, degree, lmin);
    }
};

DeviceSolver::DeviceSolver() : m_impl(std::make_unique<Impl>()) {}
DeviceSolver::~DeviceSolver() = default;

std::unique_ptr<DeviceSolver> DeviceSolver::create(const ProblemView& problem, std::string& error) {
    std::unique_ptr<DeviceSolver> s(new DeviceSolver());
    Impl& I = *s->m_impl;
    I.degree = problem.smoothingDegree;
    I.range = problem.smoothingRange;
    I.coarseSolve = problem.coarseSolve;
    bool ok = true;
    for (std::size_t l = 0; l < problem.levels.size(); ++l) {
        const LevelView& v = problem.levels[l];
        auto L = std::make_unique<Level>();
        L->nc = v.nc;
        L->nx = v.nx;
        L->ny = v.ny;
        L->nz = v.nz;
        L->nodes = std::size_t(v.nx + 1) * (v.ny + 1) * (v.nz + 1);
        L->dofs = L->nodes * v.nc;
        L->lambdaMax = v.lambdaMax;
        const std::size_t voxels = std::size_t(v.nx) * v.ny * v.nz,
                          ke = std::size_t(8 * v.nc) * (8 * v.nc);
        ok = ok && L->coefA.upload(v.coefA, voxels) && L->coefB.upload(v.coefB, voxels) &&
             L->matA.upload(v.matA, ke) && L->matB.upload(v.matB, ke) &&
             L->stencil.upload(v.stencil, std::size_t(256 * 27) * v.nc * v.nc) &&
             L->invDiag.upload(v.invDiag, L->dofs) && L->freeDof.upload(v.freeDof, L->dofs) &&
             L->nodeKind.upload(v.nodeKind, L->nodes) &&
             (v.robin == nullptr || L->robin.upload(v.robin, L->nodes)) && L->r.allocate(L->dofs) &&
             L->d.allocate(L->dofs) &&
             (l == 0 || (L->b.allocate(L->dofs) && L->x.allocate(L->dofs)));
        I.bytes += (voxels * 2 + L->dofs * 3) * sizeof(double) + L->dofs + 2 * L->nodes +
                   (l == 0 ? 0 : 2 * L->dofs * sizeof(double)) +
                   (v.robin ? L->nodes * sizeof(double) : 0);
        I.levels.push_back(std::move(L));
    }
    const std::size_t n = I.levels.front()->dofs;
    ok = ok && I.r.allocate(n) && I.z.allocate(n) && I.p.allocate(n) && I.q.allocate(n) &&
         I.x.allocate(n) && I.b.allocate(n) && I.partial.allocate(1024);
    I.bytes += 6 * n * sizeof(double);
    I.hostB.resize(I.levels.back()->dofs);
    I.hostX.resize(I.levels.back()->dofs);
    I.hostPartial.resize(1024);
    if (!ok) {
        error = cudaGetErrorString(cudaGetLastError());
        return nullptr;
    }
    return s;
}

DeviceResult DeviceSolver::solve(const double* bHost, double* xHost, double tolerance,
                                 int maxIterations,
                                 const std::function<bool(int, double)>& monitor) {
    Impl& I = *m_impl;
    Level& F = *I.levels.front();
    const std::size_t n = F.dofs;
    DeviceResult res;
    cudaMemcpy(I.b.ptr, bHost, n * sizeof(double), cudaMemcpyHostToDevice);
    cudaMemset(I.x.ptr, 0, n * sizeof(double));
    cudaMemcpy(I.r.ptr, I.b.ptr, n * sizeof(double), cudaMemcpyDeviceToDevice);
    const double bnorm = std::sqrt(I.dot(I.b.ptr, I.b.ptr, n));
    if (bnorm == 0) {
        res.converged = true;
        downloadSolution(xHost);
        return res;
    }
    res.relativeResidual = 1;
    I.vcycle(0, I.r.ptr, I.z.ptr);
    cudaMemcpy(I.p.ptr, I.z.ptr, n * sizeof(double), cudaMemcpyDeviceToDevice);
    double rz = I.dot(I.r.ptr, I.z.ptr, n);
    for (int it = 1; it <= maxIterations; ++it) {
        I.apply(F, I.p.ptr, I.q.ptr);
        const double pq = I.dot(I.p.ptr, I.q.ptr, n);
        if (!(pq > 0)) break;
        const double alpha = rz / pq;
        axpyKernel<<<blocks(n), kBlock>>>(n, alpha, I.p.ptr, I.x.ptr);
        axpyKernel<<<blocks(n), kBlock>>>(n, -alpha, I.q.ptr, I.r.ptr);
        res.iterations = it;
        res.relativeResidual = std::sqrt(I.dot(I.r.ptr, I.r.ptr, n)) / bnorm;
        if (res.relativeResidual <= tolerance) {
            res.converged = true;
            monitor(it, res.relativeResidual);
            break;
        }
        if (!monitor(it, res.relativeResidual)) {
            res.stopped = true;
            break;
        }
        I.vcycle(0, I.r.ptr, I.z.ptr);
        const double rzNew = I.dot(I.r.ptr, I.z.ptr, n);
        xpbyKernel<<<blocks(n), kBlock>>>(n, I.z.ptr, rzNew / rz, I.p.ptr);
        rz = rzNew;
    }
    downloadSolution(xHost);
    return res;
}

void DeviceSolver::downloadSolution(double* xHost) {
    cudaMemcpy(xHost, m_impl->x.ptr, m_impl->levels.front()->dofs * sizeof(double),
               cudaMemcpyDeviceToHost);
}

double DeviceSolver::benchmarkOperator(int repeats) {
    Impl& I = *m_impl;
    Level& F = *I.levels.front();
    cudaMemset(I.p.ptr, 0, F.dofs * sizeof(double));
    I.apply(F, I.p.ptr, I.q.ptr);
    cudaDeviceSynchronize();
    const auto t0 = std::chrono::steady_clock::now();
    for (int k = 0; k < repeats; ++k)
        I.apply(F, I.p.ptr, I.q.ptr);
    cudaDeviceSynchronize();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / repeats;
}

std::size_t DeviceSolver::deviceBytes() const {
    return m_impl->bytes;
}
