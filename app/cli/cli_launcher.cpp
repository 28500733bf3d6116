// werkbank-cli: starts the program for the command at once (werkbank-cli-qt for inspect, render,
// solve and export-inp; werkbank-cli-remote for the service commands). For a command that
// imports a file it first starts the import helper, which then loads its CAD kernel while the
// command's program loads Qt and the GL driver; the program takes the running import over.
// Links neither Qt nor any importer, so that the helper starts a few milliseconds after exec.
#include "cli_command_line.h"

#include "core/io/isolated/isolated_import.h"
#include "core/model/exit_codes.h"
#include "core/model/process.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace {

struct ImportRequest {
    std::filesystem::path path;
    wb::core::io::ImportOptions options;
};

// The file and import options of `render` and `inspect`, parsed with werkbank-cli's own
// declaration; nothing for other commands or for arguments the program will refuse (it reports
// those).
std::optional<ImportRequest> importRequest(int argc, char** argv) {
    const std::string_view command = argv[1];
    if (command != "render" && command != "inspect") return std::nullopt;
    wb::app::cli::CommandLine line;
    std::ostringstream ignored;
    if (wb::app::cli::parseCommandLine(argc, argv, line, ignored, ignored)) return std::nullopt;
    if (line.command == "render") {
        std::error_code ec;
        if (std::filesystem::is_directory(line.render.file, ec)) return std::nullopt; // a result
        return ImportRequest{line.render.file, line.render.import};
    }
    return ImportRequest{line.inspect.file, line.inspect.import};
}

} // namespace

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    const char* program =
        wb::app::cli::isRemoteCommand(command) ? "werkbank-cli-remote" : "werkbank-cli-qt";
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
    return wb::core::kExitFailure;
}
