#pragma once
/// The declaration of the solver's commands, `solve` and `export-inp`, shared by werkbank-solve
/// and werkbank-cli.

#include <string>

namespace CLI {
class App;
} // namespace CLI

namespace wb::sim {

/// `solve STUDY.json -o OUTDIR [--backend auto|cpu|cuda] [--json]`; paths are absolute once
/// parsed.
struct SolveArgs {
    std::string study;
    std::string output;
    std::string backend; ///< empty: the study's solver.backend
    bool json = false;
};

/// `export-inp STUDY.json -o model.inp`; paths are absolute once parsed.
struct ExportInpArgs {
    std::string study;
    std::string output;
};

/// Adds the `solve` subcommand to `parent`, filling `args` when parsed; `args` must outlive
/// `parent`. Returns the subcommand (owned by `parent`).
CLI::App* addSolveCommand(CLI::App& parent, SolveArgs& args);
/// Adds the `export-inp` subcommand to `parent`, as addSolveCommand().
CLI::App* addExportInpCommand(CLI::App& parent, ExportInpArgs& args);

} // namespace wb::sim
