// GUI study workflow benchmark on the real main window with the embedded local werkbank-server
// (run it under Xvfb): (a) how long the GUI thread stalls its event loop while the service
// solves about 1M DOF, (b) Solve (F9) to the first residual drawn in the convergence plot for
// the sample assembly, median of several runs, (c) upload throughput of the GUI against
// werkbank-cli on one loopback server (bench_upload.cpp). Prints figures; asserts nothing.
// Usage: bench_study [--runs N] [--target-voxels N] [--stl-mib N] [--upload-runs N] [--only abc]
#include "bench_study.h"

#include "app/convergence_plot.h"
#include "app/face_selection.h"
#include "app/jobs_dock.h"
#include "app/project_session.h"
#include "app/study_commands.h"
#include "app/study_dock.h"
#include "app/study_editor.h"

#include <QAction>
#include <QApplication>
#include <QLineSeries>
#include <QTimer>

#include <cstdio>

using namespace wb;
using namespace wb::bench;
using app::JobController;
using app::MainWindow;
namespace fs = std::filesystem;

namespace {

/// The gaps between the ticks of a 1 ms timer on the GUI thread (wall ms) and the GUI
/// thread's CPU time within each: a long gap with as much CPU time is the GUI thread busy,
/// one with little is the thread waiting for a core.
class StallMeter : public QObject {
public:
    std::vector<double> gaps, busy;

    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6, cpu = threadCpuMs();
            gaps.push_back(now - m_last);
            busy.push_back(cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start() {
        gaps.clear(), busy.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start(1);
    }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0, m_lastCpu = 0;
};

/// Opens the sample assembly and sets up a study as a user does: the base plate's bottom face
/// picked and fixed, gravity as the load. False when the study cannot be solved.
bool setUpSample(MainWindow& w) {
    w.openFiles({QStringLiteral(WB_BINARY_DIR "/resources/samples/sample_assembly.step")},
                MainWindow::OpenMode::Replace);
    if (!waitFor([&] { return !w.isImporting(); }, 120000)) return false;
    const auto scene = w.document().scene();
    // The base plate's bottom: the face whose triangles lie lowest (z) on average.
    int plate = -1, bottom = -1;
    for (const core::Instance& inst : scene->instances()) {
        const core::Part& part = scene->parts()[std::size_t(inst.part)];
        if (part.name != "Base plate" || !part.mesh) continue;
        const core::Mesh& m = *part.mesh;
        std::vector<double> sum(std::size_t(m.faceCount), 0.0), count(sum);
        for (std::size_t t = 0; t < m.triangleCount() && t < m.faceIds.size(); ++t)
            for (int k = 0; k < 3; ++k) {
                sum[std::size_t(m.faceIds[t])] +=
                    inst.world.apply(m.vertex(m.indices[3 * t + k])).z;
                count[std::size_t(m.faceIds[t])] += 1;
            }
        plate = inst.node;
        for (int f = 0; f < m.faceCount; ++f)
            if (count[std::size_t(f)] > 0 &&
                (bottom < 0 || sum[std::size_t(f)] / count[std::size_t(f)] <
                                   sum[std::size_t(bottom)] / count[std::size_t(bottom)]))
                bottom = f;
    }
    if (plate < 0 || bottom < 0) return false;
    app::StudyDock* dock = w.studyDock();
    app::StudyEditor* editor = w.studyEditor();
    w.faceSelection()->clear();
    w.faceSelection()->setFaces({{plate, bottom}});
    dock->addCondition(app::StudyItemRef::Kind::Supports, "fixed");
    w.faceSelection()->clear();
    const auto gravity = dock->addCondition(app::StudyItemRef::Kind::Loads, "gravity");
    editor->undoStack()->push(
        new app::SetParameterCommand(editor, gravity, "vector", {0.0, 0.0, -9.81}));
    return editor->canSolve();
}

/// Presses F9 in the window; the id of the job it started (empty if none).
QString pressSolve(MainWindow& w, bool* byKey = nullptr) {
    JobController* c = w.jobController();
    const int before = int(c->jobIds().size());
    QTest::keyClick(&w, Qt::Key_F9);
    if (byKey) *byKey = int(c->jobIds().size()) > before;
    if (int(c->jobIds().size()) == before) // no keyboard focus under this display: the action
        if (auto* solve = w.findChild<QAction*>(QStringLiteral("SolveAction"))) solve->trigger();
    return int(c->jobIds().size()) > before ? c->jobIds().last() : QString();
}

/// Records when the plot's viewport was painted last (after the paint has been handled).
class PaintWatch : public QObject {
public:
    PaintWatch(QWidget* target, const QElapsedTimer& clock) : m_clock(clock) {
        target->installEventFilter(this);
    }
    double lastPaintMs = -1;

protected:
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint)
            QTimer::singleShot(0, this, [this] { lastPaintMs = m_clock.nsecsElapsed() / 1e6; });
        return false;
    }

private:
    const QElapsedTimer& m_clock;
};

