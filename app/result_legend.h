#pragma once
/// The legend of a result colour map: the field's name and unit in the user's unit system, a
/// colour bar with nice tick values, the field's minimum and maximum (clicking one asks the
/// view to turn to its place), and the colours of values above and below a locked range.

#include "core/sim/result_view.h"
#include "render/colour_map.h"
#include "render/legend_painter.h"

#include <QWidget>

namespace wb::app {

class ResultLegend : public QWidget {
    Q_OBJECT
public:
    explicit ResultLegend(QWidget* parent = nullptr);

    /// Shows `view` coloured by `scale` (both in SI), with the field's own extremes.
    void setView(const sim::ScalarView& view, const render::ColourScale& scale,
                 const sim::ScalarRange& fieldRange);
    void clear();
    /// A note under the extremes, e.g. singularNote()'s; empty for none.
    void setNote(const QString& note);
    QString note() const { return m_note; }
    /// What a result.json `singular` value means for the reader ("support", "corner"); empty
    /// for an unknown or empty kind.
    static QString singularNote(const std::string& kind);
    bool isEmpty() const { return !m_hasView; }

    /// The translated name of a view: "Von Mises stress", "Displacement X",
    /// "Maximum principal stress".
    static QString viewName(const sim::ScalarView& view);

    /// What is drawn, for tests: the title with its unit, the tick labels (top to bottom),
    /// the minimum and maximum lines.
    QString titleText() const;
    QStringList tickLabels() const;
    QString minText() const;
    QString maxText() const;
    /// The colour drawn at a value in display units (the bar's colour there).
    QRgb colourAtDisplayValue(double value) const;

    QSize sizeHint() const override;
    /// What the legend paints (texts in the user's unit system, the widget's colours), for
    /// images that carry the legend (File › Export Image).
    render::LegendContent content() const;

signals:
    /// The minimum (false) or maximum (true) line was clicked.
    void extremeClicked(bool maximum);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    double fromDisplay(double display) const;

    bool m_hasView = false;
    sim::ScalarView m_view;
    render::ColourScale m_scale;
    sim::ScalarRange m_range;
    QRect m_minRect, m_maxRect;
    QString m_note;
};

} // namespace wb::app
