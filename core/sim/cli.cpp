#include "cli.h"

#include "inp_exporter.h"
#include "result_folder.h"
#include "solve.h"
#include "study_json.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace wb::sim {

namespace {

core::CancelToken* g_cancel = nullptr;
extern "C" void onInterrupt(int) {
    if (g_cancel) g_cancel->cancel();
}

struct Args {
    std::string study, output, backend = "";
    bool json = false;
    std::string error;
};

Args parseArgs(const std::vector<std::string>& args, bool allowSolveFlags) {
    Args a;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& s = args[i];
        if (s == "-o" && i + 1 < args.size())
            a.output = args[++i];
        else if (allowSolveFlags && s == "--backend" && i + 1 < args.size())
            a.backend = args[++i];
        else if (allowSolveFlags && s == "--json")
            a.json = true;
        else if (!s.empty() && s[0] != '-' && a.study.empty())
            a.study = s;
        else
            a.error = "unexpected argument '" + s + "'";
    }
    if (a.error.empty() && (a.study.empty() || a.output.empty()))
        a.error = "missing STUDY.json or -o";
    if (a.error.empty() && !a.backend.empty() && a.backend != "auto" && a.backend != "cpu" &&
        a.backend != "cuda")
        a.error = "--backend takes auto, cpu or cuda";
    return a;
}

int exitFor(const core::Error& e) {
    switch (e.code) {
    case core::ErrorCode::InvalidArgument:
    case core::ErrorCode::Unsupported:
    case core::ErrorCode::NotFound:
    case core::ErrorCode::InvalidFile:
    case core::ErrorCode::ResourceExhausted:
        return kExitInvalidStudy;
    case core::ErrorCode::Cancelled:
        return kExitCancelled;
    default:
        return kExitFailure;
    }
}

} // namespace

int runSolveCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Args a = parseArgs(args, true);
    if (!a.error.empty()) {
        err << "usage: solve STUDY.json -o OUTDIR [--backend auto|cpu|cuda] [--json]\n"
            << a.error << "\n";
        return kExitFailure;
    }
    auto study = loadStudy(a.study);
    if (!study) {
        err << "error: " << study.error().toString() << "\n";
        return exitFor(study.error());
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
        writeResultFolder(failed, a.output);
        if (a.json) out << dumpJson(resultSummary(failed)) << "\n";
        return exitFor(result.error());
    }
    if (auto ok = writeResultFolder(*result, a.output); !ok) {
        err << "error: " << ok.error().toString() << "\n";
        return kExitFailure;
    }
    if (a.json) out << dumpJson(resultSummary(*result)) << "\n";
    if (terminal)
        err << "\n"
            << solveStatusName(result->status) << ": " << result->iterations
            << " iterations, residual " << result->relativeResidual << ", " << result->timings.total
            << " s\n";
    switch (result->status) {
    case SolveStatus::Converged:
        return kExitConverged;
    case SolveStatus::NotConverged:
        return kExitNotConverged;
    case SolveStatus::Cancelled:
        return kExitCancelled;
    default:
        return kExitFailure;
    }
}

int runExportInpCommand(const std::vector<std::string>& args, std::ostream& out,
                        std::ostream& err) {
    const Args a = parseArgs(args, false);
    if (!a.error.empty()) {
        err << "usage: export-inp STUDY.json -o model.inp\n" << a.error << "\n";
        return kExitFailure;
    }
    auto study = loadStudy(a.study);
    if (!study) {
        err << "error: " << study.error().toString() << "\n";
        return exitFor(study.error());
    }
    auto info = exportInp(*study, a.output);
    if (!info) {
        err << "error: " << info.error().toString() << "\n";
        return exitFor(info.error());
    }
    out << "wrote " << a.output << ": " << info->nodes << " nodes, " << info->elements
        << " elements\n";
    return 0;
}

} // namespace wb::sim
