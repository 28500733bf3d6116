#pragma once
/// Helpers for content probes: the first and last bytes of a file, its extension.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace wb::core::io {

/// Bytes the registry reads from the start of a file for probing.
inline constexpr std::size_t kProbeSize = 4096;

/// Up to `size` bytes from the start (or, with `fromEnd`, the end) of a file; "" on error.
std::string readBytes(const std::filesystem::path& path, std::size_t size, bool fromEnd = false);

/// Lower-case extension without the dot ("step" for "a.STEP").
std::string lowerExtension(const std::filesystem::path& path);

/// True when the bytes hold NUL or many control characters: not a text format.
bool looksBinary(std::string_view head);

/// The text after a UTF-8 byte order mark and leading white space.
std::string_view skipSpace(std::string_view text);

/// Case-insensitive prefix test.
bool startsWithNoCase(std::string_view text, std::string_view prefix);

/// Case-insensitive search.
bool containsNoCase(std::string_view text, std::string_view needle);

} // namespace wb::core::io
