#pragma once
/// The embedded local service: a `werkbank-server` child on a private Unix socket (mode 0600
/// in a private 0700 directory) with a random token; shared by every client of the process
/// while it lives, stopped (SIGTERM) when the last one is gone.

#include "core/model/result.h"

#include <memory>
#include <mutex>
#include <string>
#include <sys/types.h>

namespace wb::remote {

class EmbeddedServer {
public:
    /// The running instance, or a new one started with these settings (`rerunInterrupted`
    /// false: jobs a stopped instance left unfinished fail with "job.interrupted").
    static core::Result<std::shared_ptr<EmbeddedServer>> acquire(const std::string& executable,
                                                                 const std::string& dataDir,
                                                                 bool rerunInterrupted = true);
    ~EmbeddedServer();

    const std::string& endpoint() const { return m_endpoint; }
    const std::string& token() const { return m_token; }
    /// False once the process has exited. Thread-safe.
    bool alive() const;

private:
    EmbeddedServer() = default;
    core::Result<bool> start(const std::string& executable, const std::string& dataDir,
                             bool rerunInterrupted);

    std::string m_dir, m_endpoint, m_token;
    pid_t m_pid = -1;
    mutable std::mutex m_mutex;
    mutable bool m_exited = false; ///< reaped: the pid must not be waited for again
};

} // namespace wb::remote
