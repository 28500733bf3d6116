#pragma once
/// What a result legend says: the view's translated name, the title with the unit of the
/// user's unit system, tick labels, the field's minimum and maximum, and notes; gathered into
/// a render::LegendContent that the viewport's legend and offscreen images paint alike. No
/// widgets: werkbank-cli render uses it too. Any thread (the translators installed then).

#include "core/sim/result_view.h"
#include "core/sim/unit_system.h"
#include "render/legend_painter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <string>

namespace wb::app {

class LegendText {
    // the legend widget's own context, so that its translations stay
    Q_DECLARE_TR_FUNCTIONS(wb::app::ResultLegend)
public:
    /// "Von Mises stress", "Displacement X", "Maximum principal stress".
    static QString viewName(const sim::ScalarView& view);
    /// What a result.json `singular` value means for the reader ("support", "corner"); empty
    /// for an unknown or empty kind.
    static QString singularNote(const std::string& kind);
    /// Everything the legend paints for `view` coloured by `scale` (SI) with the field's own
    /// extremes `fieldRange`, in `system`'s units and `locale`'s numbers; default colours.
    static render::LegendContent content(const sim::ScalarView& view,
                                         const render::ColourScale& scale,
                                         const sim::ScalarRange& fieldRange, const QLocale& locale,
                                         sim::UnitSystem system, const QString& note = {});
};

} // namespace wb::app
