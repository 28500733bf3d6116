#include "embedded_server.h"

#include "core/model/process.h"
#include "remote/common/sha256.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace wb::remote {

namespace fs = std::filesystem;

namespace {

std::mutex g_mutex;
std::weak_ptr<EmbeddedServer> g_instance;

std::string randomToken() {
    unsigned char bytes[32] = {};
    std::ifstream random("/dev/urandom", std::ios::binary);
    random.read(reinterpret_cast<char*>(bytes), sizeof bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string token;
    for (unsigned char b : bytes)
        token += {kHex[b >> 4], kHex[b & 15]};
    return token;
}

std::string serverExecutable(const std::string& configured) {
    if (!configured.empty()) return configured;
    if (const char* env = std::getenv("WERKBANK_SERVER"); env && *env) return env;
    std::error_code ec;
    if (const fs::path sibling = core::siblingExecutable("werkbank-server");
        !sibling.empty() && fs::exists(sibling, ec))
        return sibling.string();
    return "werkbank-server";
}

std::string defaultDataDir(const std::string& configured) {
    if (!configured.empty()) return configured;
    if (const char* env = std::getenv("WERKBANK_DATA_DIR"); env && *env) return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "werkbank" / "local-service").string();
    const char* home = std::getenv("HOME");
    return (fs::path(home ? home : "/tmp") / ".local" / "share" / "werkbank" / "local-service")
        .string();
}

core::Error startError(const std::string& why, const std::string& context) {
    return core::Error{core::ErrorCode::Internal,
                       "remote.embedded_failed",
                       {why},
                       "local service: " + why,
                       context};
}

} // namespace

core::Result<std::shared_ptr<EmbeddedServer>> EmbeddedServer::acquire(const std::string& executable,
                                                                      const std::string& dataDir,
                                                                      bool rerunInterrupted) {
    std::lock_guard lock(g_mutex);
    if (auto running = g_instance.lock(); running && running->alive()) return running;
    std::shared_ptr<EmbeddedServer> server(new EmbeddedServer);
    if (auto ok =
            server->start(serverExecutable(executable), defaultDataDir(dataDir), rerunInterrupted);
        !ok)
        return std::unexpected(ok.error());
    g_instance = server;
    return server;
}

core::Result<bool> EmbeddedServer::start(const std::string& executable, const std::string& dataDir,
                                         bool rerunInterrupted) {
    char dirTemplate[] = "/tmp/werkbank-local-XXXXXX";
    if (!::mkdtemp(dirTemplate))
        return std::unexpected(startError("cannot create a private folder", "/tmp"));
    m_dir = dirTemplate; // mode 0700
    m_token = randomToken();
    const fs::path tokens = fs::path(m_dir) / "tokens", socket = fs::path(m_dir) / "server.sock";
    {
        const int fd = ::open(tokens.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        const std::string line = "local:" + sha256Hex(m_token) + "\n";
        const bool ok =
            fd >= 0 && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
        if (fd >= 0) ::close(fd);
        if (!ok) return std::unexpected(startError("cannot write the token file", tokens.string()));
    }
    m_endpoint = "unix:" + socket.string();
    std::error_code ec;
    fs::create_directories(dataDir, ec);
    const std::string log = (fs::path(m_dir) / "server.log").string();
    std::vector<std::string> args = {executable,
                                     "--listen",
                                     m_endpoint,
                                     "--tokens",
                                     tokens.string(),
                                     "--data-dir",
                                     dataDir,
                                     "--backend",
                                     "auto",
                                     "--shutdown-grace",
                                     "2",
                                     "--on-restart",
                                     rerunInterrupted ? "rerun" : "fail"};
    const pid_t parent = ::getpid();
    m_pid = ::fork();
    if (m_pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // never outlive the program that started us
        if (::getppid() != parent) ::_exit(127);
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out >= 0) ::dup2(out, 1), ::dup2(out, 2);
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    if (m_pid < 0) return std::unexpected(startError("cannot start werkbank-server", executable));
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < until) {
        if (fs::exists(socket, ec)) return true;
        if (!alive())
            return std::unexpected(
                startError("werkbank-server stopped at start; see " + log, executable));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return std::unexpected(startError("werkbank-server did not start in time", executable));
}

bool EmbeddedServer::alive() const {
    std::lock_guard lock(m_mutex);
    if (m_pid <= 0 || m_exited) return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == 0) return true;
    m_exited = true; // reaped (or not ours any more): never wait for this pid again
    return false;
}

EmbeddedServer::~EmbeddedServer() {
    if (m_pid > 0 && alive()) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        for (int i = 0; i < 250 && ::waitpid(m_pid, &status, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (::waitpid(m_pid, &status, WNOHANG) == 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
        }
    }
    std::error_code ec;
    if (!m_dir.empty()) fs::remove_all(m_dir, ec);
}

} // namespace wb::remote
