// werkbank-server's command line and config file: --help and --version, usage and config errors
// (exit code 2, naming the option or FILE:LINE), options over the file, and every path given
// relatively: in the config file (from its folder), on the server's command line and on
// werkbank-cli's (from the working directory).
#include "remote_fixture.h"

using namespace remotetest;

namespace {

bool contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return true;
    std::cerr << "expected '" << part << "' in:\n" << text << "\n";
    return false;
}

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

/// The job id in submit's output ({"job": "ID", ...}).
std::string jobId(const std::string& out) {
    const std::string key = "\"job\": \"";
    const auto at = out.find(key);
    return at == std::string::npos ? std::string() : out.substr(at + key.size(), 32);
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_command_line");
    const fs::path conf = dir / "conf", elsewhere = dir / "elsewhere";
    fs::create_directories(conf);
    fs::create_directories(elsewhere);
    SIM_CHECK(makeCertificates(conf));
    addToken(conf / "tokens.txt", "alice", "alice-token-1", conf / "alice.token");
    writeCantilever(elsewhere, 2.5e-3);

    // --help and --version, on the program and on hash-token
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{}, std::vector<std::string>{"hash-token"}}) {
        const CliRun help =
            runProgram("werkbank-server", command + std::vector<std::string>{"--help"}, dir);
        SIM_CHECK(help.exit == 0 && contains(help.out, "Usage: werkbank-server"));
        const CliRun version =
            runProgram("werkbank-server", command + std::vector<std::string>{"--version"}, dir);
        SIM_CHECK(version.exit == 0 && version.out.starts_with("werkbank-server ") &&
                  version.out.find('.') != std::string::npos);
    }
    const CliRun help = runProgram("werkbank-server", {"--help"}, dir);
    SIM_CHECK(contains(help.out, "--config") && contains(help.out, "hash-token") &&
              contains(help.out, "--max-jobs"));

    // usage errors: exit code 2, the option named, no server started
    auto usage = [&](const std::vector<std::string>& args, const std::string& named) {
        const CliRun r = runProgram("werkbank-server", args, dir, dir);
        SIM_CHECK(r.exit == 2 && contains(r.err, named));
        SIM_CHECK(r.out.find("listening") == std::string::npos);
    };
    usage({"--frobnicate", "1"}, "--frobnicate");
    usage({"--listen"}, "--listen");
    usage({"--max-jobs", "0"}, "--max-jobs");
    usage({"--max-upload-bytes", "-5"}, "--max-upload-bytes");
    usage({"--backend", "gpu"}, "--backend");
    usage({"--on-restart", "maybe"}, "--on-restart");
    usage({"--tls-cert", "server.pem"}, "--tls-key");
    usage({"--tls-cert", "a", "--tls-key", "b", "--client-ca", ""}, "--client-ca");
    usage({"--config", "missing.conf"}, (dir / "missing.conf").string());

    // config errors name FILE:LINE
    const std::vector<std::pair<std::string, std::string>> badConfigs = {
        {"# a comment\n\nlisten = 127.0.0.1:0\nfrobnicate = 1\n", ":4"},
        {"max-jobs = zero\n", "max-jobs"},
        {"just words\n", ":1"},
        {"config = other.conf\n", "config"},
        {"backend = gpu\n", "backend"},
        {"help = 1\n", "help"},
    };
    for (std::size_t i = 0; i < badConfigs.size(); ++i) {
        const fs::path file = conf / ("bad" + std::to_string(i) + ".conf");
        simtest::writeText(file, badConfigs[i].first);
        const CliRun r = runProgram("werkbank-server", {"--config", file.string()}, dir);
        SIM_CHECK(r.exit == 2 && contains(r.err, file.string()) &&
                  contains(r.err, badConfigs[i].second));
    }

    // A config file naming its files relatively, started from another folder with a relative
    // --config; the command line overrides the file's region.
    simtest::writeText(conf / "server.conf", "listen = 127.0.0.1:0\n"
                                             "tls-cert = server.pem\n"
                                             "tls-key = server.key\n"
                                             "client-ca = ca.pem\n"
                                             "tokens = tokens.txt\n"
                                             "data-dir = data\n"
                                             "backend = cpu\n"
                                             "region = from-config\n");
    ServerProcess fromConfig;
    SIM_CHECK(fromConfig.start({"--config", "../conf/server.conf", "--region", "from-command-line"},
                               dir / "config.log", elsewhere));
    SIM_CHECK(fs::is_directory(conf / "data") && !fs::exists(elsewhere / "data"));
    // werkbank-cli's certificate, key, CA and token files relative to its working directory
    const std::vector<std::string> inConf = {
        "--server", fromConfig.endpoint(), "--ca-file", "ca.pem",    "--token-file", "alice.token",
        "--cert",   "client.pem",          "--key",     "client.key"};
    const CliRun info = runCli(std::vector<std::string>{"info", "--json"} + inConf, dir, conf);
    SIM_CHECK(info.exit == 0 && contains(info.out, "from-command-line"));
    SIM_CHECK(info.out.find("from-config") == std::string::npos);
    // the study file and fetch's output relative, from another folder
    const std::vector<std::string> fromElsewhere = {
        "--server",     fromConfig.endpoint(), "--ca-file", "../conf/ca.pem",
        "--token-file", "../conf/alice.token", "--cert",    "../conf/client.pem",
        "--key",        "../conf/client.key"};
    const CliRun submitted =
        runCli(std::vector<std::string>{"submit", "study.json", "--wait", "--json"} + fromElsewhere,
               dir, elsewhere);
    SIM_CHECK(submitted.exit == 0);
    const std::string id = jobId(submitted.out);
    SIM_CHECK(id.size() == 32);
    const CliRun fetched = runCli(
        std::vector<std::string>{"fetch", id, "-o", "result"} + fromElsewhere, dir, elsewhere);
    SIM_CHECK(fetched.exit == 0 && fs::exists(elsewhere / "result" / "result.json"));

    // The same files relative on the server's command line, from the working directory.
    ServerProcess fromCommandLine;
    SIM_CHECK(fromCommandLine.start({"--listen", "127.0.0.1:0", "--tls-cert", "server.pem",
                                     "--tls-key", "server.key", "--client-ca", "ca.pem", "--tokens",
                                     "tokens.txt", "--data-dir", "data-cli", "--backend", "cpu"},
                                    dir / "command_line.log", conf));
    SIM_CHECK(fs::is_directory(conf / "data-cli"));
    std::vector<std::string> second = inConf;
    second[1] = fromCommandLine.endpoint();
    SIM_CHECK(runCli(std::vector<std::string>{"jobs"} + second, dir, conf).exit == 0);

    if (simtest::failures())
        std::cerr << readText(dir / "config.log") << readText(dir / "command_line.log");
    wb::core::leaveNow(remotetest::finish("tst_remote_command_line"));
}
