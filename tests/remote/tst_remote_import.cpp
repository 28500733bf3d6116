// Uploads are imported once, in import helper processes under the server's limits: the server
// maps no CAD kernel, keeps what was imported across a restart, fails a study on an import
// that exceeded a limit and goes on serving. A network address needs TLS and authentication.
#include "remote_fixture.h"

using namespace remotetest;

namespace {

const fs::path kScrew = "/usr/share/opencascade/data/step/screw.step";

/// A study on the screw: fixed at one end of its longest axis, pulled at the other, its
/// extents taken from `werkbank-cli inspect` (metres).
fs::path writeScrewStudy(const fs::path& dir) {
    fs::copy_file(kScrew, dir / "screw.step", fs::copy_options::overwrite_existing);
    const CliRun inspect = runCli({"inspect", kScrew.string(), "--json"}, dir);
    auto json = wb::sim::parseJson(inspect.out);
    SIM_CHECK(inspect.exit == 0 && json);
    double lo[3] = {-1, -1, -1}, hi[3] = {1, 1, 1};
    if (json)
        for (int i = 0; i < 3; ++i)
            lo[i] = json->at("bbox").at("min").at(i).get<double>(),
            hi[i] = json->at("bbox").at("max").at(i).get<double>();
    int axis = 0;
    for (int i = 1; i < 3; ++i)
        if (hi[i] - lo[i] > hi[axis] - lo[axis]) axis = i;
    const double length = hi[axis] - lo[axis];
    auto slab = [&](double from, double to) {
        double mn[3] = {-1, -1, -1}, mx[3] = {1, 1, 1};
        mn[axis] = from, mx[axis] = to;
        auto v = [](const double* p) {
            return "[" + wb::sim::formatNumber(p[0]) + "," + wb::sim::formatNumber(p[1]) + "," +
                   wb::sim::formatNumber(p[2]) + "]";
        };
        return "{\"box\":{\"min\":" + v(mn) + ",\"max\":" + v(mx) + "}}";
    };
    std::string vector = "[0,0,0]";
    vector[1 + 2 * axis] = '1';
    const std::string text = simtest::studyText(
        "static_structural", "screw.step", length / 24,
        "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
        "{\"name\":\"end\",\"type\":\"fixed\",\"select\":" +
            slab(lo[axis] - 1e-3, lo[axis] + 0.1 * length) + "}",
        "{\"name\":\"pull\",\"type\":\"force\",\"vector\":" + vector +
            ",\"select\":" + slab(hi[axis] - 0.1 * length, hi[axis] + 1e-3) + "}",
        "");
    simtest::writeText(dir / "screw.json", text);
    return dir / "screw.json";
}

std::shared_ptr<wb::remote::Client> connect(const std::string& endpoint) {
    wb::remote::ConnectionOptions options;
    options.endpoint = endpoint;
    auto client = wb::remote::Client::create(options);
    SIM_CHECK(client.has_value());
    return client ? *client : nullptr;
}

/// Submits the study file and watches the job to its end.
wb::core::Result<wb::remote::JobInfo> runStudy(wb::remote::Client& client, const fs::path& study) {
    auto job = await<wb::remote::JobInfo>(
        [&](auto cb) { client.submitStudyFile(study, wb::remote::SubmitOptions{}, cb); });
    if (!job) return job;
    return await<wb::remote::JobInfo>([&](auto cb) {
        client.watch(
            job->id, 1, [](const wb::remote::JobEvent&) {}, cb);
    });
}

/// The lines of /proc/PID/maps naming one of `libraries`.
std::string mappedKernels(pid_t pid) {
    std::istringstream maps(readText("/proc/" + std::to_string(pid) + "/maps"));
    std::string line, found;
    while (std::getline(maps, line))
        for (const char* library : {"libTKSTEP", "libTKXSBase", "libassimp"})
            if (line.find(library) != std::string::npos) found += line + "\n";
    return found;
}

void importsOutsideTheServer(const fs::path& dir) {
    const fs::path study = writeScrewStudy(dir);
    const std::vector<std::string> args = {
        "--listen", "127.0.0.1:0", "--data-dir", (dir / "data").string(), "--backend", "cpu"};
    ServerProcess server;
    SIM_CHECK(server.start(args, dir / "server.log"));
    auto client = connect(server.endpoint());
    if (!client) return;
    auto done = runStudy(*client, study);
    SIM_CHECK(done.has_value());
    if (done) {
        std::cout << "screw job: " << int(done->state)
                  << (done->error ? " " + done->error->id : std::string()) << "\n";
        SIM_CHECK(done->state == wb::remote::JobState::Succeeded);
    }
    const std::string mapped = mappedKernels(server.pid());
    SIM_CHECK(mapped.empty());
    if (!mapped.empty()) std::cerr << "the server maps CAD kernels:\n" << mapped;
    client.reset();
    SIM_CHECK(server.stop() == 0);

    // After a restart the stored import serves again; nothing is imported twice.
    fs::path record;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "data" / "tenants"))
        if (entry.path().extension() == ".import") record = entry.path();
    SIM_CHECK(!record.empty());
    SIM_CHECK(server.start(args, dir / "server2.log"));
    client = connect(server.endpoint());
    if (!client) return;
    done = runStudy(*client, study);
    SIM_CHECK(done && done->state == wb::remote::JobState::Succeeded);
    SIM_CHECK(readText(dir / "server2.log").find("imported") == std::string::npos);
    client.reset();
    server.stop();

    // An upload whose import a restart interrupted (no record) is imported again.
    fs::remove(record);
    SIM_CHECK(server.start(args, dir / "server3.log"));
    for (int i = 0; i < 500 && !fs::exists(record); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    SIM_CHECK(fs::exists(record));
    SIM_CHECK(readText(dir / "server3.log").find("imported again after a restart") !=
              std::string::npos);
    server.stop();
}

