// Submit, watch live progress and intermediate fields, fetch: the result equals a local solve.
#include "remote_fixture.h"

using namespace remotetest;
using wb::remote::JobEvent;

namespace {

std::string jobIdFromJson(const std::string& out) {
    auto json = wb::sim::parseJson(out);
    if (!json || !json->contains("job") || !json->at("job").is_string()) return {};
    return json->at("job").get<std::string>();
}

void watchJob(wb::remote::Client& client, const std::string& id) {
    std::uint64_t expected = 1;
    int progress = 0;
    bool ordered = true, progressBeforeEnd = false;
    FieldChecksum fields;
    auto done = await<wb::remote::JobInfo>([&](auto cb) {
        client.watch(
            id, 1,
            [&](const JobEvent& e) {
                ordered = ordered && e.sequence == expected++;
                if (e.kind == JobEvent::Kind::Progress) ++progress, progressBeforeEnd = true;
                if (e.kind == JobEvent::Kind::Field) fields.add(e.field);
            },
            cb);
    });
    SIM_CHECK(done.has_value());
    if (!done) return;
    std::cout << "watch: " << expected - 1 << " events, " << progress << " progress, "
              << fields.intermediate << " intermediate fields, " << fields.chunks
              << " field chunks\n";
    SIM_CHECK(done->state == wb::remote::JobState::Succeeded);
    SIM_CHECK(ordered);
    SIM_CHECK(progressBeforeEnd && progress >= 5);
    SIM_CHECK(fields.intermediate >= 2);
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_submit");
    const fs::path study = writeCantilever(dir);
    addToken(dir / "tokens", "alice", "alice-secret-token", dir / "alice.token");
    ServerProcess server;
    const std::string endpoint = "unix:" + (dir / "s.sock").string();
    SIM_CHECK(
        server.start({"--listen", endpoint, "--tokens", (dir / "tokens").string(), "--data-dir",
                      (dir / "data").string(), "--intermediate-every", "2", "--backend", "cpu"},
                     dir / "server.log"));
    const std::vector<std::string> conn = {"--server", endpoint, "--token-file",
                                           (dir / "alice.token").string()};
    auto with = [&](std::vector<std::string> args) {
        args.insert(args.end(), conn.begin(), conn.end());
        return args;
    };

    CliRun submit = runCli(with({"submit", study.string(), "--json"}), dir);
    SIM_CHECK(submit.exit == 0);
    const std::string id = jobIdFromJson(submit.out);
    SIM_CHECK(id.size() == 32);

    wb::remote::ConnectionOptions options;
    options.endpoint = endpoint;
    options.token = "alice-secret-token";
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    if (client) watchJob(**client, id);

    CliRun fetch = runCli(with({"fetch", id, "-o", (dir / "fetched").string()}), dir);
    SIM_CHECK(fetch.exit == 0);
    CliRun local = runCli({"solve", study.string(), "-o", (dir / "local").string()}, dir);
    SIM_CHECK(local.exit == 0);
    SIM_CHECK(fs::exists(dir / "fetched" / "result.vtu"));
    const std::string remoteFields = readText(dir / "fetched" / "fields.wbf");
    SIM_CHECK(!remoteFields.empty() && remoteFields == readText(dir / "local" / "fields.wbf"));
    // The folder stands on its own: the same surface, and the study as submitted (the user's
    // geometry file, not the service's stored copy).
    const std::string remoteSurface = readText(dir / "fetched" / "surface.wbm");
    SIM_CHECK(!remoteSurface.empty() && remoteSurface == readText(dir / "local" / "surface.wbm"));
    SIM_CHECK(readText(dir / "fetched" / "study.json") == readText(dir / "local" / "study.json"));
    auto remoteSummary = wb::sim::parseJson(readText(dir / "fetched" / "result.json"));
    auto localSummary = wb::sim::parseJson(readText(dir / "local" / "result.json"));
    SIM_CHECK(remoteSummary && localSummary);
    if (remoteSummary && localSummary) {
        SIM_CHECK(remoteSummary->at("iterations") == localSummary->at("iterations"));
        for (const char* key : {"min", "max", "probes"})
            SIM_CHECK(remoteSummary->at(key) == localSummary->at(key));
    }

    CliRun wait = runCli(with({"submit", study.string(), "--wait", "--json"}), dir);
    SIM_CHECK(wait.exit == 0);
    SIM_CHECK(wait.out.find("\"converged\"") != std::string::npos);
    CliRun jobs = runCli(with({"jobs", "--json"}), dir);
    SIM_CHECK(jobs.exit == 0 && jobs.out.find(id) != std::string::npos);
    if (simtest::failures())
        std::cerr << "server log:\n" << readText(dir / "server.log") << submit.err << fetch.err;
    server.stop();
    wb::core::leaveNow(remotetest::finish("tst_remote_submit"));
}
