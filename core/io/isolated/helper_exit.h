#pragma once
/// Why an import helper ended without a usable reply: one of its limits (the kernel's signal
/// for it, its exit code, or what it reported or used before dying), else a crash.

#include "core/io/import_limits.h"
#include "core/model/result.h"

#include <filesystem>

#include <sys/resource.h>

namespace wb::core::io {

/// The error for a helper that ended with wait status `status` and resource usage `usage`
/// without a usable reply: "io.limit.memory", "io.limit.time" or "io.limit.file_size" where its
/// end shows that limit, otherwise "io.importer_crashed" (args: path, how it ended).
/// `memoryExhausted`: the helper reported a failed allocation (import_protocol.h).
Error helperEndError(const std::filesystem::path& path, int status, const rusage& usage,
                     const ImportLimits& limits, bool memoryExhausted);

} // namespace wb::core::io
