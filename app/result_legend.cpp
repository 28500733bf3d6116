#include "result_legend.h"

#include "preferences.h"
#include "result_legend_text.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>


namespace wb::app {

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
    return LegendText::singularNote(kind);
}

QString ResultLegend::viewName(const sim::ScalarView& view) {
    return LegendText::viewName(view);
}

render::LegendContent ResultLegend::content() const {
    render::LegendContent c = LegendText::content(m_view, m_scale, m_range, locale(),
                                                  Preferences::unitSystem(), m_note);
    c.text = palette().color(QPalette::WindowText);
    c.background = palette().color(QPalette::Window);
    c.background.setAlpha(215);
    return c;
}

double ResultLegend::fromDisplay(double display) const {
    const auto system = Preferences::unitSystem();
    const double one = sim::fromSi(1.0, m_view.quantity, system);
    const double zero = sim::fromSi(0.0, m_view.quantity, system);
    return (display - zero) / (one - zero); // display units are affine in SI
}

QString ResultLegend::titleText() const {
    return m_hasView ? content().title : QString();
}

QStringList ResultLegend::tickLabels() const {
    QStringList out;
    if (!m_hasView) return out;
    const auto ticks = content().ticks;
    for (auto it = ticks.rbegin(); it != ticks.rend(); ++it)
        out << it->second;
    return out;
}

QString ResultLegend::minText() const {
    return m_hasView ? content().minText : QString();
}

QString ResultLegend::maxText() const {
    return m_hasView ? content().maxText : QString();
}

QRgb ResultLegend::colourAtDisplayValue(double value) const {
    return m_scale.colour(fromDisplay(value));
}

QSize ResultLegend::sizeHint() const {
    return render::legendLayout(content(), font()).size;
}

void ResultLegend::paintEvent(QPaintEvent*) {
    if (!m_hasView) return;
    QPainter p(this);
    const render::LegendLayout layout = render::paintLegend(p, QPoint(0, 0), content());
    m_maxRect = layout.maxLine;
    m_minRect = layout.minLine;
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
