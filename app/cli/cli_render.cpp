#include "cli_commands.h"
#include "cli_options.h"

#include "core/io/isolated/isolated_import.h"
#include "render/offscreen.h"
#include "render/png_writer.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>

#include <filesystem>
#include <future>

namespace wb::app::cli {

int runRender(int argc, char** argv) {
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    Options opts(args, {}, {"-o", "--output", "--size", "--view", "--mode", "--quality", "--unit"});
    const QString out = opts.has("-o") ? opts.value("-o") : opts.value("--output");
    if (!opts.error().isEmpty() || opts.positional().size() != 1 || out.isEmpty()) {
        printError(opts.error().isEmpty()
                       ? QStringLiteral("usage: werkbank-cli render FILE -o OUT.png [--size WxH] "
                                        "[--view iso|front|back|left|right|top|bottom] "
                                        "[--mode shaded|edges|wireframe] [--quality Q]")
                       : opts.error());
        return kUsage;
    }
    QSize size(1280, 800);
    if (opts.has("--size")) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"))
                           .match(opts.value("--size"));
        if (!m.hasMatch() || m.captured(1).toInt() < 16 || m.captured(2).toInt() < 16 ||
            m.captured(1).toInt() > 16384 || m.captured(2).toInt() > 16384) {
            printError(QStringLiteral("--size must be WIDTHxHEIGHT between 16 and 16384, not '%1'")
                           .arg(opts.value("--size")));
            return kUsage;
        }
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const auto view = render::standardViewFromName(opts.value("--view", "iso").toStdString());
    if (!view) {
        printError(QStringLiteral("unknown view '%1'").arg(opts.value("--view")));
        return kUsage;
    }
    render::DisplayMode mode = render::DisplayMode::ShadedEdges;
    const QString modeName = opts.value("--mode", "edges");
    if (modeName == QLatin1String("shaded"))
        mode = render::DisplayMode::Shaded;
    else if (modeName == QLatin1String("wireframe"))
        mode = render::DisplayMode::Wireframe;
    else if (modeName != QLatin1String("edges")) {
        printError(QStringLiteral("unknown mode '%1' (shaded, edges, wireframe)").arg(modeName));
        return kUsage;
    }
    core::io::ImportOptions importOptions;
    if (!applyImportOptions(opts, importOptions)) return kUsage;
    // The import runs in its own process, started first (usually by werkbank-cli, the
    // launcher, before this program was even loaded), while this one connects to the display
    // and creates the GL context and its shaders.
    const std::filesystem::path file = opts.positional().first().toStdString();
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
        return kInvalidInput;
    }
    const QImage image = glReady ? renderer.render(*assembly, size, *view, mode, &error) : QImage();
    if (image.isNull()) {
        printError(QStringLiteral("rendering failed: %1").arg(error));
        return 3;
    }
    // PNG through the fast writer; other extensions (jpg, bmp, ...) through Qt's encoders.
    const bool png =
        QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    if (png ? !render::writePng(image, out, &error) : !image.save(out)) {
        printError(png ? error : QStringLiteral("cannot write %1").arg(out));
        return 3;
    }
    return kOk;
}

} // namespace wb::app::cli
