#include "cli_command_line.h"

#include "core/io/formats.h"
#include "core/model/command_line.h"
#include "core/model/exit_codes.h"
#include "core/model/units.h"
#include "render/standard_view.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cmath>

namespace wb::app::cli {

namespace {

/// "WxH" with both between 16 and 16384.
bool parseSize(const std::string& text, int& width, int& height) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    const char* end = text.data() + text.size();
    const auto w = std::from_chars(text.data(), text.data() + x, width);
    const auto h = std::from_chars(text.data() + x + 1, end, height);
    return w.ec == std::errc() && w.ptr == text.data() + x && h.ec == std::errc() && h.ptr == end &&
           x > 0 && width >= 16 && height >= 16 && width <= 16384 && height <= 16384;
}

void addImportOptions(CLI::App& command, core::io::ImportOptions& import) {
    command
        .add_option_function<std::string>(
            "--quality",
            [&import](const std::string& name) {
                import.quality = *core::io::qualityFromName(name);
            },
            "Tessellation quality (default normal)")
        ->check(CLI::IsMember({"coarse", "normal", "fine"}));
    command
        .add_option_function<std::string>(
            "--unit",
            [&import](const std::string& name) {
                import.metresPerUnit = *core::metresPerUnit(name);
            },
            "Length unit of the file, overriding the file's own (mm, m, in, ...)")
        ->check(CLI::Validator(
            [](std::string& name) {
                const auto unit = core::metresPerUnit(name);
                return unit ? std::string() : unit.error().message;
            },
            "UNIT"));
}

// The limits of the import helper (core/io/import_limits.h); the others keep their defaults.
void addImportLimitOptions(CLI::App& command, core::io::ImportLimits& limits) {
    const auto limit = [&command](const char* name, auto& target, const char* description) {
        core::checkAtLeast(command.add_option(name, target, description), 1)->capture_default_str();
    };
    limit("--import-timeout-s", limits.timeoutSeconds,
          "Seconds an import may take before it is stopped");
    limit("--import-memory-mb", limits.memoryMB, "Memory an import may use, in MiB");
}

void declareInspect(CLI::App& app, InspectArgs& a) {
    CLI::App* c =
        app.add_subcommand("inspect", "Import a CAD or mesh file and print its structure");
    c->add_option("file", a.file, "CAD or mesh file")->required()->type_name("FILE");
    c->add_flag("--json", a.json, "Print JSON");
    addImportOptions(*c, a.import);
    addImportLimitOptions(*c, a.import.limits);
}

/// "auto" or a finite scale not below zero.
std::string checkDeformed(const std::string& text) {
    if (text == "auto") return {};
    double scale = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), scale);
    if (ec == std::errc() && end == text.data() + text.size() && std::isfinite(scale) && scale >= 0)
        return {};
    return "must be 'auto' or a scale of at least 0, not '" + text + "'";
}

void addResultOptions(CLI::App& c, RenderArgs& a) {
    c.add_option("--field", a.field,
                 "Result folder: the field shown (von_mises, displacement, displacement.z, "
                 "temperature, ...; default the first)");
    c.add_option("--deformed", a.deformed,
                 "Result folder: draw the deformed shape, 'auto' (largest displacement 5% of the "
                 "model's size) or a scale (1: actual size)")
        ->type_name("auto|SCALE")
        ->check(CLI::Validator(checkDeformed, ""));
    c.add_option("--bands", a.bands, "Result folder: colour bands, 0 for continuous (default 10)")
        ->check(CLI::Validator(
            [](std::string& text) {
                int n = -1;
                const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
                return ec == std::errc() && end == text.data() + text.size() &&
                               (n == 0 || (n >= 2 && n <= 100))
                           ? std::string()
                           : "must be 0 (continuous) or 2 to 100, not '" + text + "'";
            },
            "N"));
    c.add_option("--range", a.range,
                 "Result folder: the colour range, in the legend's unit unless one is given "
                 "(0:300, 0:300MPa, -1.5mm:2mm; default the field's range)")
        ->type_name("MIN:MAX")
        ->check(CLI::Validator(
            [](std::string& text) {
                const auto colon = text.find(':');
                return colon != std::string::npos && colon > 0 && colon + 1 < text.size() &&
                               text.find(':', colon + 1) == std::string::npos
                           ? std::string()
                           : "must be MIN:MAX, not '" + text + "'";
            },
            ""));
}

void declareRender(CLI::App& app, RenderArgs& a) {
    CLI::App* c = app.add_subcommand(
        "render", "Render a file, or a result folder with its colours and legend, offscreen to "
                  "an image");
    c->add_option("file", a.file, "CAD or mesh file, or a result folder")
        ->required()
        ->type_name("FILE|RESULT_DIR");
    core::addPathOption(*c, "-o,--output", a.output, "Image to write (.png, .jpg, .bmp, ...)")
        ->required();
    c->add_option_function<std::string>(
         "--size", [&a](const std::string& size) { parseSize(size, a.width, a.height); },
         "Image size in pixels (default 1280x800)")
        ->type_name("WxH")
        ->check(CLI::Validator(
            [](std::string& size) {
                int w = 0, h = 0;
                return parseSize(size, w, h)
                           ? std::string()
                           : "must be WIDTHxHEIGHT between 16 and 16384, not '" + size + "'";
            },
            ""));
    c->add_option("--view", a.view, "Viewing direction")
        ->check(CLI::Validator(
            [](std::string& view) {
                return render::standardViewFromName(view)
                           ? std::string()
                           : "unknown view '" + view +
                                 "' (iso, front, back, left, right, top, bottom)";
            },
            "iso|front|back|left|right|top|bottom"))
        ->capture_default_str();
    c->add_option("--mode", a.mode, "Display mode")
        ->check(CLI::IsMember({"shaded", "edges", "wireframe"}))
        ->capture_default_str();
    addResultOptions(*c, a);
    addImportOptions(*c, a.import);
    addImportLimitOptions(*c, a.import.limits);
}

