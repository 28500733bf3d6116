#include "event_log.h"

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wb::remote {

namespace {

constexpr std::uint32_t kMaxRecord = 64u << 20;

std::uint32_t checksum(const char* data, std::size_t size) {
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < size; ++i)
        h = (h ^ static_cast<unsigned char>(data[i])) * 16777619u;
    return h;
}

bool readAll(int fd, void* out, std::size_t size, std::uint64_t offset) {
    auto* p = static_cast<char*>(out);
    while (size > 0) {
        const ssize_t n = ::pread(fd, p, size, static_cast<off_t>(offset));
        if (n <= 0) return false;
        p += n, size -= std::size_t(n), offset += std::uint64_t(n);
    }
    return true;
}

bool writeAll(int fd, const char* p, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n <= 0) return false;
        p += n, size -= std::size_t(n);
    }
    return true;
}

} // namespace

EventLog::~EventLog() {
    close();
}

void EventLog::close() {
    std::lock_guard lock(m_mutex);
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

core::Result<bool> EventLog::open(const std::filesystem::path& file) {
    std::lock_guard lock(m_mutex);
    m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot open event log",
                          file.string());
    m_offsets.clear();
    std::uint64_t offset = 0;
    for (;;) {
        std::uint32_t header[2];
        if (!readAll(m_fd, header, sizeof header, offset) || header[0] > kMaxRecord) break;
        std::string payload(header[0], '\0');
        if (!readAll(m_fd, payload.data(), payload.size(), offset + 8)) break;
        if (checksum(payload.data(), payload.size()) != header[1]) break;
        m_offsets.push_back(offset);
        offset += 8 + header[0];
    }
    if (::ftruncate(m_fd, static_cast<off_t>(offset)) != 0 ||
        ::lseek(m_fd, static_cast<off_t>(offset), SEEK_SET) < 0)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot repair event log",
                          file.string());
    m_end = offset;
    return true;
}

core::Result<std::uint64_t> EventLog::append(const std::string& payload, bool sync) {
    std::lock_guard lock(m_mutex);
    std::string record(8 + payload.size(), '\0');
    const std::uint32_t header[2] = {static_cast<std::uint32_t>(payload.size()),
                                     checksum(payload.data(), payload.size())};
    std::memcpy(record.data(), header, sizeof header);
    std::memcpy(record.data() + 8, payload.data(), payload.size());
    if (m_fd < 0 || !writeAll(m_fd, record.data(), record.size()))
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot append to event log");
    if (sync) ::fdatasync(m_fd);
    m_offsets.push_back(m_end);
    m_end += record.size();
    return m_offsets.size();
}

std::optional<std::string> EventLog::read(std::uint64_t sequence) const {
    std::lock_guard lock(m_mutex);
    if (sequence == 0 || sequence > m_offsets.size() || m_fd < 0) return std::nullopt;
    const std::uint64_t offset = m_offsets[sequence - 1];
    std::uint32_t header[2];
    if (!readAll(m_fd, header, sizeof header, offset)) return std::nullopt;
    std::string payload(header[0], '\0');
    if (!readAll(m_fd, payload.data(), payload.size(), offset + 8)) return std::nullopt;
    return payload;
}

std::uint64_t EventLog::size() const {
    std::lock_guard lock(m_mutex);
    return m_offsets.size();
}

} // namespace wb::remote
