// werkbank-cli-qt: the headless command-line tool (inspect, render, solve, export-inp), run by
// werkbank-cli, the launcher, which may have started the import of the file already and which
// runs werkbank-cli-remote for the service commands instead.
#include "cli_commands.h"

#include "core/model/process.h"
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr const char* kUsageText =
    "usage: werkbank-cli COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  inspect FILE [--json] [--quality coarse|normal|fine] [--unit mm]\n"
    "      import a CAD or mesh file and print its structure\n"
    "  render FILE -o OUT.png [--size WxH] [--view iso|front|...] [--mode shaded|edges|wireframe]\n"
    "      render a file offscreen to an image\n"
    "  solve STUDY.json -o OUTDIR [--backend auto|cpu|cuda] [--json]\n"
    "      solve a study locally and write its result folder\n"
    "  export-inp STUDY.json -o model.inp\n"
    "      write the study's voxel model as a CalculiX deck\n"
    "  submit STUDY.json [--wait] [--json] [--deadline S] | watch JOB | fetch JOB -o DIR |\n"
    "  cancel JOB | jobs [--json] | info [--json]   with [--server HOST:PORT|unix:PATH] "
    "[--token-file F]\n"
    "      [--ca-file F] [--cert F --key F]\n"
    "      the simulation service (without --server: the local service)\n";

QStringList argsAfter(int argc, char** argv, int first) {
    QStringList args;
    for (int i = first; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char** argv) {
    using namespace wb::app::cli;
    if (argc < 2) {
        std::fputs(kUsageText, stderr);
        return kUsage;
    }
    const std::string command = argv[1];
    if (command == "-h" || command == "--help" || command == "help") {
        std::fputs(kUsageText, stdout);
        return kOk;
    }
    if (command == "--version") {
        std::printf("werkbank-cli %s\n", WB_VERSION);
        return kOk;
    }
    if (command == "inspect") {
        QCoreApplication app(argc, argv);
        return runInspect(argsAfter(argc, argv, 2));
    }
    if (command == "render") {
        // Without any display, fall back to Qt's offscreen platform.
        if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") &&
            !std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        // One frame is drawn: Mesa's software rasterizer should compile its shaders quickly
        // rather than optimise them (no effect on hardware drivers; a user's setting wins).
        setenv("GALLIVM_PERF", "nopt", 0);
        // The image is written and closed: the GL driver, the window-system connection and
        // the libraries are not torn down.
        wb::core::leaveNow(runRender(argc, argv));
    }
    if (command == "solve" || command == "export-inp") return runSimCommand(command, argc, argv);
    printError(QStringLiteral("unknown command '%1'").arg(QString::fromStdString(command)));
    std::fputs(kUsageText, stderr);
    return kUsage;
}
