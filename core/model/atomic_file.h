#pragma once
/// Atomic file replacement: readers see the old file or the complete new one, never a part.

#include "result.h"

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace wb::core {

/// Writes `file` atomically: `write` fills a temporary file in the same folder (the stream is
/// binary), which is flushed to disk (fsync) and renamed over `file`, then the folder is synced.
/// When `write` returns false, the stream fails or any step fails, the temporary is removed,
/// a previous `file` is left as it was and the error ("io.write_error", InvalidArgument) names
/// `file`. The new file gets `permissions` (before the umask). Thread-safe for distinct files.
Result<bool>
writeFileAtomically(const std::filesystem::path& file,
                    const std::function<bool(std::ostream&)>& write,
                    std::filesystem::perms permissions = std::filesystem::perms::owner_read |
                                                         std::filesystem::perms::owner_write |
                                                         std::filesystem::perms::group_read |
                                                         std::filesystem::perms::others_read);

/// writeFileAtomically with a text as the whole content.
Result<bool>
writeFileAtomically(const std::filesystem::path& file, std::string_view text,
                    std::filesystem::perms permissions = std::filesystem::perms::owner_read |
                                                         std::filesystem::perms::owner_write |
                                                         std::filesystem::perms::group_read |
                                                         std::filesystem::perms::others_read);

} // namespace wb::core
