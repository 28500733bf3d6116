#pragma once
/// Importer interface, the registry of importers and the one call the GUI and CLI use.

#include "core/io/import_limits.h"
#include "core/model/assembly.h"
#include "core/model/progress.h"
#include "core/model/result.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::core::io {

/// Tessellation fineness; the deflection is relative to each part's size.
enum class Quality { Coarse, Normal, Fine };

/// Options of one import. The cancel token and the progress callback are used from the
/// worker thread that runs the import (and from its helper threads while meshing).
struct ImportOptions {
    Quality quality = Quality::Normal;
    /// Length unit of unitless mesh formats (default millimetres); ignored by STEP.
    std::optional<double> metresPerUnit;
    /// Not owned; must outlive the import. Polled between stages and between parts.
    const CancelToken* cancel = nullptr;
    /// Stages: "reading", "transferring", "meshing"; fraction of the whole import in [0, 1].
    ProgressFn progress;
    /// What an import in a helper process may use (importIsolated); ignored by importFile.
    ImportLimits limits;

    bool cancelled() const { return cancel && cancel->cancelled(); }
    void report(const std::string& stage, double fraction) const {
        if (progress) progress(stage, fraction);
    }
};

/// A file format: its display name and its lower-case extensions without the dot.
struct FormatInfo {
    std::string name;
    std::vector<std::string> extensions;
};

/// Reads one family of formats into an Assembly. Implementations are stateless and
/// thread-safe: `read` may run concurrently on different files.
class Importer {
public:
    virtual ~Importer();
    virtual FormatInfo format() const = 0;
    /// 0..100: how sure the importer is that a file with these first bytes and this
    /// lower-case extension (no dot) is its format. 0 means "not mine".
    virtual int probe(std::string_view head, std::string_view extension) const = 0;
    /// Reads and tessellates the file. Reports errors with the ids of import_errors.h.
    virtual Result<std::shared_ptr<Assembly>> read(const std::filesystem::path& path,
                                                   const ImportOptions& options) const = 0;
};

/// A set of importers. `instance()` has every built-in importer registered; the import helper
/// programs build one with just the importers they link.
/// `add` is meant for start-up; the const members are thread-safe.
class ImporterRegistry {
public:
    static ImporterRegistry& instance();

    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(const ImporterRegistry&) = delete;
    ImporterRegistry& operator=(const ImporterRegistry&) = delete;

    void add(std::unique_ptr<Importer> importer);
    std::vector<FormatInfo> formats() const;
    /// The importer with the best probe score for this path and head, or nullptr.
    const Importer* find(const std::filesystem::path& path, std::string_view head) const;
    /// The importer that claims this extension (lower-case, no dot), or nullptr.
    const Importer* findByExtension(std::string_view extension) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

/// Checks the path, picks the importer by content probe and extension, reads, validates
/// (finite coordinates, some geometry). Thread-safe; call from a worker thread.
Result<std::shared_ptr<const Assembly>> importFile(const std::filesystem::path& path,
                                                   const ImportOptions& options = {});
/// The same with the importers of `registry`.
Result<std::shared_ptr<const Assembly>> importFile(const std::filesystem::path& path,
                                                   const ImportOptions& options,
                                                   const ImporterRegistry& registry);

} // namespace wb::core::io
