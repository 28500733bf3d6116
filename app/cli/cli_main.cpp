// werkbank-cli-qt: the headless command-line tool (inspect, render, solve, export-inp), run by
// werkbank-cli, the launcher, which may have started the import of the file already and which
// runs werkbank-cli-remote for the service commands instead.
#include "cli_command_line.h"
#include "cli_commands.h"

#include "core/model/exit_codes.h"
#include "core/model/process.h"

#include <QCoreApplication>

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    using namespace wb::app::cli;
    CommandLine line;
    if (auto exit = parseCommandLine(argc, argv, line, std::cout, std::cerr)) return *exit;
    if (line.command == "inspect") {
        QCoreApplication app(argc, argv);
        return runInspect(line.inspect);
    }
    if (line.command == "render") {
        // Without any display, fall back to Qt's offscreen platform.
        if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") &&
            !std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        // One frame is drawn: Mesa's software rasterizer should compile its shaders quickly
        // rather than optimise them (no effect on hardware drivers; a user's setting wins).
        setenv("GALLIVM_PERF", "nopt", 0);
        // The image is written and closed: the GL driver, the window-system connection and
        // the libraries are not torn down.
        wb::core::leaveNow(runRender(line.render, argc, argv));
    }
    if (line.command == "solve" || line.command == "export-inp") return runSimCommand(line);
    printError(QStringLiteral("'%1' is a service command; run it with werkbank-cli")
                   .arg(QString::fromStdString(line.command)));
    return wb::core::kExitUsage;
}
