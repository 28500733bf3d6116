#include "cli.h"

#include "core/model/command_line.h"
#include "core/model/exit_codes.h"
#include "inp_exporter.h"
#include "result_folder.h"
#include "solve.h"
#include "study_json.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace wb::sim {

namespace {

core::CancelToken* g_cancel = nullptr;
extern "C" void onInterrupt(int) {
    if (g_cancel) g_cancel->cancel();
}

} // namespace

int runSolve(const SolveArgs& a, std::ostream& out, std::ostream& err) {
    auto study = loadStudy(a.study);
    if (!study) {
        err << "error: " << study.error().toString() << "\n";
        return core::exitCodeFor(study.error());
    }
    SolveOptions options;
    if (a.backend == "cpu")
        options.backend = Backend::Cpu;
    else if (a.backend == "cuda")
        options.backend = Backend::Cuda;
    else if (a.backend == "auto")
        options.backend = Backend::Auto;
    const bool terminal = isatty(STDERR_FILENO);
    if (terminal)
        options.progress = [&err](const std::string& stage, int it, double res) {
            if (stage == "solve") {
                if (it % 5 == 0)
                    err << "\r  solve: iteration " << it << ", residual " << res << "   "
                        << std::flush;
            } else {
                err << "\r" << stage << "...                                   \n" << std::flush;
            }
        };
    core::CancelToken cancel;
    options.cancel = &cancel;
    g_cancel = &cancel;
    auto previous = std::signal(SIGINT, onInterrupt);
    auto result = solve(*study, options);
    std::signal(SIGINT, previous);
    g_cancel = nullptr;
    if (!result) {
        err << "error: " << result.error().toString() << "\n";
        SolveResult failed;
        failed.analysis = study->analysis;
        failed.error = result.error();
        failed.study = std::make_shared<const Study>(*study);
        writeResultFolder(failed, a.output);
        if (a.json) out << dumpJson(resultSummary(failed)) << "\n";
        return core::exitCodeFor(result.error());
    }
    if (auto ok = writeResultFolder(*result, a.output); !ok) {
        err << "error: " << ok.error().toString() << "\n";
        return core::kExitFailure;
    }
    if (a.json) out << dumpJson(resultSummary(*result)) << "\n";
    if (terminal)
        err << "\n"
            << solveStatusName(result->status) << ": " << result->iterations
            << " iterations, residual " << result->relativeResidual << ", " << result->timings.total
            << " s\n";
    switch (result->status) {
    case SolveStatus::Converged:
        return core::kExitOk;
    case SolveStatus::NotConverged:
        return core::kExitNotConverged;
    case SolveStatus::Cancelled:
        return core::kExitCancelled;
    default:
        return core::kExitFailure;
    }
}

int runExportInp(const ExportInpArgs& a, std::ostream& out, std::ostream& err) {
    auto study = loadStudy(a.study);
    if (!study) {
        err << "error: " << study.error().toString() << "\n";
        return core::exitCodeFor(study.error());
    }
    auto info = exportInp(*study, a.output);
    if (!info) {
        err << "error: " << info.error().toString() << "\n";
        return core::exitCodeFor(info.error());
    }
    out << "wrote " << a.output << ": " << info->nodes << " nodes, " << info->elements
        << " elements\n";
    return core::kExitOk;
}

int runSolverProgram(std::vector<std::string> args, std::ostream& out, std::ostream& err) {
    CLI::App app("The Werkbank solver without the application", "werkbank-solve");
    SolveArgs solveArgs;
    ExportInpArgs exportArgs;
    CLI::App* solveCommand = addSolveCommand(app, solveArgs);
    addExportInpCommand(app, exportArgs);
    app.require_subcommand(1);
    core::finishCommandLine(app);
    if (auto exit = core::parseCommandLine(app, std::move(args), out, err)) return *exit;
    return solveCommand->parsed() ? runSolve(solveArgs, out, err)
                                  : runExportInp(exportArgs, out, err);
}

int runSolveCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> all{"solve"};
    all.insert(all.end(), args.begin(), args.end());
    return runSolverProgram(std::move(all), out, err);
}

int runExportInpCommand(const std::vector<std::string>& args, std::ostream& out,
                        std::ostream& err) {
    std::vector<std::string> all{"export-inp"};
    all.insert(all.end(), args.begin(), args.end());
    return runSolverProgram(std::move(all), out, err);
}

} // namespace wb::sim
