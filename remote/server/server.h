#pragma once
/// The werkbank-server process: listener, credentials, health service, job recovery and
/// graceful shutdown.

#include "server_config.h"

#include "core/model/result.h"

#include <memory>

namespace wb::remote {

class Server {
public:
    Server();
    ~Server();

    /// Opens the data directory (exclusively), recovers jobs and starts listening.
    core::Result<bool> start(const ServerConfig& config);
    /// The address actually bound (the port is filled in for HOST:0).
    std::string boundAddress() const;
    /// Reports NOT_SERVING, stops running jobs (they run again after a restart) and lets calls
    /// finish within the configured grace period. Thread-safe; blocks until done.
    void shutdown();
    /// Blocks until the server has shut down.
    void wait();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace wb::remote
