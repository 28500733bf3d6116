#pragma once
/// Append-only, sequence-numbered event log of one job: records of
/// `u32 length | u32 checksum | payload` (little endian). A torn tail left by a crash is cut
/// off when the log is opened. Thread-safe.

#include "core/model/result.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wb::remote {

class EventLog {
public:
    EventLog() = default;
    ~EventLog();
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;

    /// Opens (creating when missing) and indexes the log.
    core::Result<bool> open(const std::filesystem::path& file);
    /// Appends one payload; returns its sequence (1-based). `sync` flushes to the disk.
    core::Result<std::uint64_t> append(const std::string& payload, bool sync);
    /// The payload of `sequence`, or nullopt when it does not exist (yet).
    std::optional<std::string> read(std::uint64_t sequence) const;
    std::uint64_t size() const;
    void close();

private:
    mutable std::mutex m_mutex;
    int m_fd = -1;
    std::vector<std::uint64_t> m_offsets; ///< record start of each sequence
    std::uint64_t m_end = 0;
};

} // namespace wb::remote
