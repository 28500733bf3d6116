#pragma once
/// A seccomp filter that keeps a process off the network where it cannot have a network
/// namespace of its own (containers commonly refuse user namespaces).

namespace wb::core::io {

/// Installs, for every thread of this process and whatever it executes, a filter under which
/// socket() and socketpair() fail with EACCES for every domain but AF_UNIX, io_uring (which
/// can create sockets itself) is unavailable, and system calls of another architecture's ABI
/// fail with EPERM. Sets no_new_privs, which the kernel requires. False where the kernel
/// refuses or this architecture has no filter (x86-64 and AArch64 have one).
bool installNetworkFilter();

} // namespace wb::core::io
