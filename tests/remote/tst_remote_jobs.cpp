// Cancel a running job, a deadline shorter than the job, and 20 clients submitting and watching
// at once.
#include "remote_fixture.h"

using namespace remotetest;
using wb::remote::JobEvent;
using wb::remote::JobState;

namespace {

/// A study that iterates for a long time (tolerance out of reach).
std::string longStudy(const fs::path& dir) {
    std::string text = readText(writeCantilever(dir, 0.5e-3, "long.json"));
    // Rounding stops the iterations after a few hundred, seconds after the deadline.
    for (auto [from, to] :
         {std::pair<std::string, std::string>{"\"tolerance\":1e-10", "\"tolerance\":1e-300"},
          {"\"max_iterations\":2000", "\"max_iterations\":20000"}})
        text.replace(text.find(from), from.size(), to);
    simtest::writeText(dir / "long.json", text);
    return text;
}

std::string idOf(const CliRun& run) {
    auto json = wb::sim::parseJson(run.out);
    return json && json->contains("job") && json->at("job").is_string()
               ? json->at("job").get<std::string>()
               : "";
}

void concurrentClients(const wb::remote::ConnectionOptions& options, const fs::path& dir) {
    const std::string study = readText(writeCantilever(dir, 2.5e-3, "small.json"));
    std::atomic<int> succeeded{0}, progressed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 20; ++i)
        threads.emplace_back([&, i] {
            auto client = wb::remote::Client::create(options);
            if (!client) return;
            auto geometry = await<std::string>(
                [&](auto cb) { (*client)->uploadGeometry(dir / "beam.stl", cb); });
            if (!geometry) return;
            wb::remote::SubmitOptions o;
            o.requestId = "client-" + std::to_string(i);
            auto job = await<wb::remote::JobInfo>(
                [&](auto cb) { (*client)->submit(study, *geometry, o, cb); });
            if (!job) return;
            std::atomic<bool> sawProgress{false};
            auto done = await<wb::remote::JobInfo>([&](auto cb) {
                (*client)->watch(
                    job->id, 1,
                    [&](const JobEvent& e) {
                        sawProgress = sawProgress || e.kind == JobEvent::Kind::Progress;
                    },
                    cb);
            });
            if (done && done->state == JobState::Succeeded) ++succeeded;
            if (sawProgress) ++progressed;
        });
    for (auto& t : threads)
        t.join();
    std::cout << "concurrent: " << succeeded << " of 20 succeeded\n";
    SIM_CHECK(succeeded == 20 && progressed == 20);
}

