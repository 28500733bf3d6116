// The solver's parallel loops: an exception in a loop body reaches the caller, sums are the
// same for every thread count, each solve runs on its own thread count, and two solves at once
// (the service's --max-jobs) give the results of each alone.
#include "sim_check.h"

#include "core/sim/parallel.h"
#include "core/sim/solve.h"
#include "core/sim/vector_ops.h"

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace wb::sim;

namespace {

void exceptionReachesCaller() {
    const ThreadCountScope scope(3);
    SIM_CHECK(loopThreads() == 3);
    std::atomic<int> chunks{0};
    std::thread::id thrower;
    std::string caught;
    try {
        parallelFor(3000, [&](std::size_t b, std::size_t e) {
            ++chunks;
            if (b <= 2500 && 2500 < e) {
                thrower = std::this_thread::get_id();
                throw std::runtime_error("bad item 2500");
            }
        });
    } catch (const std::runtime_error& e) {
        caught = e.what();
    }
    SIM_CHECK(caught == "bad item 2500");
    SIM_CHECK(chunks >= 1 && chunks <= 3); // chunks not yet started when it threw are skipped
    SIM_CHECK(thrower != std::this_thread::get_id()); // thrown on another thread of the team
    // a throwing sum, then loops work on as before
    caught.clear();
    try {
        parallelSum(1 << 20, [](std::size_t b, std::size_t) -> double {
            if (b >= (1 << 19)) throw std::length_error("chunk beyond the half");
            return 1.0;
        });
    } catch (const std::length_error& e) {
        caught = e.what();
    }
    SIM_CHECK(caught == "chunk beyond the half");
    std::vector<int> hits(1000, 0);
    chunks = 0;
    parallelFor(hits.size(), [&](std::size_t b, std::size_t e) {
        ++chunks;
        for (std::size_t i = b; i < e; ++i)
            ++hits[i];
    });
    SIM_CHECK(chunks == 3); // one per thread of the team
    for (int h : hits)
        SIM_CHECK(h == 1);
}

void sumsIndependentOfThreads() {
    const std::size_t n = 1'000'003;
    std::vector<double> a(n), b(n);
    std::uint64_t state = 12345;
    for (std::size_t i = 0; i < n; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        a[i] = double(state >> 11) / double(1ull << 53) - 0.5;
        b[i] = 1.0 / (1.0 + double(i % 977));
    }
    // the documented scheme: fixed chunks, each summed in order, chunks added in order
    double expected = 0;
    for (std::size_t c = 0; c < n; c += kSumChunk) {
        double chunk = 0;
        for (std::size_t i = c; i < std::min(n, c + kSumChunk); ++i)
            chunk += a[i] * b[i];
        expected += chunk;
    }
    for (int threads : {1, 2, 3, 5, 8}) {
        const ThreadCountScope scope(threads);
        const double got = vec::dot(a.data(), b.data(), n);
        SIM_CHECK_NEAR(got, expected, 1e-12); // FMA in the AVX2/AVX-512 variants may round apart
        const double again = vec::dot(a.data(), b.data(), n);
        const ThreadCountScope one(1);
        const double serial = vec::dot(a.data(), b.data(), n);
        SIM_CHECK(std::memcmp(&got, &again, sizeof got) == 0);
        SIM_CHECK(std::memcmp(&got, &serial, sizeof got) == 0);
    }
}

struct Outcome {
    int iterations = -1;
    double residual = 0;
    std::vector<double> displacement;
    int threadsSeen = 0;
};

Outcome solveBeam(const Study& study, int threads) {
    SolveOptions options;
    options.threads = threads;
    Outcome out;
    options.progress = [&](const std::string&, int, double) { out.threadsSeen = loopThreads(); };
    auto result = solve(study, options);
    if (!result) {
        std::cerr << result.error().toString() << "\n";
        SIM_CHECK(false);
        return out;
    }
    SIM_CHECK(result->status == SolveStatus::Converged);
    out.iterations = result->iterations;
    out.residual = result->relativeResidual;
    if (const ResultField* u = result->field("displacement")) out.displacement = u->values;
    return out;
}

bool same(const Outcome& a, const Outcome& b) {
    return a.iterations == b.iterations && a.residual == b.residual &&
           a.displacement.size() == b.displacement.size() && !a.displacement.empty() &&
           std::memcmp(a.displacement.data(), b.displacement.data(),
                       a.displacement.size() * sizeof(double)) == 0;
}

void concurrentSolves() {
    const auto dir = simtest::scratch("threads");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    auto study = parseStudy(simtest::cantileverStudy(0.01 / 14)); // ~95k DOF
    SIM_CHECK(study.has_value());
    if (!study) return;
    study->baseDir = dir;
    study->solver.tolerance = 1e-8;
    const Outcome alone1 = solveBeam(*study, 1);
    const Outcome alone2 = solveBeam(*study, 2);
    SIM_CHECK(alone1.threadsSeen == 1);
    SIM_CHECK(alone2.threadsSeen == 2);
    SIM_CHECK(alone1.iterations > 0);
    SIM_CHECK(same(alone1, alone2));
    for (int threads : {threadShare(2), 2}) {
        Outcome first, second;
        std::thread a([&] { first = solveBeam(*study, threads); });
        std::thread b([&] { second = solveBeam(*study, threads); });
        a.join();
        b.join();
        SIM_CHECK(first.threadsSeen == threads && second.threadsSeen == threads);
        SIM_CHECK(same(first, alone1));
        SIM_CHECK(same(second, alone1));
    }
    std::cout << "cantilever: " << alone1.displacement.size() << " values, " << alone1.iterations
              << " iterations, identical alone (1 and 2 threads) and two at once\n";
}

void shares() {
    const int all = loopThreads(); // no scope: every core, or OMP_NUM_THREADS
    SIM_CHECK(all >= 1);
    SIM_CHECK(threadShare(1) == all);
    SIM_CHECK(threadShare(0) == all);
    SIM_CHECK(threadShare(2) == std::max(1, all / 2));
    SIM_CHECK(threadShare(all + 1) == 1);
}

} // namespace

int main() {
    exceptionReachesCaller();
    sumsIndependentOfThreads();
    shares();
    concurrentSolves();
    return simtest::finish("tst_threads");
}
