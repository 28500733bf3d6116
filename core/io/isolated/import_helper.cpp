// The body of the import helper programs (werkbank-import and its per-family variants): reads
// and tessellates one file and writes its progress and then the model (or the error) to
// standard output as described in import_protocol.h.
#include "import_helper.h"

#include "core/io/formats.h"
#include "core/io/importer.h"
#include "core/io/isolated/import_protocol.h"
#include "core/model/assembly_codec.h"
#include "core/model/process.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace wb::core::io {

namespace {

int usage() {
    std::fputs("usage: werkbank-import [--quality coarse|normal|fine] [--metres-per-unit X] "
               "[--] FILE\n",
               stderr);
    return 1;
}

} // namespace

int runImportHelper(int argc, char** argv, const ImporterRegistry& registry) {
    tuneAllocator();
    ImportOptions options;
    const char* file = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--" && i + 2 == argc) {
            file = argv[++i];
        } else if (a == "--quality" && i + 1 < argc) {
            const auto quality = qualityFromName(argv[++i]);
            if (!quality) return usage();
            options.quality = *quality;
        } else if (a == "--metres-per-unit" && i + 1 < argc) {
            double v = 0;
            const char* s = argv[++i];
            const auto [end, ec] = std::from_chars(s, s + std::strlen(s), v);
            if (ec != std::errc() || *end || !(v > 0)) return usage();
            options.metresPerUnit = v;
        } else if (!file && a.rfind("--", 0) != 0 && i + 1 == argc) {
            file = argv[i];
        } else {
            return usage();
        }
    }
    if (!file) return usage();
    // The frames go to a private copy of the pipe; standard output becomes standard error, so
    // that anything a library prints cannot corrupt them.
    const int frames = ::dup(STDOUT_FILENO);
    if (frames < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) return 3;
    // Stop when the caller dies: nobody is left to read the result. It may have died while this
    // program was still loading.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (const char* parent = std::getenv(protocol::kParentVariable))
        if (std::to_string(::getppid()) != parent) return 3;
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
    if (!protocol::writeFrame(frames, protocol::kReply, reply)) return 3;
    leaveNow(result ? 0 : 2); // without unloading the CAD kernel's libraries
}

} // namespace wb::core::io
