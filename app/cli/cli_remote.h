#pragma once
/// Shared by the remote sub-commands: the connection, waiting for a callback, error text and
/// exit codes (core/model/exit_codes.h).

#include "cli_command_line.h"

#include "remote/client/client.h"

#include <future>
#include <memory>

namespace wb::app::cli {

/// A client for --server/--token-file/--ca-file/--cert/--key (or the embedded service).
core::Result<std::shared_ptr<remote::Client>> connect(const RemoteArgs& args);

/// Runs an asynchronous call and waits for its result (the CLI has nothing else to do).
template <typename T, typename Start> core::Result<T> await(Start start) {
    auto promise = std::make_shared<std::promise<core::Result<T>>>();
    auto future = promise->get_future();
    start([promise](core::Result<T> r) { promise->set_value(std::move(r)); });
    return future.get();
}

/// Prints the error in English and returns the exit code for it.
int reportError(const core::Error& error);
/// The exit code of a finished job.
int exitForJob(const remote::JobInfo& job);

int runSubmit(const RemoteArgs& args);
int runWatch(const RemoteArgs& args);
int runFetch(const RemoteArgs& args);
int runCancel(const RemoteArgs& args);
int runJobs(const RemoteArgs& args);
int runInfo(const RemoteArgs& args);

} // namespace wb::app::cli
