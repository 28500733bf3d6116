#include "cli_commands.h"

#include "core/io/isolated/isolated_import.h"
#include "core/model/exit_codes.h"
#include "render/offscreen.h"
#include "render/png_writer.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>

#include <filesystem>
#include <future>

namespace wb::app::cli {

int runRender(const RenderArgs& args, int argc, char** argv) {
    std::error_code isFolderError;
    if (std::filesystem::is_directory(args.file, isFolderError))
        return runResultRender(args, argc, argv);
    if (args.hasResultOptions()) {
        printError(QCoreApplication::translate(
                       "wb::app::cli", "--field, --deformed, --bands and --range apply to a "
                                       "result folder; %1 is not a folder")
                       .arg(QString::fromStdString(args.file)));
        return core::kExitUsage;
    }
    const QString out = QString::fromStdString(args.output);
    const QSize size(args.width, args.height);
    // The declaration checked the names.
    const auto view = render::standardViewFromName(args.view).value_or(render::StandardView::Iso);
    render::DisplayMode mode = render::DisplayMode::ShadedEdges;
    if (args.mode == "shaded")
        mode = render::DisplayMode::Shaded;
    else if (args.mode == "wireframe")
        mode = render::DisplayMode::Wireframe;
    const core::io::ImportOptions& importOptions = args.import;
    // The import runs in its own process, started first (usually by werkbank-cli, the
    // launcher, before this program was even loaded), while this one connects to the display
    // and creates the GL context and its shaders.
    const std::filesystem::path file = args.file;
    // Qt may change the environment while it starts: the child gets a copy taken here.
    const auto running = core::io::takeOverImport(file, importOptions);
    auto pending = std::async(
        std::launch::async, [file, importOptions, running, env = core::io::currentEnvironment()] {
            return running ? core::io::finishImport(*running, file, importOptions)
                           : core::io::importIsolated(file, importOptions, {}, env);
        });
    QGuiApplication app(argc, argv);
    render::OffscreenRenderer renderer;
    QString error;
    bool glReady = renderer.create(&error);
    // Usually the import is still running: compile the frame's shaders in the meantime.
    if (glReady && pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        glReady = renderer.warmUp(size, mode, &error, [&pending] {
            return pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
        });
    const auto assembly = pending.get();
    if (!assembly) {
        printError(QString::fromStdString(assembly.error().toString()));
        return core::exitCodeFor(assembly.error());
    }
    const QImage image = glReady ? renderer.render(*assembly, size, view, mode, &error) : QImage();
    if (image.isNull()) {
        printError(QStringLiteral("rendering failed: %1").arg(error));
        return core::kExitFailure;
    }
    // PNG through the fast writer; other extensions (jpg, bmp, ...) through Qt's encoders.
    const bool png =
        QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    if (png ? !render::writePng(image, out, &error) : !image.save(out)) {
        printError(png ? error : QStringLiteral("cannot write %1").arg(out));
        return core::kExitFailure;
    }
    return core::kExitOk;
}

} // namespace wb::app::cli
