#pragma once
/// Sub-commands of werkbank-cli, with their parsed arguments. Each returns the process exit code
/// (core/model/exit_codes.h).

#include "cli_command_line.h"

#include <QString>

#include <string>

namespace wb::app::cli {

/// `inspect FILE [--json] [--quality coarse|normal|fine] [--unit U]`
int runInspect(const InspectArgs& args);
/// `render FILE -o OUT.png ...` with the process's own arguments (for Qt); creates the
/// QGuiApplication itself, after starting the import.
int runRender(const RenderArgs& args, int argc, char** argv);
/// `render RESULT_DIR -o OUT.png [--field ID] ...`: the result coloured on the surface it was
/// solved on, with the legend; creates the QGuiApplication itself.
int runResultRender(const RenderArgs& args, int argc, char** argv);
/// `solve ...` or `export-inp ...` (line.command), run by the solver library with the CAD
/// importers as its geometry loader.
int runSimCommand(const CommandLine& line);
/// `submit`, `watch`, `fetch`, `cancel`, `jobs` and `info`: the remote simulation service.
int runRemoteCommand(const std::string& command, const RemoteArgs& args);
/// Prints "werkbank-cli: error: MESSAGE" on stderr.
void printError(const QString& message);

} // namespace wb::app::cli
