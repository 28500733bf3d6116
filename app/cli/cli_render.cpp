#include "cli_commands.h"
#include "cli_options.h"

#include "render/offscreen.h"
#include "render/png_writer.h"

#include <QImage>
#include <QRegularExpression>

#include <filesystem>
#include <future>

namespace wb::app::cli {

int runRender(const QStringList& args) {
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
    // The import runs on a worker while this thread creates the GL context and its shaders.
    const std::filesystem::path file = opts.positional().first().toStdString();
    auto pending = std::async(std::launch::async, [file, importOptions] {
        return core::io::importFile(file, importOptions);
    });
    render::OffscreenRenderer renderer;
    QString error;
    const bool glReady = renderer.create(&error);
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
    if (!render::writePng(image, out, &error)) {
        printError(error);
        return 3;
    }
    return kOk;
}

} // namespace wb::app::cli