struct FirstResidual {
    double plotted = -1, painted = -1;                 ///< ms after F9
    double submitted = -1, running = -1, solving = -1; ///< ms after F9: job id, running, "solve"
    QString stages; ///< the service's stages before "solve" and how long each took
    QString error;
};

/// F9, then the first point of the convergence plot and the paint that shows it; the job is
/// cancelled after that.
FirstResidual solveToFirstResidual(MainWindow& w, bool* byKey) {
    FirstResidual r;
    JobController* c = w.jobController();
    app::ConvergencePlot* plot = w.jobsDock()->plot();
    QElapsedTimer clock;
    PaintWatch paints(plot->viewport(), clock);
    QString id;
    const auto conn = QObject::connect(plot->series(), &QXYSeries::pointsReplaced, [&] {
        if (r.plotted < 0 && plot->job() == id && plot->series()->count() > 0)
            r.plotted = clock.nsecsElapsed() / 1e6;
    });
    const auto stages = QObject::connect(c, &JobController::jobChanged, [&](const QString& job) {
        const JobController::Job* j = c->job(job);
        if (job != id || !j) return;
        const double now = clock.nsecsElapsed() / 1e6;
        if (r.submitted < 0 && !j->jobId.isEmpty()) r.submitted = now;
        if (r.running < 0 && j->state == JobController::State::Running) r.running = now;
        if (r.solving < 0 && j->stage == QLatin1String("solve")) r.solving = now;
    });
    clock.start();
    id = pressSolve(w, byKey);
    if (id.isEmpty()) {
        r.error = QStringLiteral("Solve started no job");
        return r;
    }
    waitFor(
        [&] {
            if (r.plotted >= 0 && paints.lastPaintMs > r.plotted) r.painted = paints.lastPaintMs;
            return r.painted >= 0 || !c->job(id)->active();
        },
        300000);
    QObject::disconnect(conn);
    QObject::disconnect(stages);
    // The service's stages before the first iteration, from its events' times.
    qint64 previous = 0;
    QString previousStage;
    for (const JobController::LogEntry& e : c->job(id)->log) {
        if (e.id != QLatin1String("jobs.stage") || e.args.isEmpty()) continue;
        if (!previousStage.isEmpty())
            r.stages += QStringLiteral("%1 %2 ms, ").arg(previousStage).arg(e.unixMs - previous);
        if (e.args.first() == QLatin1String("solve")) break;
        previous = e.unixMs, previousStage = e.args.first();
    }
    if (r.painted < 0)
        r.error = c->job(id)->error ? QString::fromStdString(c->job(id)->error->id)
                                    : QStringLiteral("no residual");
    c->cancel(id);
    waitFinished(*c, id, 300000);
    return r;
}

void benchFirstResidual(MainWindow& w, int runs) {
    std::printf("(b) Solve (F9) to the first residual in the convergence plot, sample assembly, "
                "embedded local service\n");
    bool byKey = false;
    const FirstResidual first = solveToFirstResidual(w, &byKey);
    if (!first.error.isEmpty()) {
        std::printf("  failed: %s\n", qPrintable(first.error));
        return;
    }
    std::printf("  first Solve of the session (starts the local service): job id %.0f ms, "
                "running %.0f ms, solve stage %.0f ms, plotted %.0f ms, painted %.0f ms\n",
                first.submitted, first.running, first.solving, first.plotted, first.painted);
    std::vector<double> plotted, painted;
    for (int i = 0; i < runs; ++i) {
        const FirstResidual r = solveToFirstResidual(w, nullptr);
        if (!r.error.isEmpty()) {
            std::printf("  run %d failed: %s\n", i + 1, qPrintable(r.error));
            continue;
        }
        plotted.push_back(r.plotted);
        painted.push_back(r.painted);
        std::printf("  run %d: job id %.0f ms, running %.0f ms, solve stage %.0f ms, plotted %.0f "
                    "ms, painted %.0f ms (service: %s)\n",
                    i + 1, r.submitted, r.running, r.solving, r.plotted, r.painted,
                    qPrintable(r.stages.chopped(std::min<qsizetype>(2, r.stages.size()))));
    }
    std::printf("  median of %zu runs: plotted %.0f ms, painted %.0f ms (max %.0f ms; F9 %s; "
                "goal: under 500 ms)\n\n",
                painted.size(), quantile(plotted, 0.5), quantile(painted, 0.5),
                quantile(painted, 1.0),
                byKey ? "pressed as a key" : "did not reach the window: the Solve action");
}

