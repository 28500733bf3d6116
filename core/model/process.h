#pragma once
/// Process-wide settings and helpers for the project's programs.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <malloc.h>
#include <string_view>

namespace wb::core {

/// glibc's default thresholds hand every block above a few hundred KiB back to the kernel as
/// soon as it is freed. Importers, meshers and gRPC's receive buffers allocate and free such
/// blocks all the time, so each one costs fresh page faults, zeroed pages and, with several
/// threads, TLB shootdowns. Keeping blocks up to 64 MiB on the heap, and up to 256 MiB of free
/// heap before trimming, lets them be reused: 10-20% off an IGES import in werkbank-import and
/// about a third less CPU per streamed byte in the service and its client. Call once, first in
/// main().
inline void tuneAllocator() {
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

/// Hands free heap memory back to the system. Long-lived programs call it after letting go of
/// a large model, which the thresholds above would otherwise keep for reuse.
inline void releaseFreeMemory() {
    malloc_trim(0);
}

/// Ends the process with `code` once its work is written and closed: flushes the standard
/// streams and skips static destructors and library teardown (gRPC's can block joining its
/// executor threads; unloading a GL driver or a CAD kernel takes longer than a small task).
[[noreturn]] inline void leaveNow(int code) {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(code);
}

/// The program `name` in the folder of the running executable; empty when that folder cannot
/// be found.
inline std::filesystem::path siblingExecutable(std::string_view name) {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : self.parent_path() / name;
}

} // namespace wb::core
