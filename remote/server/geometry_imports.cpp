#include "geometry_imports.h"

#include "core/io/isolated/isolated_import.h"

#include <iostream>

namespace wb::remote {

namespace fs = std::filesystem;

namespace {

/// A stored geometry file: SHA256HEX.EXT (its import record and temporaries have more dots).
bool isGeometryFile(const fs::directory_entry& entry) {
    const std::string name = entry.path().filename().string();
    return entry.is_regular_file() && name.find('.') == 64 &&
           name.find('.', 65) == std::string::npos;
}

/// The error as a client may see it: the geometry id where the import named the server's path.
core::Error withoutServerPath(core::Error error, const fs::path& geometry) {
    const std::string path = geometry.string(), id = geometry.filename().string();
    for (std::string& arg : error.args)
        if (arg == path) arg = id;
    if (error.context == path) error.context = id;
    return error;
}

} // namespace

GeometryImports::GeometryImports(core::io::ImportLimits limits, int workers) : m_limits(limits) {
    for (int i = 0; i < std::max(1, workers); ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

GeometryImports::~GeometryImports() {
    stop();
}

void GeometryImports::request(const fs::path& geometry) {
    // The same bytes uploaded again: already imported, and never pending again, so that a
    // submit sees the stored outcome at once.
    if (fs::exists(importRecordPath(geometry))) return;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping.cancelled() || !m_pending.insert(geometry).second) return;
        m_queue.push_back(geometry);
    }
    m_wake.notify_one();
}

void GeometryImports::recover(const fs::path& tenantsDir) {
    std::error_code ec;
    for (const auto& tenant : fs::directory_iterator(tenantsDir, ec))
        for (const auto& entry : fs::directory_iterator(tenant.path() / "geometry", ec))
            if (isGeometryFile(entry) && !fs::exists(importRecordPath(entry.path()))) {
                std::cerr << "geometry " << entry.path().filename().string()
                          << " is imported again after a restart\n";
                request(entry.path());
            }
}

GeometryImports::State GeometryImports::state(const fs::path& geometry) {
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.contains(geometry)) return Pending{};
    }
    // A worker writes the record before it clears the pending mark: no record here means no
    // import has finished.
    if (auto summary = readImportSummary(geometry)) return std::move(*summary);
    request(geometry);
    return Pending{};
}

GeometryImports::State GeometryImports::wait(const fs::path& geometry,
                                             const core::CancelToken& cancel) {
    for (;;) {
        State now = state(geometry);
        if (!std::holds_alternative<Pending>(now) || cancel.cancelled()) return now;
        std::unique_lock lock(m_mutex);
        // Polls `cancel` and the stop, which set no condition of ours.
        m_done.wait_for(lock, std::chrono::milliseconds(100),
                        [&] { return !m_pending.contains(geometry) || cancel.cancelled(); });
    }
}

void GeometryImports::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping.cancel();
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker.join();
    m_workers.clear();
}

void GeometryImports::workerLoop() {
    for (;;) {
        fs::path geometry;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping.cancelled() || !m_queue.empty(); });
            if (m_stopping.cancelled()) return;
            geometry = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const std::string outcome = import(geometry);
        {
            std::lock_guard lock(m_mutex);
            m_pending.erase(geometry);
        }
        m_done.notify_all();
        std::cerr << outcome; // after the pending mark has gone: the import is visible now
    }
}

std::string GeometryImports::import(const fs::path& geometry) {
    core::io::ImportOptions options;
    options.limits = m_limits;
    options.cancel = &m_stopping;
    auto imported = core::io::importIsolated(geometry, options);
    if (m_stopping.cancelled()) return {}; // not imported: the next start imports it
    if (!imported) imported = std::unexpected(withoutServerPath(imported.error(), geometry));
    if (auto stored = writeImportRecord(geometry, imported); !stored)
        std::cerr << "werkbank-server: error: " << stored.error().toString() << "\n";
    return "geometry " + geometry.filename().string() +
           (imported ? " imported\n" : " cannot be imported: " + imported.error().id + "\n");
}

} // namespace wb::remote