/// The listing of finished jobs says where and when each ran; returns the listing.
std::vector<wb::remote::JobInfo> checkListing(const wb::remote::ConnectionOptions& options) {
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    if (!client) return {};
    auto jobs = await<std::vector<wb::remote::JobInfo>>([&](auto cb) { (*client)->listJobs(cb); });
    SIM_CHECK(jobs && jobs->size() >= 20);
    if (!jobs) return {};
    int succeeded = 0;
    for (const auto& j : *jobs) {
        SIM_CHECK(wb::remote::isFinished(j.state) && j.finishedUnixMs);
        if (j.state != JobState::Succeeded) continue;
        ++succeeded;
        SIM_CHECK(j.backend == "cpu" && !j.device.empty());
        SIM_CHECK(j.startedUnixMs && j.finishedUnixMs);
        if (j.startedUnixMs && j.finishedUnixMs)
            SIM_CHECK(j.createdUnixMs <= *j.startedUnixMs && *j.startedUnixMs <= *j.finishedUnixMs);
    }
    SIM_CHECK(succeeded >= 20);
    std::cout << "listing: " << jobs->size() << " jobs, device " << jobs->back().device << "\n";
    return *jobs;
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_jobs");
    addToken(dir / "tokens", "alice", "alice-token", dir / "alice.token");
    const std::string endpoint = "unix:" + (dir / "s.sock").string();
    ServerProcess server;
    SIM_CHECK(
        server.start({"--listen", endpoint, "--tokens", (dir / "tokens").string(), "--data-dir",
                      (dir / "data").string(), "--backend", "cpu", "--max-jobs", "2"},
                     dir / "server.log"));
    const std::vector<std::string> conn = {"--server", endpoint, "--token-file",
                                           (dir / "alice.token").string()};
    auto cli = [&](std::vector<std::string> a) {
        a.insert(a.end(), conn.begin(), conn.end());
        return runCli(a, dir);
    };
    longStudy(dir);

    // Cancel a running job: `watch` ends with exit code 4.
    const std::string running = idOf(cli({"submit", (dir / "long.json").string(), "--json"}));
    SIM_CHECK(running.size() == 32);
    wb::remote::ConnectionOptions options;
    options.endpoint = endpoint;
    options.token = "alice-token";
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    auto solving = std::make_shared<std::promise<void>>();
    auto once = std::make_shared<std::once_flag>();
    auto watched = std::make_shared<std::promise<wb::core::Result<wb::remote::JobInfo>>>();
    (*client)->watch(
        running, 1,
        [solving, once](const JobEvent& e) {
            if (e.kind == JobEvent::Kind::Progress && e.stage == "solve" && e.iteration >= 3)
                std::call_once(*once, [&] { solving->set_value(); });
        },
        [watched](wb::core::Result<wb::remote::JobInfo> r) { watched->set_value(std::move(r)); });
    SIM_CHECK(solving->get_future().wait_for(std::chrono::seconds(60)) ==
              std::future_status::ready);
    SIM_CHECK(cli({"cancel", running}).exit == 0);
    auto cancelled = watched->get_future().get();
    SIM_CHECK(cancelled && cancelled->state == JobState::Cancelled);
    SIM_CHECK(cli({"watch", running}).exit == 4);

    // A deadline shorter than the job.
    const auto t0 = std::chrono::steady_clock::now();
    CliRun late = cli({"submit", (dir / "long.json").string(), "--wait", "--deadline", "1.5"});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "deadline run: exit " << late.exit << " after " << seconds << " s\n";
    SIM_CHECK(late.exit == 4 && late.err.find("deadline") != std::string::npos);
    SIM_CHECK(seconds < 30);

    concurrentClients(options, dir);

    // Backend, device and times are in the listing, the CLI's too, and survive a restart.
    const auto listed = checkListing(options);
    const CliRun jobsJson = cli({"jobs", "--json"});
    auto parsed = wb::sim::parseJson(jobsJson.out);
    SIM_CHECK(parsed && parsed->is_array() && !parsed->empty());
    if (parsed && parsed->is_array() && !parsed->empty()) {
        const auto& last = parsed->back();
        SIM_CHECK(last.value("backend", "") == "cpu" && !last.value("device", "").empty() &&
                  last.contains("started_unix_ms") && last.contains("finished_unix_ms"));
    }
    server.stop();
    SIM_CHECK(server.start({"--listen", endpoint, "--tokens", (dir / "tokens").string(),
                            "--data-dir", (dir / "data").string(), "--backend", "cpu"},
                           dir / "server2.log"));
    const auto relisted = checkListing(options);
    SIM_CHECK(relisted.size() == listed.size());
    for (std::size_t i = 0; i < std::min(listed.size(), relisted.size()); ++i)
        SIM_CHECK(relisted[i].id == listed[i].id && relisted[i].device == listed[i].device &&
                  relisted[i].startedUnixMs == listed[i].startedUnixMs &&
                  relisted[i].finishedUnixMs == listed[i].finishedUnixMs);

    // A job running when the server is killed fails with job.interrupted under
    // --on-restart fail; a watch from the start sees that final state.
    const std::string interrupted = idOf(cli({"submit", (dir / "long.json").string(), "--json"}));
    auto running2 = std::make_shared<std::promise<void>>();
    auto once2 = std::make_shared<std::once_flag>();
    (*client)->watch(
        interrupted, 1,
        [running2, once2](const JobEvent& e) {
            if (e.kind == JobEvent::Kind::Progress && e.stage == "solve")
                std::call_once(*once2, [&] { running2->set_value(); });
        },
        [](wb::core::Result<wb::remote::JobInfo>) {});
    SIM_CHECK(running2->get_future().wait_for(std::chrono::seconds(60)) ==
              std::future_status::ready);
    server.kill9();
    SIM_CHECK(
        server.start({"--listen", endpoint, "--tokens", (dir / "tokens").string(), "--data-dir",
                      (dir / "data").string(), "--backend", "cpu", "--on-restart", "fail"},
                     dir / "server3.log"));
    auto failedWatch =
        await<wb::remote::JobInfo>([&](auto cb) { (*client)->watch(interrupted, 1, {}, cb); });
    SIM_CHECK(failedWatch && failedWatch->state == JobState::Failed && failedWatch->error &&
              failedWatch->error->id == "job.interrupted");
    auto failedJob =
        await<wb::remote::JobInfo>([&](auto cb) { (*client)->getJob(interrupted, cb); });
    SIM_CHECK(failedJob && failedJob->state == JobState::Failed && failedJob->startedUnixMs &&
              failedJob->finishedUnixMs && *failedJob->startedUnixMs <= *failedJob->finishedUnixMs);

    if (simtest::failures()) std::cerr << readText(dir / "server.log");
    wb::core::leaveNow(remotetest::finish("tst_remote_jobs"));
}
