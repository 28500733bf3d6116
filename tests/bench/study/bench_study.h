#pragma once
// The GUI study workflow benchmark: shared helpers of bench_study.cpp (event-loop stalls and
// Solve to the first residual in the main window) and bench_upload.cpp (upload throughput
// against werkbank-cli).

#include "tests/remote/remote_fixture.h"

#include "app/job_controller.h"
#include "app/main_window.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

namespace wb::bench {

/// CPU time of the calling thread, ms.
inline double threadCpuMs() {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// The value of `--name N` on the command line, or `fallback`.
inline double argument(int argc, char** argv, const std::string& name, double fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name) return std::stod(argv[i + 1]);
    return fallback;
}

/// The q-quantile (0..1) of `v` (nearest rank).
inline double quantile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto rank =
        std::size_t(std::clamp(q * double(v.size() - 1) + 0.5, 0.0, double(v.size() - 1)));
    return v[rank];
}

/// Processes events until `done()` or `timeoutMs`; false on timeout.
template <typename Done> bool waitFor(Done done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) return false;
        QTest::qWait(1);
    }
    return true;
}

/// Waits until the job `id` of `c` has finished; false on timeout.
inline bool waitFinished(const app::JobController& c, const QString& id, int timeoutMs) {
    return waitFor([&] { return c.job(id) && !c.job(id)->active(); }, timeoutMs);
}

/// Upload throughput of the GUI (the window's job controller) against `werkbank-cli submit`
/// on the same file and server (bench_upload.cpp).
int benchUpload(app::MainWindow& w, const std::filesystem::path& dir, double mib, int runs);

} // namespace wb::bench
