#pragma once
/// What an import helper does to itself before it reads a file: the resource limits of
/// ImportLimits, no new privileges, and no network. The helper applies them at its start rather
/// than its caller between fork and exec: the callers are multi-threaded GUI and service
/// processes that spawn with posix_spawn, and the file is read only after this has run. The
/// resource limits and the filter stay with anything the helper might execute.

#include "core/io/import_limits.h"

namespace wb::core::io {

/// How the helper is kept off the network.
enum class NetworkContainment {
    Namespace, ///< a user and network namespace of its own: only an unconfigured loopback device
    Filter,    ///< network_filter.h's seccomp filter: no socket but AF_UNIX
    None,      ///< neither could be set up
};

/// Applies `limits` as resource limits (RLIMIT_DATA, RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NOFILE;
/// never above the limits the process has), sets no_new_privs and cuts the process off the
/// network: with new namespaces unless `namespaces` is false or the kernel refuses them (as
/// containers often do), else with the filter. Call while the process has one thread: the
/// kernel gives a new user namespace to single-threaded processes only.
NetworkContainment containHelper(const ImportLimits& limits, bool namespaces = true);

/// "namespace", "filter" or "none".
const char* containmentName(NetworkContainment containment);

} // namespace wb::core::io
