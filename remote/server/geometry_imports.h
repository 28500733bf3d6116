#pragma once
/// Imports uploaded geometry once, on workers of its own (never on a gRPC thread), each import
/// in an import helper process under the server's limits (importIsolated): the server never
/// parses an uploaded file itself. The outcome is stored beside the geometry (import_record.h),
/// so a restart imports only what had not finished. Thread-safe.

#include "import_record.h"

#include "core/io/import_limits.h"
#include "core/model/progress.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace wb::remote {

class GeometryImports {
public:
    /// The import has not finished yet.
    struct Pending {};
    using State = std::variant<Pending, core::Result<ImportSummary>>;

    /// `workers` imports at most at once.
    GeometryImports(core::io::ImportLimits limits, int workers);
    ~GeometryImports();

    /// Queues the import of a stored geometry file unless it is imported or queued already.
    void request(const std::filesystem::path& geometry);
    /// Queues every geometry under `tenantsDir` (DATA_DIR/tenants) that has no import record:
    /// uploads whose import a restart interrupted.
    void recover(const std::filesystem::path& tenantsDir);
    /// Where the import of `geometry` stands; one without a record is queued.
    State state(const std::filesystem::path& geometry);
    /// Waits until the import of `geometry` has finished, or `cancel` is set (then Pending).
    State wait(const std::filesystem::path& geometry, const core::CancelToken& cancel);
    /// Stops the workers; an import in progress is stopped and left to the next start.
    void stop();

private:
    void workerLoop();
    /// Imports and records; returns the line for the log (empty when stopped).
    std::string import(const std::filesystem::path& geometry);

    core::io::ImportLimits m_limits;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    std::deque<std::filesystem::path> m_queue;
    std::set<std::filesystem::path> m_pending; ///< queued or importing
    core::CancelToken m_stopping;
    std::vector<std::thread> m_workers;
};

} // namespace wb::remote
