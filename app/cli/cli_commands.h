#pragma once
/// Sub-commands of werkbank-cli. Each returns the process exit code.

#include <QStringList>

#include <string>

namespace wb::app::cli {

/// Exit codes shared by every sub-command.
enum ExitCode { kOk = 0, kUsage = 1, kInvalidInput = 2 };

/// `inspect FILE [--json] [--quality coarse|normal|fine] [--unit U]`
int runInspect(const QStringList& args);
/// `render FILE -o OUT.png [--size WxH] [--view NAME] [--mode MODE] [--quality Q]` with the
/// process's own arguments (command at argv[1]); creates the QGuiApplication itself, after
/// starting the import.
int runRender(int argc, char** argv);
/// `solve ...` and `export-inp ...`, run by the solver library with the CAD importers as its
/// geometry loader.
int runSimCommand(const std::string& command, int argc, char** argv);
/// `submit`, `watch`, `fetch`, `cancel` and `jobs`: the remote simulation service (exit codes as
/// `solve`, plus 5 for authentication or permission and 6 for an unreachable service).
int runRemoteCommand(const std::string& command, const QStringList& args);
/// Prints "werkbank-cli: error: MESSAGE" on stderr.
void printError(const QString& message);

} // namespace wb::app::cli
