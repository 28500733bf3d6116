#pragma once
/// werkbank-cli's command line, declared once (CLI11, no Qt) and parsed by each of its programs:
/// the launcher (werkbank-cli), werkbank-cli-qt and werkbank-cli-remote.

#include "core/io/importer.h"
#include "core/sim/solve_command_line.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace wb::app::cli {

/// `inspect FILE [--json] [--quality coarse|normal|fine] [--unit U] [--import-timeout-s S]
/// [--import-memory-mb M]`
struct InspectArgs {
    std::string file;
    bool json = false;
    core::io::ImportOptions import; ///< --quality, --unit and the limits
};

/// `render FILE -o OUT [--size WxH] [--view NAME] [--mode MODE] [--quality Q] [--unit U]
/// [--import-timeout-s S] [--import-memory-mb M]`; FILE may be a result folder, coloured by
/// `[--field ID] [--deformed auto|SCALE] [--bands N] [--range MIN:MAX]`
struct RenderArgs {
    std::string file;   ///< a model file or a result folder
    std::string output; ///< absolute
    int width = 1280;
    int height = 800;
    std::string view = "iso";
    std::string mode = "edges"; ///< shaded, edges or wireframe
    core::io::ImportOptions import;
    // A result folder only (the model files' render refuses them):
    std::string field;    ///< a view id ("von_mises", "displacement.z"); empty: the first
    std::string deformed; ///< "auto" or a scale; empty: undeformed
    int bands = -1;       ///< 0: continuous; -1: not given (10)
    std::string range;    ///< "MIN:MAX", each optionally with a unit; empty: the field's range
    /// Whether any of the result options was given.
    bool hasResultOptions() const {
        return !field.empty() || !deformed.empty() || bands >= 0 || !range.empty();
    }
};

/// The service commands: submit, watch, fetch, cancel, jobs and info. Paths are absolute.
struct RemoteArgs {
    std::string server; ///< HOST:PORT or unix:PATH; empty: the embedded local service
    std::string tokenFile, caFile, certFile, keyFile;
    std::string study;  ///< submit
    std::string job;    ///< watch, fetch, cancel
    std::string output; ///< fetch -o
    bool wait = false;  ///< submit
    bool json = false;
    double deadlineSeconds = 0;     ///< submit; 0: none
    std::string requestId;          ///< submit
    int intermediateEvery = 0;      ///< submit; 0: the service's default
    std::uint64_t fromSequence = 1; ///< watch
};

/// Every command's arguments; `command` names the one that was parsed.
struct CommandLine {
    std::string command;
    InspectArgs inspect;
    RenderArgs render;
    sim::SolveArgs solve;
    sim::ExportInpArgs exportInp;
    /// solve and export-inp: --import-timeout-s and --import-memory-mb for their geometry.
    core::io::ImportLimits geometryLimits;
    RemoteArgs remote;
};

/// Whether werkbank-cli-remote runs `command` (the service commands); werkbank-cli-qt runs the
/// others.
bool isRemoteCommand(std::string_view command);

/// Parses werkbank-cli's arguments (program name first) into `line`. Returns nothing when the
/// command should run; otherwise the exit code, after printing the help or version to `out` (0)
/// or the usage error, naming the option, to `err` (2).
std::optional<int> parseCommandLine(int argc, const char* const* argv, CommandLine& line,
                                    std::ostream& out, std::ostream& err);

} // namespace wb::app::cli
