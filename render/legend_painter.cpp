#include "legend_painter.h"

#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wb::render {

namespace {
constexpr int kMargin = 8, kBarWidth = 18, kBarHeight = 220, kTickLength = 5, kCorner = 8;

int valueToY(const LegendContent& c, const QRect& bar, double display) {
    const double t = c.displayMax > c.displayMin
                         ? (display - c.displayMin) / (c.displayMax - c.displayMin)
                         : 0.5;
    return bar.bottom() - int(std::lround(t * (bar.height() - 1)));
}
} // namespace

LegendLayout legendLayout(const LegendContent& c, const QFont& font) {
    const QFontMetrics fm(font);
    int width = fm.horizontalAdvance(c.title);
    for (const auto& tick : c.ticks)
        width = std::max(width, kBarWidth + kTickLength + 4 + fm.horizontalAdvance(tick.second));
    width = std::max({width, fm.horizontalAdvance(c.minText), fm.horizontalAdvance(c.maxText)});
    int noteHeight = 0;
    if (!c.note.isEmpty()) {
        width = std::max(width, 200);
        noteHeight = fm.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, c.note).height() +
                     fm.height() / 2;
    }
    LegendLayout l;
    l.size = QSize(width + 2 * kMargin, kBarHeight + 5 * fm.height() + noteHeight + 2 * kMargin);
    const int line = fm.height();
    l.bar = QRect(kMargin, kMargin + line + line / 2, kBarWidth, kBarHeight);
    const int maxY = l.bar.bottom() + 12 + fm.height();
    l.maxLine = QRect(kMargin, maxY - fm.ascent(), fm.horizontalAdvance(c.maxText), fm.height());
    l.minLine = QRect(kMargin, maxY + fm.height() - fm.ascent(), fm.horizontalAdvance(c.minText),
                      fm.height());
    return l;
}

LegendLayout paintLegend(QPainter& p, QPoint topLeft, const LegendContent& c) {
    const LegendLayout l = legendLayout(c, p.font());
    const QFontMetrics fm = p.fontMetrics();
    p.save();
    p.translate(topLeft);
    p.fillRect(QRect(QPoint(0, 0), l.size), c.background);
    p.setPen(c.text);
    p.drawText(kMargin, kMargin + fm.ascent(), c.title);

    const QRect bar = l.bar;
    const auto table = c.scale.table(bar.height());
    for (int y = 0; y < bar.height(); ++y) {
        p.setPen(QColor::fromRgb(table[std::size_t(bar.height() - 1 - y)]));
        p.drawLine(bar.left(), bar.top() + y, bar.right(), bar.top() + y);
    }
    // values above and below a chosen range have colours of their own
    if (c.above)
        p.fillRect(QRect(bar.left(), bar.top() - 8, bar.width(), 6), QColor(c.scale.above));
    if (c.below)
        p.fillRect(QRect(bar.left(), bar.bottom() + 3, bar.width(), 6), QColor(c.scale.below));
    p.setPen(c.text);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    for (const auto& [value, label] : c.ticks) {
        const int y = valueToY(c, bar, value);
        p.drawLine(bar.right() + 1, y, bar.right() + kTickLength, y);
        p.drawText(bar.right() + kTickLength + 4, y + fm.ascent() / 2 - 1, label);
    }
    p.drawText(l.maxLine.left(), l.maxLine.top() + fm.ascent(), c.maxText);
    p.drawText(l.minLine.left(), l.minLine.top() + fm.ascent(), c.minText);
    if (!c.note.isEmpty()) {
        const int y = l.minLine.top() + fm.ascent() + fm.height() / 2;
        p.drawText(QRect(kMargin, y, l.size.width() - 2 * kMargin, l.size.height() - y),
                   Qt::TextWordWrap, c.note);
    }
    p.restore();
    return l;
}

void paintLegendOnImage(QImage& image, const LegendContent& content, QSize referenceSize) {
    if (image.isNull()) return;
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    double scale = 1.0;
    if (referenceSize.isValid() && !referenceSize.isEmpty())
        scale = std::max(1.0, std::min(double(image.width()) / referenceSize.width(),
                                       double(image.height()) / referenceSize.height()));
    const LegendLayout l = legendLayout(content, p.font());
    p.translate(image.width() - kCorner * scale - l.size.width() * scale, kCorner * scale);
    p.scale(scale, scale);
    paintLegend(p, QPoint(0, 0), content);
}

} // namespace wb::render
