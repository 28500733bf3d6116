#pragma once
// Helpers for the remote tests: real werkbank-server processes, the real werkbank-cli, a small
// cantilever study and TLS material made with openssl at run time.

#include "tests/sim/sim_check.h"

#include "core/model/process.h" // leaveNow: the tests end without gRPC teardown, like the programs
#include "remote/client/client.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <future>
#include <iostream>
#include <mutex>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace remotetest {

namespace fs = std::filesystem;

inline std::string bin(const std::string& name) {
    return std::string(WB_BINARY_DIR) + "/bin/" + name;
}

inline std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Forks and runs the project binary `name` with `args`, stdout to `out` and stderr to `err`
/// (the same file when equal), in the working directory `cwd` (this one when empty). Returns
/// the child's pid.
inline pid_t spawn(const std::string& name, const std::vector<std::string>& args,
                   const fs::path& out, const fs::path& err, const fs::path& cwd = {}) {
    const pid_t pid = ::fork();
    if (pid != 0) return pid;
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(127);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int e = err == out ? o : ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(o, 1), ::dup2(e, 2);
    std::vector<std::string> all = {bin(name)};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
}

/// A werkbank-server child process; its output goes to `log`. The tests end without running
/// destructors (see finish()), so the servers still running are tracked and stopped there.
class ServerProcess {
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess&) = delete;
    ~ServerProcess() { stop(); }

    /// Starts with these arguments (in `cwd`, when given) and waits for "listening on
    /// ADDRESS". `--listen HOST:0` picks a free port; endpoint() then has the real one.
    bool start(const std::vector<std::string>& args, const fs::path& log,
               const fs::path& cwd = {}) {
        m_log = log;
        m_pid = spawn("werkbank-server", args, log, log, cwd);
        track(m_pid, true);
        for (int i = 0; i < 500; ++i) {
            const std::string text = readText(log);
            if (auto at = text.find("listening on ");
                at != std::string::npos && text.find('\n', at) != std::string::npos) {
                m_endpoint = text.substr(at + 13, text.find('\n', at) - at - 13);
                return true;
            }
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                track(m_pid, false);
                m_pid = -1;
                std::cerr << "server exited at start:\n" << text;
                return false;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    }
    const std::string& endpoint() const { return m_endpoint; }
    pid_t pid() const { return m_pid; }
    /// Waits up to `seconds` until the server's output contains `text`.
    bool waitLog(const std::string& text, int seconds = 60) const {
        for (int i = 0; i < seconds * 50; ++i) {
            if (readText(m_log).find(text) != std::string::npos) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    }
    bool alive() const {
        int status = 0;
        return m_pid > 0 && ::waitpid(m_pid, &status, WNOHANG) == 0;
    }
    void kill9() { signalAndWait(SIGKILL); }
    /// SIGTERM without waiting: the server is then in its shutdown grace period.
    void terminate() {
        if (m_pid > 0) ::kill(m_pid, SIGTERM);
    }
    /// SIGTERM and wait; returns the exit status.
    int stop() { return signalAndWait(SIGTERM); }

    /// Kills every server a test left running.
    static void killLeftovers() {
        const std::lock_guard lock(registry().lock);
        for (const pid_t pid : registry().pids) {
            ::kill(pid, SIGKILL);
            int status = 0;
            ::waitpid(pid, &status, 0);
        }
        registry().pids.clear();
    }

private:
    int signalAndWait(int signal) {
        if (m_pid <= 0) return -1;
        ::kill(m_pid, signal);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        track(m_pid, false);
        m_pid = -1;
        return status;
    }
    struct Registry {
        std::mutex lock;
        std::set<pid_t> pids;
    };
    static Registry& registry() {
        static Registry r;
        return r;
    }
    static void track(pid_t pid, bool running) {
        const std::lock_guard lock(registry().lock);
        if (running)
            registry().pids.insert(pid);
        else
            registry().pids.erase(pid);
    }

    pid_t m_pid = -1;
    std::string m_endpoint;
    fs::path m_log;
};

struct CliRun {
    int exit = -1;
    std::string out, err;
};

/// Runs the project binary `program` with `args` in `cwd` (this working directory when empty),
/// capturing stdout and stderr in files under `scratchDir`.
inline CliRun runProgram(const std::string& program, const std::vector<std::string>& args,
                         const fs::path& scratchDir, const fs::path& cwd = {}) {
    static int counter = 0;
    const fs::path out = scratchDir / ("cli" + std::to_string(++counter) + ".out");
    const fs::path err = scratchDir / ("cli" + std::to_string(counter) + ".err");
    const pid_t pid = spawn(program, args, out, err, cwd);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readText(out), readText(err)};
}

