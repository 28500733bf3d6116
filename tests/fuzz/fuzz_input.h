#pragma once
// Helpers shared by the fuzz harnesses.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include <unistd.h>

namespace wb::fuzz {

/// A file holding the input, in memory-backed storage where there is one; removed on
/// destruction. For readers that take a path.
class InputFile {
public:
    InputFile(const std::uint8_t* data, std::size_t size) {
        const char* dir = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
        m_path = std::string(dir) + "/wb-fuzz-XXXXXX";
        const int fd = ::mkstemp(m_path.data());
        if (fd < 0) std::abort();
        std::size_t done = 0;
        while (done < size) {
            const ssize_t n = ::write(fd, data + done, size - done);
            if (n <= 0) std::abort();
            done += std::size_t(n);
        }
        ::close(fd);
    }
    ~InputFile() { ::unlink(m_path.c_str()); }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Stops the run with a message: a finding.
[[noreturn]] inline void finding(const std::string& what) {
    std::fprintf(stderr, "finding: %s\n", what.c_str());
    std::abort();
}

} // namespace wb::fuzz
