#pragma once
/// Shared by the remote sub-commands: connection flags, waiting for a callback, error text
/// and exit codes (as `solve`, plus 5 for authentication and 6 for an unreachable service).

#include "cli_options.h"

#include "remote/client/client.h"

#include <future>
#include <memory>

namespace wb::app::cli {

enum RemoteExit { kRemoteAuth = 5, kRemoteUnreachable = 6 };

/// Flags taken by every remote sub-command, with a value.
QSet<QString> connectionOptions(QSet<QString> more = {});
/// A client for --server/--token-file/--ca-file/--cert/--key (or the embedded service).
core::Result<std::shared_ptr<remote::Client>> connect(const Options& opts);

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

int runSubmit(const QStringList& args);
int runWatch(const QStringList& args);
int runFetch(const QStringList& args);
int runCancel(const QStringList& args);
int runJobs(const QStringList& args);

} // namespace wb::app::cli
