#pragma once
/// Paints the legend of a result colour map with QPainter: title, colour bar with ticks, the
/// colours of values outside the range, the field's maximum and minimum and a note. The
/// viewport's legend widget and offscreen images (werkbank-cli render, File › Export Image)
/// paint it the same way; the texts come from the caller, already translated and formatted.

#include "colour_map.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRect>
#include <QString>

#include <utility>
#include <vector>

class QPainter;

namespace wb::render {

struct LegendContent {
    QString title;     ///< "Von Mises stress [MPa]"
    ColourScale scale; ///< as the model is coloured (SI)
    /// The scale's ends in the units the ticks are in (the bar is linear in both).
    double displayMin = 0, displayMax = 1;
    std::vector<std::pair<double, QString>> ticks; ///< value in display units, its label
    QString maxText, minText;                      ///< "Max: 250 MPa"; empty for none
    QString note;                                  ///< wrapped under the extremes; may be empty
    bool above = false, below = false;             ///< values above / below the range exist
    QColor text = Qt::black;
    QColor background = QColor(240, 240, 240, 215);
};

/// Where the parts of a painted legend lie, relative to its top left corner.
struct LegendLayout {
    QSize size;
    QRect bar, maxLine, minLine;
};

/// The legend's layout in `font`.
LegendLayout legendLayout(const LegendContent& content, const QFont& font);
/// Paints the legend with its top left corner at `topLeft` in the painter's font; returns the
/// layout (relative to `topLeft`).
LegendLayout paintLegend(QPainter& painter, QPoint topLeft, const LegendContent& content);
/// Paints the legend into the top right corner of `image` (a margin of 8 pixels), scaled with
/// the image when it is larger than `referenceSize` (the viewport it was laid out for); an
/// empty reference size paints it at its natural size.
void paintLegendOnImage(QImage& image, const LegendContent& content, QSize referenceSize = {});

} // namespace wb::render
