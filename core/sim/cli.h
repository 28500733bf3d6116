#pragma once
/// Command-line front ends of the solver, shared by `werkbank-cli` and `werkbank-solve`.

#include <ostream>
#include <string>
#include <vector>

namespace wb::sim {

/// Exit codes of `solve`.
enum CliExit : int {
    kExitConverged = 0,
    kExitFailure = 1,      ///< usage, I/O or an internal failure
    kExitInvalidStudy = 2, ///< invalid study, geometry or model; the message names the field
    kExitNotConverged = 3,
    kExitCancelled = 4,
};

/// `solve STUDY.json -o OUTDIR [--backend auto|cpu|cuda] [--json]` (args after "solve").
/// Writes the result folder; progress goes to `err` when stderr is a terminal; `--json`
/// prints result.json's content to `out`. SIGINT cancels between iterations (exit 4).
int runSolveCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `export-inp STUDY.json -o model.inp` (args after "export-inp").
int runExportInpCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace wb::sim
