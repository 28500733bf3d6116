#include "result_legend.h"

#include "preferences.h"
#include "quantity_format.h"
#include "study_text.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace wb::app {

namespace {
constexpr int kMargin = 8, kBarWidth = 18, kBarHeight = 220, kTickLength = 5;
}

ResultLegend::ResultLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("ResultLegend"));
    setAttribute(Qt::WA_TranslucentBackground);
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            [this] {
                updateGeometry();
                update();
            });
}

void ResultLegend::setView(const sim::ScalarView& view, const render::ColourScale& scale,
                           const sim::ScalarRange& fieldRange) {
    m_view = view;
    m_scale = scale;
    m_range = fieldRange;
    m_hasView = true;
    updateGeometry();
    update();
}

void ResultLegend::clear() {
    m_hasView = false;
    update();
}

void ResultLegend::setNote(const QString& note) {
    m_note = note;
    updateGeometry();
    update();
}

QString ResultLegend::singularNote(const std::string& kind) {
    if (kind == "support")
        return tr("The maximum sits at the edge of a fixed support: its value depends on the "
                  "voxel size. Read the stress a few voxels away.");
    if (kind == "corner")
        return tr("The maximum sits at a sharp re-entrant corner: its value depends on the "
                  "voxel size. Read the stress a few voxels away.");
    return {};
}

QString ResultLegend::viewName(const sim::ScalarView& view) {
    using R = sim::Reduction;
    switch (view.reduction) {
    case R::X: return tr("%1 X").arg(StudyText::fieldName(view.field));
    case R::Y: return tr("%1 Y").arg(StudyText::fieldName(view.field));
    case R::Z: return tr("%1 Z").arg(StudyText::fieldName(view.field));
    case R::MaxPrincipal: return tr("Maximum principal stress");
    case R::MinPrincipal: return tr("Minimum principal stress");
    case R::Magnitude:
    case R::Value: break;
    }
    return StudyText::fieldName(view.field);
}

double ResultLegend::toDisplay(double si) const {
    return sim::fromSi(si, m_view.quantity, Preferences::unitSystem());
}

double ResultLegend::fromDisplay(double display) const {
    const double one = toDisplay(1.0), zero = toDisplay(0.0);
    return (display - zero) / (one - zero); // display units are affine in SI
}

QString ResultLegend::titleText() const {
    if (!m_hasView) return {};
    const QString unit = unitSymbol(m_view.quantity, Preferences::unitSystem());
    return unit.isEmpty() ? viewName(m_view) : tr("%1 [%2]").arg(viewName(m_view), unit);
}

QStringList ResultLegend::tickLabels() const {
    QStringList out;
    if (!m_hasView) return out;
    const auto ticks = render::niceTicks(toDisplay(m_scale.min), toDisplay(m_scale.max), 7);
    for (auto it = ticks.rbegin(); it != ticks.rend(); ++it)
        out << formatNumber(*it, locale(), 4);
    return out;
}

QString ResultLegend::minText() const {
    if (!m_hasView || !m_range.valid) return {};
    return tr("Min: %1").arg(formatQuantity(m_range.min, m_view.quantity, locale(),
                                             Preferences::unitSystem(), 4));
}

QString ResultLegend::maxText() const {
    if (!m_hasView || !m_range.valid) return {};
    return tr("Max: %1").arg(formatQuantity(m_range.max, m_view.quantity, locale(),
                                             Preferences::unitSystem(), 4));
}

QRgb ResultLegend::colourAtDisplayValue(double value) const {
    return m_scale.colour(fromDisplay(value));
}

QSize ResultLegend::sizeHint() const {
    const QFontMetrics fm(font());
    int width = fm.horizontalAdvance(titleText());
    for (const QString& s : tickLabels())
        width = std::max(width, kBarWidth + kTickLength + 4 + fm.horizontalAdvance(s));
    width = std::max({width, fm.horizontalAdvance(minText()), fm.horizontalAdvance(maxText())});
    int noteHeight = 0;
    if (!m_note.isEmpty()) {
        width = std::max(width, 200);
        noteHeight = fm.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, m_note).height() +
                     fm.height() / 2;
    }
    return {width + 2 * kMargin, kBarHeight + 5 * fm.height() + noteHeight + 2 * kMargin};
}

QRect ResultLegend::barRect() const {
    const int line = fontMetrics().height();
    return {kMargin, kMargin + line + line / 2, kBarWidth, kBarHeight};
}

int ResultLegend::valueToY(double display) const {
    const QRect bar = barRect();
    const double lo = toDisplay(m_scale.min), hi = toDisplay(m_scale.max);
    const double t = hi > lo ? (display - lo) / (hi - lo) : 0.5;
    return bar.bottom() - int(std::lround(t * (bar.height() - 1)));
}

void ResultLegend::paintEvent(QPaintEvent*) {
    if (!m_hasView) return;
    QPainter p(this);
    const QFontMetrics fm = p.fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    QColor back = palette().color(QPalette::Window);
    back.setAlpha(215);
    p.fillRect(rect(), back);
    p.setPen(text);
    p.drawText(kMargin, kMargin + fm.ascent(), titleText());

    const QRect bar = barRect();
    const auto table = m_scale.table(bar.height());
    for (int y = 0; y < bar.height(); ++y) {
        p.setPen(QColor::fromRgb(table[std::size_t(bar.height() - 1 - y)]));
        p.drawLine(bar.left(), bar.top() + y, bar.right(), bar.top() + y);
    }
    // values above and below a locked range have colours of their own
    const bool above = m_range.valid && m_range.max > m_scale.max;
    const bool below = m_range.valid && m_range.min < m_scale.min;
    if (above) p.fillRect(QRect(bar.left(), bar.top() - 8, bar.width(), 6), QColor(m_scale.above));
    if (below) p.fillRect(QRect(bar.left(), bar.bottom() + 3, bar.width(), 6), QColor(m_scale.below));
    p.setPen(text);
    p.drawRect(bar.adjusted(0, 0, -1, -1));

    const auto ticks = render::niceTicks(toDisplay(m_scale.min), toDisplay(m_scale.max), 7);
    for (double t : ticks) {
        const int y = valueToY(t);
        p.drawLine(bar.right() + 1, y, bar.right() + kTickLength, y);
        p.drawText(bar.right() + kTickLength + 4, y + fm.ascent() / 2 - 1,
                   formatNumber(t, locale(), 4));
    }
    int y = bar.bottom() + 12 + fm.height();
    const QString maxLine = maxText(), minLine = minText();
    m_maxRect = QRect(kMargin, y - fm.ascent(), fm.horizontalAdvance(maxLine), fm.height());
    p.drawText(kMargin, y, maxLine);
    y += fm.height();
    m_minRect = QRect(kMargin, y - fm.ascent(), fm.horizontalAdvance(minLine), fm.height());
    p.drawText(kMargin, y, minLine);
    if (!m_note.isEmpty())
        p.drawText(QRect(kMargin, y + fm.height() / 2, width() - 2 * kMargin, height() - y),
                   Qt::TextWordWrap, m_note);
}

void ResultLegend::mousePressEvent(QMouseEvent* event) {
    if (m_maxRect.contains(event->position().toPoint())) return emit extremeClicked(true);
    if (m_minRect.contains(event->position().toPoint())) return emit extremeClicked(false);
    QWidget::mousePressEvent(event);
}

void ResultLegend::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace wb::app
