#pragma once
/// Command-line front ends of the solver, shared by `werkbank-cli` and `werkbank-solve`. Exit
/// codes are core/model/exit_codes.h's.

#include "solve_command_line.h"

#include <ostream>
#include <string>
#include <vector>

namespace wb::sim {

/// Runs `solve` with parsed arguments: writes the result folder; progress goes to `err` when
/// stderr is a terminal; `--json` prints result.json's content to `out`. SIGINT cancels between
/// iterations (exit code 4).
int runSolve(const SolveArgs& args, std::ostream& out, std::ostream& err);
/// Runs `export-inp` with parsed arguments.
int runExportInp(const ExportInpArgs& args, std::ostream& out, std::ostream& err);

/// werkbank-solve: `solve ...` or `export-inp ...` (the arguments after the program name),
/// parsed with the shared declaration; --help and --version on the program and each command.
int runSolverProgram(std::vector<std::string> args, std::ostream& out, std::ostream& err);
/// `solve` with the arguments after "solve", as runSolverProgram().
int runSolveCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
/// `export-inp` with the arguments after "export-inp", as runSolverProgram().
int runExportInpCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace wb::sim
