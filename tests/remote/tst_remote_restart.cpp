// Durability: kill -9 the server in the middle of a stream, restart it: the client resumes and
// receives every event exactly once (field checksum equals a clean run); finished jobs survive;
// the same request_id after the restart gives the same job.
#include "remote_fixture.h"

using namespace remotetest;
using wb::remote::JobEvent;

namespace {

struct Watched {
    FieldChecksum fields;
    std::uint64_t events = 0;
    bool ordered = true;
    wb::core::Result<wb::remote::JobInfo> done = std::unexpected(wb::core::Error{});
};

std::string studyJson(const fs::path& dir) {
    return readText(writeCantilever(dir, 0.5e-3, "heavy.json"));
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_restart");
    addToken(dir / "tokens", "alice", "alice-token", dir / "alice.token");
    const std::string endpoint = "unix:" + (dir / "s.sock").string();
    const std::vector<std::string> args = {"--listen",
                                           endpoint,
                                           "--tokens",
                                           (dir / "tokens").string(),
                                           "--data-dir",
                                           (dir / "data").string(),
                                           "--backend",
                                           "cpu",
                                           "--intermediate-every",
                                           "3"};
    auto server = std::make_unique<ServerProcess>();
    SIM_CHECK(server->start(args, dir / "server1.log"));

    wb::remote::ConnectionOptions options;
    options.endpoint = endpoint;
    options.token = "alice-token";
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    if (!client) return simtest::finish("tst_remote_restart");
    wb::remote::Client& c = **client;
    auto geometry = await<std::string>(
        [&](auto cb) { c.uploadGeometry((writeCantilever(dir), dir / "beam.stl"), cb); });
    SIM_CHECK(geometry.has_value());
    const std::string json = studyJson(dir);
    auto submit = [&](const std::string& requestId) {
        wb::remote::SubmitOptions o;
        o.requestId = requestId;
        return await<wb::remote::JobInfo>([&](auto cb) { c.submit(json, *geometry, o, cb); });
    };
    auto watch = [&](const std::string& id, std::function<void(const JobEvent&)> extra) {
        auto w = std::make_shared<Watched>();
        w->done = await<wb::remote::JobInfo>([&](auto cb) {
            c.watch(
                id, 1,
                [w, extra](const JobEvent& e) {
                    w->ordered = w->ordered && e.sequence == ++w->events;
                    if (e.kind == JobEvent::Kind::Field) w->fields.add(e.field);
                    if (extra) extra(e);
                },
                cb);
        });
        return w;
    };

    // A clean run for reference.
    auto clean = submit("clean-run");
    SIM_CHECK(clean.has_value());
    auto reference = watch(clean->id, {});
    SIM_CHECK(reference->done && reference->done->state == wb::remote::JobState::Succeeded);
    std::cout << "clean run: " << reference->events << " events, " << reference->fields.chunks
              << " field chunks\n";

    // The same study again; kill -9 the server at the first intermediate field.
    auto job = submit("crash-run");
    SIM_CHECK(job.has_value() && job->id != clean->id);
    auto killed = std::make_shared<std::promise<void>>();
    auto once = std::make_shared<std::once_flag>();
    std::thread killer([&, future = killed->get_future()]() mutable {
        future.wait();
        server->kill9();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        server = std::make_unique<ServerProcess>();
        SIM_CHECK(server->start(args, dir / "server2.log"));
    });
    auto resumed = watch(job->id, [killed, once](const JobEvent& e) {
        if (e.kind == JobEvent::Kind::Field && !e.field.final)
            std::call_once(*once, [&] { killed->set_value(); });
    });
    killer.join();
    std::cout << "resumed run: " << resumed->events << " events, " << resumed->fields.chunks
              << " field chunks\n";
    SIM_CHECK(resumed->done && resumed->done->state == wb::remote::JobState::Succeeded);
    SIM_CHECK(resumed->ordered);
    SIM_CHECK(resumed->events == reference->events);
    SIM_CHECK(resumed->fields.chunks == reference->fields.chunks);
    SIM_CHECK(resumed->fields.hash == reference->fields.hash);

    // The same request_id after the restart gives the same job; finished jobs survive.
    auto again = submit("crash-run");
    SIM_CHECK(again.has_value() && again->id == job->id);
    server->kill9();
    server = std::make_unique<ServerProcess>();
    SIM_CHECK(server->start(args, dir / "server3.log"));
    auto first = await<wb::remote::JobInfo>([&](auto cb) { c.getJob(clean->id, cb); });
    SIM_CHECK(first && first->state == wb::remote::JobState::Succeeded);
    auto fetched =
        await<bool>([&](auto cb) { c.fetchResult(clean->id, dir / "clean-result", cb); });
    SIM_CHECK(fetched.has_value() && fs::exists(dir / "clean-result" / "fields.wbf"));
    auto replay = watch(job->id, {});
    SIM_CHECK(replay->events == reference->events && replay->fields.hash == reference->fields.hash);

    // SIGTERM while a job runs: a clean exit, and the job runs again after the restart.
    auto term = submit("term-run");
    SIM_CHECK(term.has_value());
    auto solving = std::make_shared<std::promise<void>>();
    auto started = std::make_shared<std::once_flag>();
    auto watching = c.watch(
        term->id, 1,
        [solving, started](const JobEvent& e) {
            if (e.kind == JobEvent::Kind::Progress && e.stage == "solve")
                std::call_once(*started, [&] { solving->set_value(); });
        },
        [](wb::core::Result<wb::remote::JobInfo>) {});
    SIM_CHECK(solving->get_future().wait_for(std::chrono::seconds(60)) ==
              std::future_status::ready);
    watching->cancel();
    const int status = server->stop();
    SIM_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    server = std::make_unique<ServerProcess>();
    SIM_CHECK(server->start(args, dir / "server4.log"));
    auto rerun = watch(term->id, {});
    SIM_CHECK(rerun->done && rerun->done->state == wb::remote::JobState::Succeeded);
    SIM_CHECK(rerun->fields.hash == reference->fields.hash);
    SIM_CHECK(readText(dir / "server4.log").find("runs again after a restart") !=
              std::string::npos);
    SIM_CHECK(server->stop() == 0);
    if (simtest::failures())
        std::cerr << readText(dir / "server1.log") << readText(dir / "server2.log")
                  << readText(dir / "server3.log");
    wb::core::leaveNow(remotetest::finish("tst_remote_restart"));
}
