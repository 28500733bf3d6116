#include "result_legend_text.h"

#include "quantity_format.h"
#include "study_text.h"

namespace wb::app {

QString LegendText::singularNote(const std::string& kind) {
    if (kind == "support")
        return tr("The maximum sits at the edge of a fixed support: its value depends on the "
                  "voxel size. Read the stress a few voxels away.");
    if (kind == "corner")
        return tr("The maximum sits at a sharp re-entrant corner: its value depends on the "
                  "voxel size. Read the stress a few voxels away.");
    return {};
}

QString LegendText::viewName(const sim::ScalarView& view) {
    using R = sim::Reduction;
    switch (view.reduction) {
    case R::X:
        return tr("%1 X").arg(StudyText::fieldName(view.field));
    case R::Y:
        return tr("%1 Y").arg(StudyText::fieldName(view.field));
    case R::Z:
        return tr("%1 Z").arg(StudyText::fieldName(view.field));
    case R::MaxPrincipal:
        return tr("Maximum principal stress");
    case R::MinPrincipal:
        return tr("Minimum principal stress");
    case R::Magnitude:
    case R::Value:
        break;
    }
    return StudyText::fieldName(view.field);
}

render::LegendContent LegendText::content(const sim::ScalarView& view,
                                          const render::ColourScale& scale,
                                          const sim::ScalarRange& range, const QLocale& locale,
                                          sim::UnitSystem system, const QString& note) {
    render::LegendContent c;
    const QString unit = unitSymbol(view.quantity, system);
    c.title = unit.isEmpty() ? viewName(view) : tr("%1 [%2]").arg(viewName(view), unit);
    c.scale = scale;
    c.displayMin = sim::fromSi(scale.min, view.quantity, system);
    c.displayMax = sim::fromSi(scale.max, view.quantity, system);
    for (double t : render::niceTicks(c.displayMin, c.displayMax, 7))
        c.ticks.emplace_back(t, formatNumber(t, locale, 4));
    if (range.valid) {
        c.minText = tr("Min: %1").arg(formatQuantity(range.min, view.quantity, locale, system, 4));
        c.maxText = tr("Max: %1").arg(formatQuantity(range.max, view.quantity, locale, system, 4));
        c.above = range.max > scale.max;
        c.below = range.min < scale.min;
    }
    c.note = note;
    return c;
}

} // namespace wb::app
