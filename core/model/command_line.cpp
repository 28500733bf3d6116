#include "command_line.h"

#include "exit_codes.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <sstream>

namespace wb::core {

namespace {

constexpr const char* kPathValidator = "absolute path";

void finishApp(CLI::App& app, const std::string& version) {
    for (CLI::Option* option : app.get_options())
        option->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    app.set_version_flag("--version", version, "Print the version and exit");
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        finishApp(*sub, version);
}

int report(const CLI::App& app, const CLI::Error& error, std::ostream& out, std::ostream& err) {
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
        app.exit(error, out, err); // help or version
        return kExitOk;
    }
    const CLI::App* top = &app;
    while (top->get_parent())
        top = top->get_parent();
    err << top->get_name() << ": error: " << error.what() << " (see --help)\n";
    return kExitUsage;
}

} // namespace

const char* projectVersion() {
    return WB_VERSION;
}

void finishCommandLine(CLI::App& app) {
    finishApp(app, app.get_name() + " " + projectVersion());
}

std::string resolvePath(const std::string& path, const std::filesystem::path& base) {
    if (path.empty()) return path;
    const std::filesystem::path p(path);
    return p.is_absolute() ? path : (base / p).lexically_normal().string();
}

CLI::Option* addPathOption(CLI::App& app, const std::string& name, std::string& target,
                           const std::string& description) {
    CLI::Option* option = app.add_option(name, target, description)->type_name("PATH");
    option->transform(
        [](std::string value) {
            std::error_code ec;
            return resolvePath(value, std::filesystem::current_path(ec));
        },
        "", kPathValidator);
    return option;
}

bool isPathOption(CLI::Option& option) {
    try {
        return option.get_validator(kPathValidator) != nullptr;
    } catch (const CLI::OptionNotFound&) {
        return false;
    }
}

CLI::Option* checkAtLeast(CLI::Option* option, double min) {
    std::ostringstream bound;
    bound << min;
    return option->check(CLI::Validator(
        [min, text = bound.str()](std::string& value) {
            double number = 0;
            const char* end = value.data() + value.size();
            const auto [stop, ec] = std::from_chars(value.data(), end, number);
            if (ec == std::errc() && stop == end && number >= min) return std::string();
            return "must be a number of at least " + text + ", not '" + value + "'";
        },
        ">=" + bound.str()));
}

std::optional<int> parseCommandLine(CLI::App& app, int argc, const char* const* argv,
                                    std::ostream& out, std::ostream& err) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::Error& e) {
        return report(app, e, out, err);
    }
    return std::nullopt;
}

std::optional<int> parseCommandLine(CLI::App& app, std::vector<std::string> args, std::ostream& out,
                                    std::ostream& err) {
    std::reverse(args.begin(), args.end()); // CLI11 takes them last first
    try {
        app.parse(args);
    } catch (const CLI::Error& e) {
        return report(app, e, out, err);
    }
    return std::nullopt;
}

} // namespace wb::core
