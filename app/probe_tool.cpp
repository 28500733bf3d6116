#include "probe_tool.h"

#include "preferences.h"
#include "probe_markers.h"
#include "probe_table.h"
#include "quantity_format.h"
#include "result_legend.h"
#include "viewport_widget.h"

#include "core/sim/result_probe.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace wb::app {

namespace {
/// The least time between two hover picks (ms); more when a pick takes long (see showHover).
constexpr int kHoverIntervalMs = 30;
constexpr int kHoverMaxIntervalMs = 400;
} // namespace

ProbeTool::ProbeTool(ViewportWidget* viewport, QObject* parent)
    : QObject(parent), m_viewport(viewport), m_table(new ProbeTable(this)) {
    m_markers = new ProbeMarkers(m_table, viewport);
    m_markers->resize(viewport->size());
    m_markers->hide();
    m_hoverLabel = new QLabel(viewport);
    m_hoverLabel->setObjectName(QStringLiteral("hoverValue"));
    m_hoverLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hoverLabel->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255, 255, 255, 225); color: #202020; "
                       "border: 1px solid #808080; border-radius: 3px; padding: 2px 5px; }"));
    m_hoverLabel->hide();
    viewport->installEventFilter(this);

    m_hoverTimer.setSingleShot(true);
    m_hoverTimer.setInterval(kHoverIntervalMs);
    connect(&m_hoverTimer, &QTimer::timeout, this, &ProbeTool::showHover);

    m_modeAction = new QAction(this);
    m_modeAction->setObjectName(QStringLiteral("probeMode"));
    m_modeAction->setCheckable(true);
    m_modeAction->setEnabled(false);
    m_modeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_modeAction, &QAction::toggled, this, [this](bool on) {
        if (!m_viewport) return;
        if (on) m_viewport->setFacePickMode(false);
        m_viewport->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
        emit probeModeChanged(on);
    });
    connect(viewport, &ViewportWidget::facePickModeChanged, this, [this](bool on) {
        if (on) setProbeMode(false);
    });
    viewport->setClickFilter([this](QPoint pos, Qt::KeyboardModifiers) {
        if (!probeMode()) return false;
        if (const int row = pinAt(pos); row >= 0) emit probePinned(row);
        return true; // a click on the background in probe mode keeps the selection too
    });
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            &ProbeTool::hideHover);
    retranslate();
}

ProbeTool::~ProbeTool() {
    if (m_viewport) m_viewport->setClickFilter({});
}

bool ProbeTool::probeMode() const {
    return m_modeAction->isChecked();
}

void ProbeTool::setProbeMode(bool on) {
    m_modeAction->setChecked(on && m_result);
}

void ProbeTool::setResult(std::shared_ptr<const sim::SolveResult> result,
                          const sim::ScalarView& view) {
    m_result = std::move(result);
    m_view = view;
    m_table->setResult(m_result);
    m_modeAction->setEnabled(m_result != nullptr);
    if (!m_result) setProbeMode(false);
    hideHover();
    if (!m_viewport) return;
    // Hovering reports values while a result is shown; otherwise no mouse tracking at all.
    m_viewport->setMouseTracking(m_result != nullptr);
    m_markers->setVisible(m_result != nullptr);
    m_markers->raise();
    m_markers->reposition();
}

void ProbeTool::setView(const sim::ScalarView& view) {
    m_view = view;
    hideHover();
}

double ProbeTool::metresPerUnit() const {
    const auto scene = m_viewport ? m_viewport->assembly() : nullptr;
    return scene && scene->metresPerUnit() > 0 ? scene->metresPerUnit() : 1e-3;
}

std::optional<sim::Point3> ProbeTool::pointAt(QPoint pos) {
    if (!m_result || !m_viewport) return std::nullopt;
    const render::PickResult hit = m_viewport->pickAt(pos);
    if (!hit.hit()) return std::nullopt;
    const double unit = metresPerUnit();
    const sim::Point3 seen{hit.point.x() * unit, hit.point.y() * unit, hit.point.z() * unit};
    return sim::undeformedPoint(*m_result, seen, m_viewport->deformationScale());
}

QString ProbeTool::hoverTextAt(QPoint pos) {
    const auto point = pointAt(pos);
    if (!point) return {};
    const std::vector<double> value = sim::probeValues(*m_result, {m_view}, *point);
    if (value.empty() || !std::isfinite(value.front())) return {};
    return tr("%1: %2").arg(
        ResultLegend::viewName(m_view),
        formatQuantity(value.front(), m_view.quantity, QLocale(), Preferences::unitSystem(), 4));
}

QString ProbeTool::hoverText() const {
    return m_hoverLabel->isVisible() ? m_hoverLabel->text() : QString();
}

int ProbeTool::pinAt(QPoint pos) {
    const auto point = pointAt(pos);
    if (!point) return -1;
    return m_table->add(*point);
}

void ProbeTool::showHover() {
    if (!m_viewport || !m_result) return hideHover();
    QElapsedTimer clock;
    clock.start();
    const QString text = hoverTextAt(m_hoverPos);
    // A slow pick (a big model on a software rasteriser) spaces the next one out, so that
    // hovering never takes more than about a third of the GUI thread.
    m_hoverTimer.setInterval(
        std::clamp(int(3 * clock.elapsed()), kHoverIntervalMs, kHoverMaxIntervalMs));
    if (text.isEmpty()) return hideHover();
    m_hoverLabel->setText(text);
    m_hoverLabel->adjustSize();
    QPoint at = m_hoverPos + QPoint(16, 18);
    const QSize size = m_hoverLabel->size();
    at.setX(std::clamp(at.x(), 0, std::max(0, m_viewport->width() - size.width())));
    if (at.y() + size.height() > m_viewport->height()) at.setY(m_hoverPos.y() - size.height() - 6);
    m_hoverLabel->move(at);
    m_hoverLabel->show();
    m_hoverLabel->raise();
}

void ProbeTool::hideHover() {
    m_hoverTimer.stop();
    m_hoverLabel->hide();
}

bool ProbeTool::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_viewport) return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto* e = static_cast<QMouseEvent*>(event);
        if (!m_result || e->buttons() != Qt::NoButton) {
            hideHover();
            break;
        }
        m_hoverPos = e->position().toPoint();
        if (!m_hoverTimer.isActive()) m_hoverTimer.start();
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::Leave:
    case QEvent::Wheel:
        hideHover();
        break;
    case QEvent::ShortcutOverride: // Escape leaves probe mode before any window shortcut
        if (probeMode() && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            setProbeMode(false);
            event->accept();
            return true;
        }
        break;
    case QEvent::Resize:
        m_markers->resize(m_viewport->size());
        m_markers->reposition();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ProbeTool::retranslate() {
    m_modeAction->setText(tr("&Probe"));
    m_modeAction->setToolTip(
        tr("Probe mode (Ctrl+Shift+P): a click on the model pins a probe with every field's "
           "value there"));
}

} // namespace wb::app
