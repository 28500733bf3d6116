// The embedded default: without an endpoint, the client starts werkbank-server on a private
// Unix socket with a random token, shares it while it lives and stops it at exit.
#include "remote_fixture.h"

#include <sys/stat.h>

using namespace remotetest;

int main() {
    const auto dir = simtest::scratch("remote_embedded");
    setenv("WERKBANK_DATA_DIR", (dir / "data").c_str(), 1);
    setenv("WERKBANK_SERVER", bin("werkbank-server").c_str(), 1);
    const fs::path study = writeCantilever(dir, 2.5e-3);

    CliRun submitted = runCli({"submit", study.string(), "--wait", "--json"}, dir);
    SIM_CHECK(submitted.exit == 0);
    auto json = wb::sim::parseJson(submitted.out);
    const std::string id = json && json->contains("job") ? json->at("job").get<std::string>() : "";
    SIM_CHECK(id.size() == 32);
    // A later command starts a new local service on the same data: the job is still there.
    CliRun jobs = runCli({"jobs"}, dir);
    SIM_CHECK(jobs.exit == 0 && jobs.out.find(id) != std::string::npos);
    SIM_CHECK(runCli({"fetch", id, "-o", (dir / "result").string()}, dir).exit == 0);
    SIM_CHECK(fs::exists(dir / "result" / "result.json"));

    std::string socketDir;
    {
        auto first = wb::remote::Client::create({});
        auto second = wb::remote::Client::create({});
        SIM_CHECK(first && second);
        if (first && second) {
            const std::string endpoint = (*first)->endpoint();
            SIM_CHECK(endpoint.starts_with("unix:") && endpoint == (*second)->endpoint()); // shared
            const fs::path socket = endpoint.substr(5);
            socketDir = socket.parent_path().string();
            struct stat s {};
            SIM_CHECK(::stat(socket.c_str(), &s) == 0 && (s.st_mode & 0777) == 0600);
            SIM_CHECK(::stat(socketDir.c_str(), &s) == 0 && (s.st_mode & 0777) == 0700);
            auto info = await<wb::remote::ServerInfo>([&](auto cb) { (*first)->serverInfo(cb); });
            SIM_CHECK(info && !info->version.empty());
            auto list =
                await<std::vector<wb::remote::JobInfo>>([&](auto cb) { (*second)->listJobs(cb); });
            SIM_CHECK(list && list->size() == 1);
        }
    }
    SIM_CHECK(!socketDir.empty() && !fs::exists(socketDir)); // stopped with its last client
    wb::core::leaveNow(remotetest::finish("tst_remote_embedded"));
}
