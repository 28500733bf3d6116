#include "solve_command_line.h"

#include "core/model/command_line.h"

#include <CLI/CLI.hpp>

namespace wb::sim {

namespace {

void addStudyAndOutput(CLI::App& command, std::string& study, std::string& output,
                       const char* outputText) {
    core::addPathOption(command, "study", study, "Study file (JSON)")
        ->required()
        ->type_name("STUDY.json");
    core::addPathOption(command, "-o,--output", output, outputText)->required();
}

} // namespace

CLI::App* addSolveCommand(CLI::App& parent, SolveArgs& args) {
    CLI::App* command =
        parent.add_subcommand("solve", "Solve a study locally and write its result folder");
    addStudyAndOutput(*command, args.study, args.output, "Result folder to write");
    command
        ->add_option("--backend", args.backend,
                     "Solver backend, overriding the study's solver.backend")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    command->add_flag("--json", args.json, "Print the result summary (result.json) on stdout");
    command->footer("SIGINT cancels between iterations (exit code 4).");
    return command;
}

CLI::App* addExportInpCommand(CLI::App& parent, ExportInpArgs& args) {
    CLI::App* command = parent.add_subcommand(
        "export-inp", "Write the study's voxel model as a CalculiX deck (.inp)");
    addStudyAndOutput(*command, args.study, args.output, "CalculiX deck to write");
    return command;
}

} // namespace wb::sim
