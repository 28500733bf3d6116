#pragma once
/// The limits an import helper process runs under (importIsolated). A hostile or merely huge
/// file must not hang the caller, exhaust the machine's memory or fill its disk. 0 means no
/// limit for each of them. Imports in the caller's own process (importFile) ignore them.

#include <cstdint>

namespace wb::core::io {

struct ImportLimits {
    /// Wall-clock seconds after which the caller kills the helper. The helper's CPU time is
    /// bounded by this many seconds times the number of cores as well, should its caller be
    /// unable to (cpuSeconds()).
    int timeoutSeconds = 120;
    /// MiB of memory the helper may allocate: its heap and private writable mappings
    /// (RLIMIT_DATA), not the address space it merely reserves.
    std::uint64_t memoryMB = 4096;
    /// Largest file the helper may write, in MiB. The helpers write no files of their own; this
    /// also bounds writing into its standard error where that is a regular file.
    std::uint64_t fileSizeMB = 1024;
    /// Files the helper may have open at once.
    int openFiles = 256;
};

/// The helper's CPU-time limit in seconds: the timeout times the number of cores; 0 for none.
std::uint64_t cpuSeconds(const ImportLimits& limits);

/// Whether a process whose peak resident size was `peakKiB` came near its memory limit: how a
/// helper that died without saying why (a null pointer from malloc dereferenced in C code) is
/// told apart from any other crash.
bool nearMemoryLimit(long peakKiB, const ImportLimits& limits);

} // namespace wb::core::io