void limitExceeded(const fs::path& dir) {
    const fs::path study = writeCantilever(dir);
    // Every import helper of this server hangs; the server's 1 s limit stops it.
    ::setenv("WERKBANK_IMPORT_TEST_HOOK", "hang", 1);
    ServerProcess server;
    SIM_CHECK(server.start({"--listen", "127.0.0.1:0", "--data-dir", (dir / "data").string(),
                            "--import-timeout-s", "1", "--backend", "cpu"},
                           dir / "server.log"));
    ::unsetenv("WERKBANK_IMPORT_TEST_HOOK");
    auto client = connect(server.endpoint());
    if (!client) return;
    const auto started = std::chrono::steady_clock::now();
    auto done = runStudy(*client, study); // accepted while importing; the job waits and fails
    SIM_CHECK(done && done->state == wb::remote::JobState::Failed);
    SIM_CHECK(done && done->error && done->error->id == "io.limit.time");
    SIM_CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(30));
    // Submitted again once the import has failed: refused with its error (exit 7: a limit).
    const CliRun again = runCli({"submit", study.string(), "--server", server.endpoint()}, dir);
    SIM_CHECK(again.exit == 7);
    SIM_CHECK(again.err.find("1 s limit") != std::string::npos);
    auto info = await<wb::remote::ServerInfo>([&](auto cb) { client->serverInfo(cb); });
    SIM_CHECK(info.has_value());
    SIM_CHECK(server.alive());
    if (simtest::failures()) std::cerr << again.err << readText(dir / "server.log");
    client.reset();
    server.stop();
}

void failsClosed(const fs::path& dir) {
    SIM_CHECK(makeCertificates(dir));
    const std::string data = (dir / "data").string();
    const std::vector<std::string> tls = {"--tls-cert", (dir / "server.pem").string(), "--tls-key",
                                          (dir / "server.key").string()};
    auto serve = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = {"--listen", "0.0.0.0:0", "--data-dir", data};
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    };
    const CliRun bare = runProgram("werkbank-server", serve({}), dir);
    SIM_CHECK(bare.exit == 2);
    SIM_CHECK(bare.err.find("TLS") != std::string::npos &&
              bare.err.find("client authentication") != std::string::npos);
    const CliRun noAuth = runProgram("werkbank-server", serve(tls), dir);
    SIM_CHECK(noAuth.exit == 2);
    SIM_CHECK(noAuth.err.find("no client authentication") != std::string::npos);
    addToken(dir / "tokens", "alice", "alice-secret-token", dir / "alice.token");
    const CliRun noTls =
        runProgram("werkbank-server", serve({"--tokens", (dir / "tokens").string()}), dir);
    SIM_CHECK(noTls.exit == 2);
    SIM_CHECK(noTls.err.find("no TLS") != std::string::npos &&
              noTls.err.find("client authentication") == std::string::npos);
    std::cout << bare.err << noAuth.err << noTls.err;

    ServerProcess server;
    SIM_CHECK(server.start(serve({"--insecure"}), dir / "insecure.log"));
    server.stop();
    std::vector<std::string> both = tls;
    both.insert(both.end(), {"--client-ca", (dir / "ca.pem").string()});
    SIM_CHECK(server.start(serve(both), dir / "mtls.log"));
    server.stop();
}

void badLimitValues(const fs::path& dir) {
    for (const char* option : {"--import-timeout-s", "--import-memory-mb"})
        for (const char* value : {"0", "-3", "abc", ""}) {
            const CliRun run = runProgram(
                "werkbank-server", {option, value, "--data-dir", (dir / "data").string()}, dir);
            SIM_CHECK(run.exit == 2);
            SIM_CHECK(run.err.find(option) != std::string::npos);
        }
    simtest::writeText(dir / "server.conf", "import-memory-mb = 0\n");
    const CliRun config =
        runProgram("werkbank-server", {"--config", (dir / "server.conf").string()}, dir);
    SIM_CHECK(config.exit == 2);
    SIM_CHECK(config.err.find("import-memory-mb") != std::string::npos);
}

} // namespace

int main() {
    importsOutsideTheServer(simtest::scratch("remote_import"));
    limitExceeded(simtest::scratch("remote_import_limit"));
    failsClosed(simtest::scratch("remote_import_closed"));
    badLimitValues(simtest::scratch("remote_import_values"));
    wb::core::leaveNow(remotetest::finish("tst_remote_import"));
}
