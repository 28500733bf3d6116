// (c) of bench_study: the GUI's upload of a large binary STL (the main window's job controller,
// as Solve sends a study to a named service) against `werkbank-cli submit` of the same file to
// the same werkbank-server on loopback TCP, interleaved. Each job is cancelled once submitted.
#include "bench_study.h"

#include "app/services.h"

#include <cstdio>
#include <fstream>

namespace wb::bench {

namespace {

namespace fs = std::filesystem;
using app::JobController;

constexpr const char* kService = "bench-loopback";

/// A closed box surface (mm) whose six sides are n x n grids of quads, written as binary STL:
/// 12 n^2 triangles, n chosen for about `mib` MiB.
fs::path writeBigStl(const fs::path& file, double mib) {
    const int n = std::max(2, int(std::sqrt(mib * (1 << 20) / 50.0 / 12.0)));
    std::ofstream out(file, std::ios::binary);
    char header[80] = "werkbank bench_study upload";
    out.write(header, 80);
    const std::uint32_t count = 12u * std::uint32_t(n) * std::uint32_t(n);
    out.write(reinterpret_cast<const char*>(&count), 4);
    const float size = 100.0f;
    std::vector<char> buffer;
    buffer.reserve(std::size_t(count) * 50);
    auto put = [&](const float* v, std::size_t k) {
        buffer.insert(buffer.end(), reinterpret_cast<const char*>(v),
                      reinterpret_cast<const char*>(v + k));
    };
    for (int axis = 0; axis < 3; ++axis)
        for (int side = 0; side < 2; ++side) {
            const int u = (axis + 1) % 3, v = (axis + 2) % 3;
            float normal[3] = {0, 0, 0};
            normal[axis] = side ? 1.0f : -1.0f;
            auto corner = [&](int i, int j, float* p) {
                p[axis] = side ? size : 0.0f;
                p[u] = size * float(i) / float(n);
                p[v] = size * float(j) / float(n);
            };
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j) {
                    float a[3], b[3], c[3], d[3];
                    corner(i, j, a), corner(i + 1, j, b), corner(i + 1, j + 1, c),
                        corner(i, j + 1, d);
                    const std::uint16_t attribute = 0;
                    // counter-clockwise seen from outside: u x v points along +axis
                    const float* t1[3] = {a, side ? b : c, side ? c : b};
                    const float* t2[3] = {a, side ? c : d, side ? d : c};
                    for (const auto& t : {t1, t2}) {
                        put(normal, 3);
                        for (int k = 0; k < 3; ++k)
                            put(t[k], 3);
                        buffer.insert(buffer.end(), reinterpret_cast<const char*>(&attribute),
                                      reinterpret_cast<const char*>(&attribute) + 2);
                    }
                }
        }
    out.write(buffer.data(), std::streamsize(buffer.size()));
    return file;
}

double since(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int benchUpload(app::MainWindow& w, const fs::path& dir, double mib, int runs) {
    std::printf("(c) upload of a binary STL to werkbank-server on loopback TCP: the GUI (job "
                "controller of the main window) against werkbank-cli submit\n");
    const fs::path stl = writeBigStl(dir / "big.stl", mib);
    const double fileMib = double(fs::file_size(stl)) / (1 << 20);
    // A small study on it; every job is cancelled once submitted, so it hardly runs.
    const std::string study = simtest::studyText(
        "static_structural", "big.stl", 0.01, "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
        "{\"type\":\"fixed\",\"select\":" + simtest::planeBox(0, 0) + "}",
        "{\"type\":\"force\",\"vector\":[0,0,-1],\"select\":" + simtest::planeBox(0, 0.1) + "}",
        "");
    simtest::writeText(dir / "big.json", study);
    remotetest::ServerProcess server;
    if (!server.start({"--listen", "127.0.0.1:0", "--data-dir", (dir / "server").string(),
                       "--backend", "cpu"},
                      dir / "server.log"))
        return 1;
    const std::string endpoint = server.endpoint();
    app::ServiceConfig loopback;
    loopback.name = QString::fromLatin1(kService);
    loopback.address = QString::fromStdString(endpoint);
    app::Services::setRemotes({loopback});
    JobController* c = w.jobController();

    // The GUI: upload (until Submitting) and upload + submit (until the service's job id).
    double guiCpu = 0; // the GUI thread's CPU time during the last upload, ms
    auto gui = [&](double* upload, double* submitted, bool finish) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        const QString id =
            c->solve(QString::fromStdString(study), QString::fromStdString(stl.string()),
                     QString::fromLatin1(kService));
        waitFor([&] { return c->job(id)->state != JobController::State::Uploading; }, 600000);
        *upload = since(t);
        guiCpu = threadCpuMs() - cpu0;
        waitFor([&] { return !c->job(id)->jobId.isEmpty() || !c->job(id)->active(); }, 600000);
        *submitted = since(t);
        if (!finish) c->cancel(id);
        waitFinished(*c, id, 600000);
        return c->job(id)->state;
    };
    // werkbank-cli: the whole process (start, connect, upload, submit).
    auto cli = [&](double* seconds) {
        QElapsedTimer t;
        t.start();
        const auto run =
            remotetest::runCli({"submit", (dir / "big.json").string(), "--server", endpoint}, dir);
        *seconds = since(t);
        std::string job = run.out.substr(0, run.out.find('\n'));
        if (run.exit != 0 || job.empty()) return false;
        remotetest::runCli({"cancel", job, "--server", endpoint}, dir);
        remotetest::runCli({"watch", job, "--server", endpoint}, dir); // to its end
        return true;
    };
    // Warm-up: the GUI's client connects; the server imports the file once (its bytes are
    // then known), and the job runs to its end.
    double upload = 0, submitted = 0, seconds = 0;
    const auto warm = gui(&upload, &submitted, true);
    if (warm != JobController::State::Succeeded)
        std::printf("  warm-up job ended in state %d\n", int(warm));
    if (!cli(&seconds)) {
        std::printf("  werkbank-cli submit failed\n");
        return 1;
    }
    std::vector<double> guiUpload, guiSubmit, guiThread, cliSubmit, cliStart;
    for (int i = 0; i < runs; ++i) { // interleaved, alternating which goes first
        for (int k = 0; k < 2; ++k)
            if ((i + k) % 2 == 0) {
                gui(&upload, &submitted, false);
                guiUpload.push_back(upload), guiSubmit.push_back(submitted);
                guiThread.push_back(guiCpu);
            } else if (cli(&seconds)) {
                cliSubmit.push_back(seconds);
            }
        QElapsedTimer t; // the CLI's fixed cost: start, connect, one call
        t.start();
        remotetest::runCli({"info", "--server", endpoint}, dir);
        cliStart.push_back(since(t));
    }
    const double gu = quantile(guiUpload, 0.5), gs = quantile(guiSubmit, 0.5),
                 cs = quantile(cliSubmit, 0.5), ci = quantile(cliStart, 0.5);
    std::printf("  file %.1f MiB; median of %d interleaved runs each\n", fileMib, runs);
    std::printf("  %-44s %8s %9s\n", "", "s", "MiB/s");
    std::printf("  %-44s %8.3f %9.0f\n", "GUI upload (until the upload has finished)", gu,
                fileMib / gu);
    std::printf("  %-44s %8.3f %9.0f\n", "GUI upload + submit (until the job id)", gs,
                fileMib / gs);
    std::printf("  %-44s %8.3f %9.0f\n", "werkbank-cli submit (whole process)", cs, fileMib / cs);
    std::printf("  %-44s %8.3f\n", "werkbank-cli info (start-up and one call)", ci);
    std::printf("  GUI thread on the CPU during the GUI upload: %.0f ms (median)\n",
                quantile(guiThread, 0.5));
    std::printf("  ratio GUI upload + submit / werkbank-cli submit: %.2f; without the CLI's "
                "start-up: %.2f\n",
                gs / cs, gs / std::max(cs - ci, 1e-9));
    app::Services::setRemotes({});
    server.stop();
    return 0;
}

} // namespace wb::bench
