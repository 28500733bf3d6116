// werkbank-cli: starts the program for the command at once (werkbank-cli-qt for inspect, render,
// solve and export-inp; werkbank-cli-remote for the service commands). For a command that
// imports a file it first starts the import helper, which then loads its CAD kernel while the
// command's program loads Qt and the GL driver; the program takes the running import over.
// Links neither Qt nor any importer, so that the helper starts a few milliseconds after exec.
#include "core/io/formats.h"
#include "core/io/importer.h"
#include "core/io/isolated/isolated_import.h"
#include "core/model/process.h"
#include "core/model/units.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

using wb::core::io::ImportOptions;

struct ImportRequest {
    std::filesystem::path path;
    ImportOptions options;
};

// The file and import options of `render` and `inspect` arguments, read as werkbank-cli-qt
// reads them; nothing for other commands or arguments it would refuse (it reports those).
std::optional<ImportRequest> importRequest(int argc, char** argv) {
    const std::string command = argv[1];
    std::set<std::string> valued, flags;
    if (command == "render") {
        valued = {"-o", "--output", "--size", "--view", "--mode", "--quality", "--unit"};
    } else if (command == "inspect") {
        valued = {"--quality", "--unit"};
        flags = {"--json"};
    } else {
        return std::nullopt;
    }
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    for (int i = 2; i < argc; ++i) {
        std::string a = argv[i];
        if (a.empty() || a[0] != '-' || a == "-") {
            positional.push_back(a);
            continue;
        }
        std::string value;
        bool inlineValue = false;
        if (const auto eq = a.find('='); eq != std::string::npos && eq > 0) {
            value = a.substr(eq + 1);
            a.resize(eq);
            inlineValue = true;
        }
        if (flags.count(a) && !inlineValue) continue;
        if (!valued.count(a)) return std::nullopt;
        if (!inlineValue) {
            if (i + 1 >= argc) return std::nullopt;
            value = argv[++i];
        }
        values[a] = value;
    }
    if (positional.size() != 1) return std::nullopt;
    ImportRequest request{positional.front(), {}};
    if (const auto q = values.find("--quality"); q != values.end()) {
        const auto quality = wb::core::io::qualityFromName(q->second);
        if (!quality) return std::nullopt;
        request.options.quality = *quality;
    }
    if (const auto u = values.find("--unit"); u != values.end()) {
        const auto unit = wb::core::metresPerUnit(u->second);
        if (!unit) return std::nullopt;
        request.options.metresPerUnit = *unit;
    }
    return request;
}

bool isRemoteCommand(const std::string& command) {
    for (const char* c : {"submit", "watch", "fetch", "cancel", "jobs", "info"})
        if (command == c) return true;
    return false;
}

} // namespace

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    const char* program = isRemoteCommand(command) ? "werkbank-cli-remote" : "werkbank-cli-qt";
    auto target = wb::core::siblingExecutable(program);
    if (target.empty()) target = std::filesystem::path(argv[0]).parent_path() / program;
    if (argc > 1)
        if (const auto request = importRequest(argc, argv))
            if (auto running = wb::core::io::startImport(request->path, request->options))
                if (!wb::core::io::handOverImport(*running, request->path, request->options)) {
                    ::kill(running->pid, SIGKILL); // the program imports on its own
                    ::close(running->fd);
                    ::waitpid(running->pid, nullptr, 0);
                }
    ::execv(target.c_str(), argv);
    std::fprintf(stderr, "werkbank-cli: error: cannot start %s: %s\n", target.c_str(),
                 std::strerror(errno));
    return 3;
}
