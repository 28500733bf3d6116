#pragma once
/// The programs' command lines (CLI11), set up one way: --help and --version on the program and
/// every subcommand, later options overriding earlier ones, usage errors as one line with exit
/// code 2, and path options that may be relative.

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace wb::core {

/// The project version ("0.1.0").
const char* projectVersion();

/// Gives `app` and its subcommands (declared by then) --help and --version and lets the last of
/// a repeated option win. Call once the declaration is complete, before parsing.
void finishCommandLine(CLI::App& app);

/// Declares a path option (or positional, for a name without dashes) bound to `target`. A
/// relative path is made absolute against the working directory when it is parsed (at start);
/// an absolute one is kept. isPathOption() recognises it.
CLI::Option* addPathOption(CLI::App& app, const std::string& name, std::string& target,
                           const std::string& description);
/// Whether `option` was declared by addPathOption().
bool isPathOption(CLI::Option& option);
/// `path` made absolute against `base` unless it is empty or absolute already.
std::string resolvePath(const std::string& path, const std::filesystem::path& base);

/// Adds a check to `option` that its value is a number of at least `min` (the message names the
/// option and the value). Returns `option`.
CLI::Option* checkAtLeast(CLI::Option* option, double min);

/// Parses `argc`/`argv` (program name first) into `app`'s bound variables. Returns nothing when
/// the program should go on; otherwise the exit code after printing the help or version to
/// `out` (0) or a usage error to `err` as "PROGRAM: error: MESSAGE" (kExitUsage).
std::optional<int> parseCommandLine(CLI::App& app, int argc, const char* const* argv,
                                    std::ostream& out, std::ostream& err);
/// The same for the arguments after the program name.
std::optional<int> parseCommandLine(CLI::App& app, std::vector<std::string> args, std::ostream& out,
                                    std::ostream& err);

} // namespace wb::core
