#pragma once
/// Importing in a separate process. A helper program beside the running one reads and
/// tessellates the file and hands the model back through a pipe: `werkbank-import-FAMILY`
/// ("step", "iges", "brep", "mesh"), which loads only that family's libraries, for a file whose
/// first bytes and extension name its format, and `werkbank-import` (every format) otherwise. The
/// caller's process then never loads OCCT or Assimp, which makes it start much faster, runs the
/// import truly in parallel with the caller's own start-up, and keeps the caller alive when a
/// hostile file crashes a CAD kernel. Depends on core/model only.

#include "core/io/importer.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wb::core::io {

/// `werkbank-import` in the folder of the running executable.
std::filesystem::path defaultImportHelper();

/// The helper for `path`: its family's program where the file's format is recognised and that
/// program exists, else defaultImportHelper().
std::filesystem::path importHelperFor(const std::filesystem::path& path);

/// Imports `path` like importFile, in a child process running `helper` (default:
/// importHelperFor(path)). The same errors as importFile, plus "io.importer_crashed"
/// (args: path, how it ended) when the child dies, and "io.bad_import_reply" when its reply is
/// damaged. Reports the child's progress through `options.progress` on the calling thread;
/// polls `options.cancel` and kills the child on cancel.
/// The child runs under `options.limits` (import_limits.h) and without network access
/// (import_helper.h says how); one that exceeds a limit gives "io.limit.time",
/// "io.limit.memory" or "io.limit.file_size" (args: path, the limit in seconds or MiB). A
/// service passes its own limits there, per request.
/// `environment` ("NAME=value" entries) is the child's environment; empty means the
/// process's own at the time of the spawn. A caller that may change its environment on
/// another thread meanwhile passes a copy taken before (currentEnvironment()). The child also
/// gets MMGT_CLEAR=0 (OCCT's allocations not zero-filled) unless the environment sets it.
Result<std::shared_ptr<const Assembly>>
importIsolated(const std::filesystem::path& path, const ImportOptions& options = {},
               const std::filesystem::path& helper = {},
               const std::vector<std::string>& environment = {});

/// A helper importing a file: its process and the read end of its pipe.
struct RunningImport {
    int pid = -1;
    int fd = -1;
    /// When the helper was started: its time limit counts from here.
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

/// importIsolated in two halves: startImport spawns the helper and returns at once;
/// finishImport reads its progress and reply, reaps it and closes the pipe.
Result<RunningImport> startImport(const std::filesystem::path& path,
                                  const ImportOptions& options = {},
                                  const std::filesystem::path& helper = {},
                                  const std::vector<std::string>& environment = {});
Result<std::shared_ptr<const Assembly>> finishImport(const RunningImport& running,
                                                     const std::filesystem::path& path,
                                                     const ImportOptions& options = {});

/// Leaves `running` to the program this process executes next (execv): the pipe stays open
/// across the exec and the environment says what was started. For a launcher that starts an
/// import before loading anything heavy. False when the pipe cannot be kept.
bool handOverImport(const RunningImport& running, const std::filesystem::path& path,
                    const ImportOptions& options);
/// The import a launcher handed over (handOverImport) if it is the import of `path` with
/// `options`; one started for anything else is stopped. Clears the hand-over from the
/// environment either way.
std::optional<RunningImport> takeOverImport(const std::filesystem::path& path,
                                            const ImportOptions& options);

/// A copy of the process's environment, for importIsolated.
std::vector<std::string> currentEnvironment();

/// The command-line arguments `werkbank-import` takes for `path` and `options`.
std::vector<std::string> importHelperArguments(const std::filesystem::path& path,
                                               const ImportOptions& options);

} // namespace wb::core::io
