#include "atomic_file.h"

#include <atomic>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <unistd.h>

namespace wb::core {

namespace {

std::unexpected<Error> writeError(const std::filesystem::path& file, const std::string& why) {
    return fail(ErrorCode::InvalidArgument, "io.write_error", "cannot write file (" + why + ")",
                file.string(), {file.string(), why});
}

/// A name beside `file` that no other writer in this or another process uses.
std::filesystem::path temporaryName(const std::filesystem::path& file) {
    static std::atomic<unsigned> counter{0};
    return file.parent_path() / ("." + file.filename().string() + ".tmp-" +
                                 std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

bool syncPath(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Result<bool> writeFileAtomically(const std::filesystem::path& file,
                                 const std::function<bool(std::ostream&)>& write,
                                 std::filesystem::perms permissions) {
    if (file.filename().empty()) return writeError(file, "not a file name");
    const std::filesystem::path tmp = temporaryName(file);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          static_cast<mode_t>(permissions));
    if (fd < 0) return writeError(file, "cannot create a file in its folder");
    ::close(fd);
    auto discard = [&](const std::string& why) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return writeError(file, why);
    };
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return discard("cannot open the temporary file");
        if (!write(out)) return discard("the content could not be produced");
        out.flush();
        if (!out) return discard("write failed");
    }
    if (!syncPath(tmp, O_RDONLY)) return discard("fsync failed");
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec) return discard(ec.message());
    syncPath(file.parent_path().empty() ? "." : file.parent_path(), O_RDONLY | O_DIRECTORY);
    return true;
}

Result<bool> writeFileAtomically(const std::filesystem::path& file, std::string_view text,
                                 std::filesystem::perms permissions) {
    return writeFileAtomically(
        file,
        [text](std::ostream& out) {
            out.write(text.data(), std::streamsize(text.size()));
            return static_cast<bool>(out);
        },
        permissions);
}

} // namespace wb::core