/// Solves the sample at `targetVoxels` (the mesh control's target) while a 1 ms timer
/// measures the GUI thread's stalls, from F9 until the result has been downloaded.
void benchStalls(MainWindow& w, long long targetVoxels) {
    std::printf("(a) GUI event-loop stalls during a solve on the embedded local service "
                "(1 ms timer)\n");
    app::StudyEditor* editor = w.studyEditor();
    editor->undoStack()->push(new app::SetMeshCommand(editor, targetVoxels, std::nullopt));
    JobController* c = w.jobController();
    QString id, resultDir;
    const auto conn = QObject::connect(c, &JobController::resultReady,
                                       [&](const QString& job, const QString& dir) {
                                           if (job == id) resultDir = dir;
                                       });
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    id = pressSolve(w);
    if (id.isEmpty()) return (void)std::printf("  failed: Solve started no job\n");
    waitFor([&] { return !resultDir.isEmpty() || !c->job(id)->active(); }, 600000);
    waitFor([&] { return !resultDir.isEmpty(); }, 60000);
    const double solveSeconds = clock.nsecsElapsed() / 1e9;
    QTest::qWait(500); // what the window does right after the result
    meter.stop();
    QObject::disconnect(conn);
    const JobController::Job* job = c->job(id);
    if (job->state != JobController::State::Succeeded)
        std::printf("  the job ended as %d (%s)\n", int(job->state),
                    job->error ? job->error->id.c_str() : "");
    std::string dofs = "?";
    if (auto summary =
            sim::parseJson(remotetest::readText(resultDir.toStdString() + "/result.json"));
        summary && summary->contains("dofs"))
        dofs = summary->at("dofs").dump();
    std::size_t longest = 0, busiest = 0;
    for (std::size_t i = 0; i < meter.gaps.size(); ++i) {
        if (meter.gaps[i] > meter.gaps[longest]) longest = i;
        if (meter.busy[i] > meter.busy[busiest]) busiest = i;
    }
    const auto over = [&](double ms) {
        return std::count_if(meter.gaps.begin(), meter.gaps.end(),
                             [ms](double g) { return g > ms; });
    };
    if (meter.gaps.empty()) return;
    std::printf("  target %lld voxels: %s DOF, F9 to result downloaded %.1f s, %zu ticks\n",
                targetVoxels, dofs.c_str(), solveSeconds, meter.gaps.size());
    std::printf("  gap between ticks: median %.2f ms, 95th percentile %.2f ms, longest %.1f ms "
                "(GUI thread on the CPU %.1f ms of it); gaps over 16 ms: %td, over 50 ms: %td\n",
                quantile(meter.gaps, 0.5), quantile(meter.gaps, 0.95), meter.gaps[longest],
                meter.busy[longest], over(16), over(50));
    std::printf("  longest GUI-thread busy time within one gap: %.1f ms (goal: under 50 ms)\n\n",
                meter.busy[busiest]);
}

} // namespace

int main(int argc, char** argv) {
    core::tuneAllocator();
    const int runs = int(bench::argument(argc, argv, "--runs", 7));
    const auto target = (long long)bench::argument(argc, argv, "--target-voxels", 350000);
    const double stlMib = bench::argument(argc, argv, "--stl-mib", 80);
    const int uploadRuns = int(bench::argument(argc, argv, "--upload-runs", 5));
    const fs::path dir = simtest::scratch("bench_study");
    // Settings, projects, the local service's data and results stay in the scratch folder.
    for (const char* xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        ::setenv(xdg, (dir / "home" / xdg).c_str(), 1);
    ::setenv("WERKBANK_DATA_DIR", (dir / "local-service").c_str(), 1);
    ::setenv("WERKBANK_SERVER", remotetest::bin("werkbank-server").c_str(), 1);

    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName("WerkbankBench");
    QCoreApplication::setApplicationName("bench_study");
    auto* w = new MainWindow;
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w)) return 1;
    w->activateWindow();
    const bool active = QTest::qWaitForWindowActive(w, 2000);
    if (!setUpSample(*w)) {
        std::printf("the sample study cannot be solved\n");
        return 1;
    }
    std::printf("GUI study workflow on %u cores; main window 1400x900%s\n\n",
                std::thread::hardware_concurrency(), active ? "" : " (not active)");
    // --only abc: the parts to run (default all)
    std::string only = "abc";
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == std::string("--only")) only = argv[i + 1];
    if (only.find('b') != std::string::npos) benchFirstResidual(*w, runs);
    if (only.find('a') != std::string::npos) benchStalls(*w, target);
    const int status =
        only.find('c') != std::string::npos ? bench::benchUpload(*w, dir, stlMib, uploadRuns) : 0;
    w->projectSession()->newProject(); // nothing to ask at close
    delete w;                          // stops the local service
    remotetest::ServerProcess::killLeftovers();
    core::leaveNow(status);
}
