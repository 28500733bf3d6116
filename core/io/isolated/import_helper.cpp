// The body of the import helper programs (werkbank-import and its per-family variants): reads
// and tessellates one file and writes its progress and then the model (or the error) to
// standard output as described in import_protocol.h.
#include "import_helper.h"

#include "core/io/formats.h"
#include "core/io/import_errors.h"
#include "core/io/importer.h"
#include "core/io/isolated/helper_containment.h"
#include "core/io/isolated/helper_test_hooks.h"
#include "core/io/isolated/import_protocol.h"
#include "core/io/isolated/memory_guard.h"
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
#include <sys/resource.h>
#include <unistd.h>

namespace wb::core::io {

namespace {

/// The helper's private command line (run by importIsolated, not by users):
/// `[--quality coarse|normal|fine] [--metres-per-unit X] [LIMITS] [--] FILE`.
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
    ImportLimits& limits = options.limits;
    const auto limit = [&app](const char* name, auto& target, const char* description) {
        core::checkAtLeast(app.add_option(name, target, description), 0)->capture_default_str();
    };
    limit("--timeout-s", limits.timeoutSeconds,
          "Wall-clock limit in seconds, enforced by the caller; this times the cores is the "
          "CPU-time limit (0: none)");
    limit("--memory-mb", limits.memoryMB,
          "Memory limit in MiB (heap and private mappings; 0: none)");
    limit("--file-size-mb", limits.fileSizeMB, "Largest file it may write, in MiB (0: none)");
    limit("--open-files", limits.openFiles, "Files it may have open at once (0: no limit)");
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
    // Before anything reads the file, and before the death signal below: a new user namespace
    // would clear it.
    const TestHook hook = testHookFromEnvironment();
    const NetworkContainment containment = containHelper(options.limits, !hook.filtered);
    guardMemory(frames);
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
    auto result = hook.kind == TestHook::Kind::None ? importFile(file, options, registry)
                                                    : runTestHook(hook, file, containment);
    // An import that failed once memory ran out failed for the limit, whatever the importer
    // made of it (OCCT reports its own failed allocations as a failed transfer).
    if (!result && result.error().code != ErrorCode::Cancelled) {
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        if (memoryExhausted() || nearMemoryLimit(usage.ru_maxrss, options.limits))
            result = std::unexpected(memoryLimitExceeded(file, options.limits.memoryMB));
    }
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