/// Runs werkbank-cli with `args`, as runProgram().
inline CliRun runCli(const std::vector<std::string>& args, const fs::path& scratchDir,
                     const fs::path& cwd = {}) {
    return runProgram("werkbank-cli", args, scratchDir, cwd);
}

/// A 100 x 10 x 10 mm steel cantilever (STL) with a tip load; returns the study file.
inline fs::path writeCantilever(const fs::path& dir, double voxel = 1.25e-3,
                                const std::string& name = "study.json") {
    wb::sim::writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    const std::string text = simtest::cantileverStudy(voxel);
    simtest::writeText(dir / name, text);
    return dir / name;
}

/// Appends `tenant`:hash(token) to `tokens` (hashed by `werkbank-server hash-token`) and writes
/// the raw token to `rawFile`.
inline void addToken(const fs::path& tokens, const std::string& tenant, const std::string& token,
                     const fs::path& rawFile) {
    simtest::writeText(rawFile, token + "\n");
    const fs::path hashFile = rawFile.string() + ".hash";
    std::system(
        (bin("werkbank-server") + " hash-token < " + rawFile.string() + " > " + hashFile.string())
            .c_str());
    std::string hash = readText(hashFile);
    while (!hash.empty() && hash.back() == '\n')
        hash.pop_back();
    std::ofstream(tokens, std::ios::app) << tenant << ":" << hash << "\n";
}

/// Makes a CA, a server certificate for localhost/127.0.0.1 and a client certificate in `dir`
/// (ca.pem, server.pem/key, client.pem/key); `prefix` names a second, unrelated CA set.
inline bool makeCertificates(const fs::path& dir, const std::string& prefix = "") {
    const std::string d = dir.string() + "/" + prefix;
    const std::string q = " >/dev/null 2>&1";
    auto run = [&](const std::string& c) { return std::system((c + q).c_str()) == 0; };
    simtest::writeText(dir / (prefix + "san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    return run("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=werkbank-test-ca "
               "-keyout " +
               d + "ca.key -out " + d + "ca.pem") &&
           run("openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout " + d +
               "server.key -out " + d + "server.csr") &&
           run("openssl x509 -req -in " + d + "server.csr -CA " + d + "ca.pem -CAkey " + d +
               "ca.key -CAcreateserial -days 2 -extfile " + d + "san.ext -out " + d +
               "server.pem") &&
           run("openssl req -newkey rsa:2048 -nodes -subj /CN=client -keyout " + d +
               "client.key -out " + d + "client.csr") &&
           run("openssl x509 -req -in " + d + "client.csr -CA " + d + "ca.pem -CAkey " + d +
               "ca.key -CAcreateserial -days 2 -out " + d + "client.pem");
}

template <typename T, typename Start> wb::core::Result<T> await(Start start) {
    auto promise = std::make_shared<std::promise<wb::core::Result<T>>>();
    auto future = promise->get_future();
    start([promise](wb::core::Result<T> r) { promise->set_value(std::move(r)); });
    return future.get();
}

/// FNV-1a over every field chunk of a watch (name, kind, iteration, offset, bytes).
struct FieldChecksum {
    std::uint64_t hash = 1469598103934665603ull;
    int chunks = 0, intermediate = 0;
    void add(const std::string& bytes) {
        for (unsigned char c : bytes)
            hash = (hash ^ c) * 1099511628211ull;
    }
    void add(const wb::remote::FieldChunk& f) {
        add(f.name + (f.final ? "F" : "I") + std::to_string(f.iteration) + ":" +
            std::to_string(f.offset));
        add(f.data);
        ++chunks;
        if (!f.final && f.offset == 0) ++intermediate;
    }
};

/// The tests' exit status after stopping the servers they left running; the mains then leave
/// without gRPC's global teardown, as the programs under test do.
inline int finish(const char* name) {
    ServerProcess::killLeftovers();
    return simtest::finish(name);
}

} // namespace remotetest