void addConnectionOptions(CLI::App& c, RemoteArgs& a) {
    c.add_option("--server", a.server,
                 "HOST:PORT or unix:PATH of the service (default: the local service)");
    core::addPathOption(c, "--token-file", a.tokenFile, "File holding the bearer token");
    core::addPathOption(c, "--ca-file", a.caFile, "CA certificate (PEM): use TLS");
    core::addPathOption(c, "--cert", a.certFile, "Client certificate (PEM), with --key");
    core::addPathOption(c, "--key", a.keyFile, "Client key (PEM), with --cert");
}

CLI::App* addRemoteCommand(CLI::App& app, RemoteArgs& a, const char* name,
                           const char* description) {
    CLI::App* c = app.add_subcommand(name, description);
    addConnectionOptions(*c, a);
    return c;
}

void declareRemote(CLI::App& app, RemoteArgs& a) {
    CLI::App* submit = addRemoteCommand(app, a, "submit", "Submit a study to the service");
    core::addPathOption(*submit, "study", a.study, "Study file (JSON)")
        ->required()
        ->type_name("STUDY.json");
    submit->add_flag("--wait", a.wait, "Follow the job to its end and print its result summary");
    submit->add_flag("--json", a.json, "Print JSON");
    core::checkAtLeast(
        submit->add_option("--deadline", a.deadlineSeconds, "Seconds the job may take (0: none)"),
        0);
    submit->add_option("--request-id", a.requestId, "Idempotency key: a repeat returns the job");
    core::checkAtLeast(submit->add_option("--intermediate-every", a.intermediateEvery,
                                          "Intermediate fields every N iterations (0: the "
                                          "service's default)"),
                       0);

    CLI::App* watch = addRemoteCommand(app, a, "watch", "Follow a job's events to its end");
    watch->add_option("job", a.job, "Job id")->required()->type_name("JOB");
    core::checkAtLeast(watch->add_option("--from", a.fromSequence, "First event sequence number"),
                       1);
    watch->add_flag("--json", a.json, "Print each event as one line of JSON");

    CLI::App* fetch = addRemoteCommand(app, a, "fetch", "Wait for a job and download its result");
    fetch->add_option("job", a.job, "Job id")->required()->type_name("JOB");
    core::addPathOption(*fetch, "-o,--output", a.output, "Result folder to write")->required();

    CLI::App* cancel = addRemoteCommand(app, a, "cancel", "Cancel a job");
    cancel->add_option("job", a.job, "Job id")->required()->type_name("JOB");

    addRemoteCommand(app, a, "jobs", "List the jobs")->add_flag("--json", a.json, "Print JSON");
    addRemoteCommand(app, a, "info", "Show the service's version, region, backends and limits")
        ->add_flag("--json", a.json, "Print JSON");
}

void declare(CLI::App& app, CommandLine& line) {
    app.name("werkbank-cli");
    app.description("Werkbank on the command line");
    declareInspect(app, line.inspect);
    declareRender(app, line.render);
    sim::addSolveCommand(app, line.solve);
    sim::addExportInpCommand(app, line.exportInp);
    // Their geometry is imported through the helpers too (cli_sim.cpp).
    for (const char* name : {"solve", "export-inp"})
        addImportLimitOptions(*app.get_subcommand(name), line.geometryLimits);
    declareRemote(app, line.remote);
    app.require_subcommand(1);
    app.footer("The service commands (submit ... info) use the local service unless --server is "
               "given.\nExit codes: 0 success, 1 internal or I/O error, 2 usage error or invalid "
               "input, 3 not converged, 4 cancelled, 5 authentication or permission, 6 service "
               "unreachable, 7 import limit exceeded.");
    core::finishCommandLine(app);
}

} // namespace

bool isRemoteCommand(std::string_view command) {
    for (const char* c : {"submit", "watch", "fetch", "cancel", "jobs", "info"})
        if (command == c) return true;
    return false;
}

std::optional<int> parseCommandLine(int argc, const char* const* argv, CommandLine& line,
                                    std::ostream& out, std::ostream& err) {
    CLI::App app;
    declare(app, line);
    if (argc > 1 && argv[1][0] != '-' &&
        app.get_subcommands([&](const CLI::App* c) { return c->get_name() == argv[1]; }).empty()) {
        err << "werkbank-cli: error: unknown command '" << argv[1] << "' (see --help)\n";
        return core::kExitUsage;
    }
    if (auto exit = core::parseCommandLine(app, argc, argv, out, err)) return exit;
    line.command = app.get_subcommands().front()->get_name();
    return std::nullopt;
}

} // namespace wb::app::cli
