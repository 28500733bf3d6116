// werkbank-cli render RESULT_DIR: a result folder's field coloured on the surface it was solved
// on, drawn offscreen by the viewport's renderer, with the legend the viewport shows.
#include "cli_commands.h"

#include "app/preferences.h"
#include "app/quantity_format.h"
#include "app/result_legend_text.h"
#include "core/model/exit_codes.h"
#include "core/sim/result_folder.h"
#include "core/sim/result_summary.h"
#include "core/sim/surface_sampling.h"
#include "render/legend_painter.h"
#include "render/offscreen.h"
#include "render/png_writer.h"
#include "render/scene_renderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QStringList>

#include <cmath>
#include <cstdlib>
#include <expected>

namespace wb::app::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("wb::app::cli", text);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// The unit typed after a number ("300MPa" -> "MPa"), empty when there is none or the text
/// does not start with a number.
std::string unitAfterNumber(const std::string& text) {
    const char* begin = text.c_str();
    char* end = nullptr;
    std::strtod(begin, &end);
    if (end == begin) return {};
    std::string rest(end);
    while (!rest.empty() && rest.front() == ' ')
        rest.erase(rest.begin());
    return rest;
}

/// `--range MIN:MAX` in SI: each end in the display unit of `q` under `system` unless it
/// carries a unit; a unit typed after MAX alone applies to MIN too ("0:300MPa").
std::expected<std::pair<double, double>, QString>
parseRange(const std::string& text, sim::Quantity q, sim::UnitSystem system) {
    const auto colon = text.find(':');
    std::string lo = text.substr(0, colon), hi = text.substr(colon + 1);
    const std::string hiUnit = unitAfterNumber(hi);
    if (!hiUnit.empty() && unitAfterNumber(lo).empty()) {
        char* end = nullptr;
        std::strtod(lo.c_str(), &end);
        if (end != lo.c_str() && *end == '\0') lo += " " + hiUnit;
    }
    const QLocale c = QLocale::c(); // scripts write 2.5 in every language
    const auto min = parseQuantity(qs(lo), q, c, system);
    if (!min) return std::unexpected(tr("--range: the minimum '%1': %2").arg(qs(lo), min.error()));
    const auto max = parseQuantity(qs(hi), q, c, system);
    if (!max) return std::unexpected(tr("--range: the maximum '%1': %2").arg(qs(hi), max.error()));
    if (!(*min < *max))
        return std::unexpected(
            tr("--range: the minimum (%1) must be below the maximum (%2)").arg(qs(lo), qs(hi)));
    return std::pair{*min, *max};
}

QString viewIds(const std::vector<sim::ScalarView>& views) {
    QStringList ids;
    for (const sim::ScalarView& v : views)
        ids << qs(v.id());
    return ids.join(QStringLiteral(", "));
}

int fail(const QString& message, int code = core::kExitUsage) {
    printError(message);
    return code;
}

} // namespace

int runResultRender(const RenderArgs& args, int argc, char** argv) {
    QGuiApplication app(argc, argv);
    // The user's unit system, as the GUI keeps it.
    QCoreApplication::setOrganizationName(QStringLiteral("Werkbank"));
    QCoreApplication::setApplicationName(QStringLiteral("Werkbank"));
    const sim::UnitSystem system = Preferences::unitSystem();

    const auto folder = sim::readResultFolder(args.file);
    if (!folder) return fail(qs(folder.error().toString()), core::exitCodeFor(folder.error()));
    const sim::SolveResult& result = *folder->result;
    const auto views = sim::scalarViews(result);
    auto view =
        args.field.empty() ? std::optional(views.front()) : sim::findScalarView(result, args.field);
    // a field's name alone is its value or magnitude ("displacement")
    for (const sim::ScalarView& v : views)
        if (!view && v.field == args.field &&
            (v.reduction == sim::Reduction::Value || v.reduction == sim::Reduction::Magnitude))
            view = v;
    if (!view)
        return fail(tr("--field: the result has no field '%1' (it has: %2)")
                        .arg(qs(args.field), viewIds(views)));
    const sim::ScalarRange fieldRange = sim::scalarRange(result, *view);
    const int bands = args.bands < 0 ? 10 : args.bands;
    render::ColourScale scale =
        render::scaleForRange(fieldRange.valid ? fieldRange.min : 0.0,
                              fieldRange.valid ? fieldRange.max : 0.0, view->signedValues, bands);
    if (!args.range.empty()) {
        const auto range = parseRange(args.range, view->quantity, system);
        if (!range) return fail(range.error());
        scale = render::scaleForChosenRange(range->first, range->second, view->signedValues, bands);
    }

    double deformation = 0;
    if (!args.deformed.empty()) {
        if (!result.field("displacement"))
            return fail(tr("--deformed: the result has no displacement field (a %1 result)")
                            .arg(qs(result.analysis)));
        const double diagonal =
            folder->surface->bbox().diagonal() * folder->surface->metresPerUnit();
        deformation = args.deformed == "auto" ? sim::autoDeformationScale(result, diagonal)
                                              : std::strtod(args.deformed.c_str(), nullptr);
    }
    auto samples = sim::sampleOnAssembly(result, *folder->surface, *view, deformation > 0);

    QString note;
    if (view->reduction == sim::Reduction::Value)
        if (const auto summary = sim::loadResultSummary(args.file))
            for (const sim::FieldExtreme& e : summary->max)
                if (e.field == view->field && !e.singular.empty())
                    note = LegendText::singularNote(e.singular);

    render::DisplayMode mode = render::DisplayMode::ShadedEdges;
    if (args.mode == "shaded")
        mode = render::DisplayMode::Shaded;
    else if (args.mode == "wireframe")
        mode = render::DisplayMode::Wireframe;
    const auto standardView =
        render::standardViewFromName(args.view).value_or(render::StandardView::Iso);
    render::OffscreenRenderer renderer;
    QString error;
    QImage image;
    if (renderer.create(&error))
        image = renderer.render(folder->surface, QSize(args.width, args.height), standardView, mode,
                                &error, [&](render::SceneRenderer& r) {
                                    for (auto& [node, values] : samples.values)
                                        r.setResultColours(node, std::move(values));
                                    for (auto& [node, xyz] : samples.displacements)
                                        r.setResultDisplacements(node, std::move(xyz));
                                    r.setColourScale(scale);
                                    r.setDeformationScale(deformation);
                                });
    if (image.isNull()) return fail(tr("rendering failed: %1").arg(error), core::kExitFailure);
    render::paintLegendOnImage(
        image, LegendText::content(*view, scale, fieldRange, QLocale(), system, note));

    const QString out = qs(args.output);
    const bool png =
        QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    if (png ? !render::writePng(image, out, &error) : !image.save(out))
        return fail(png ? error : tr("cannot write %1").arg(out), core::kExitFailure);
    return core::kExitOk;
}

} // namespace wb::app::cli
