// The body of the import helper programs (werkbank-import and its per-family variants): reads
// and tessellates one file and writes its progress and then the model (or the error) to
// standard output as described in import_protocol.h.
#include "import_helper.h"

#include "core/io/formats.h"
#include "core/io/importer.h"
#include "core/io/isolated/import_protocol.h"
#include "core/model/assembly_codec.h"
#include "core/model/command_line.h"
#include "core/model/exit_codes.h"
#include "core/model/process.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <string>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace wb::core::io {

namespace {

/// The helper's private command line (run by importIsolated, not by users):
/// `[--quality coarse|normal|fine] [--metres-per-unit X] [--] FILE`.
void declareHelper(CLI::App& app, ImportOptions& options, std::string& file) {
    app.description("Imports one file for a Werkbank program and writes the model to standard "
                    "output (a private protocol)");
    app.add_option_function<std::string>(
           "--quality",
           [&options](const std::string& name) { options.quality = *qualityFromName(name); },
           "Tessellation quality")
        ->check(CLI::IsMember({"coarse", "normal", "fine"}));
    app.add_option_function<double>(
           "--metres-per-unit", [&options](double metres) { options.metresPerUnit = metres; },
           "Length unit of the file, in metres (overrides the file's own)")
        ->check(CLI::Validator(
            [](std::string& value) {
                double metres = 0;
                const char* end = value.data() + value.size();
                const auto [stop, ec] = std::from_chars(value.data(), end, metres);
                return ec == std::errc() && stop == end && metres > 0
                           ? std::string()
                           : "must be a positive number, not '" + value + "'";
            },
            "POSITIVE"));
    app.add_option("file", file, "The file to import")->required();
    core::finishCommandLine(app);
}

} // namespace

int runImportHelper(int argc, char** argv, const ImporterRegistry& registry) {
    tuneAllocator();
    ImportOptions options;
    std::string file;
    CLI::App app("", argc > 0 ? std::filesystem::path(argv[0]).filename().string()
                              : std::string("werkbank-import"));
    declareHelper(app, options, file);
    if (const auto exit = core::parseCommandLine(app, argc, argv, std::cout, std::cerr))
        return *exit;
    // The frames go to a private copy of the pipe; standard output becomes standard error, so
    // that anything a library prints cannot corrupt them.
    const int frames = ::dup(STDOUT_FILENO);
    if (frames < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) return core::kExitFailure;
    // Stop when the caller dies: nobody is left to read the result. It may have died while this
    // program was still loading.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (const char* parent = std::getenv(protocol::kParentVariable))
        if (std::to_string(::getppid()) != parent) return core::kExitCancelled;
    // Progress may come from several meshing threads: one writer at a time, and only when the
    // stage changes or the fraction moves by a percent.
    std::mutex progressLock;
    std::string lastStage;
    double lastFraction = -1;
    options.progress = [&](const std::string& stage, double fraction) {
        const std::lock_guard lock(progressLock);
        if (stage == lastStage && std::abs(fraction - lastFraction) < 0.01) return;
        lastStage = stage;
        lastFraction = fraction;
        protocol::writeFrame(frames, protocol::kProgress,
                             protocol::progressPayload(fraction, stage));
    };
    const auto result = importFile(file, options, registry);
    std::string reply;
    if (result)
        encodeAssembly(**result, reply);
    else
        encodeError(result.error(), reply);
    const std::lock_guard lock(progressLock);
    if (!protocol::writeFrame(frames, protocol::kReply, reply)) return core::kExitCancelled;
    // without unloading the CAD kernel's libraries
    leaveNow(result ? core::kExitOk : core::exitCodeFor(result.error()));
}

} // namespace wb::core::io
