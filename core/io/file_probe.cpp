#include "file_probe.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace wb::core::io {

namespace {
char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
} // namespace

std::string readBytes(const std::filesystem::path& path, std::size_t size, bool fromEnd) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    if (fromEnd) {
        in.seekg(0, std::ios::end);
        const auto length = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
        in.seekg(static_cast<std::streamoff>(length > size ? length - size : 0));
    }
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return bytes;
}

std::string lowerExtension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    if (!ext.empty() && ext.front() == '.') ext.erase(0, 1);
    std::ranges::transform(ext, ext.begin(), lower);
    return ext;
}

bool looksBinary(std::string_view head) {
    std::size_t control = 0;
    for (unsigned char c : head) {
        if (c == 0) return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    }
    return !head.empty() && control * 20 > head.size();
}

std::string_view skipSpace(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    return text;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(text[i]) != lower(prefix[i])) return false;
    return true;
}

bool containsNoCase(std::string_view text, std::string_view needle) {
    const auto it =
        std::ranges::search(text, needle, [](char a, char b) { return lower(a) == lower(b); });
    return !it.empty();
}

} // namespace wb::core::io
