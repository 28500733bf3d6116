#include "convergence_plot.h"

#include "job_controller.h"

#include <QEvent>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wb::app {

ConvergencePlot::ConvergencePlot(JobController* controller, QWidget* parent)
    : QChartView(parent), m_controller(controller), m_series(new QLineSeries),
      m_iterations(new QValueAxis), m_residuals(new QLogValueAxis) {
    setObjectName(QStringLiteral("ConvergencePlot"));
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(m_series);
    m_iterations->setLabelFormat(QStringLiteral("%d"));
    m_residuals->setLabelFormat(QStringLiteral("%.0e"));
    m_residuals->setBase(10);
    chart->addAxis(m_iterations, Qt::AlignBottom);
    chart->addAxis(m_residuals, Qt::AlignLeft);
    m_series->attachAxis(m_iterations);
    m_series->attachAxis(m_residuals);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(100);
    connect(&m_redraw, &QTimer::timeout, this, &ConvergencePlot::refresh);
    connect(controller, &JobController::progress, this, [this](const QString& id) {
        if (id == m_id && !m_redraw.isActive()) m_redraw.start();
    });
    connect(controller, &JobController::jobChanged, this, [this](const QString& id) {
        if (id == m_id && !m_redraw.isActive()) m_redraw.start();
    });
    connect(controller, &JobController::jobRemoved, this, [this](const QString& id) {
        if (id == m_id) setJob({});
    });
    retranslate();
    refresh();
}

void ConvergencePlot::setJob(const QString& id) {
    if (id == m_id) return;
    m_id = id;
    if (!m_redraw.isActive()) m_redraw.start();
}

namespace {

/// The smallest of 10, 20, 50, 100, 200, 500, ... that holds `n`: the axis changes rarely.
int roundUp(int n) {
    for (int scale = 10;; scale *= 10)
        for (int step : {1, 2, 5})
            if (n <= step * scale) return step * scale;
}

} // namespace

void ConvergencePlot::refresh() {
    m_redraw.stop();
    const JobController::Job* job = m_controller->job(m_id);
    QList<QPointF> points;
    if (job) points = QList<QPointF>(job->residuals.begin(), job->residuals.end());
    // A log axis cannot show zero: an exactly solved iteration is drawn at the smallest value.
    double lo = 1e-10, hi = 1;
    int last = 1;
    for (QPointF& p : points) {
        if (!(p.y() > 0)) p.setY(1e-300);
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
        last = std::max(last, int(p.x()));
    }
    if (job && job->tolerance > 1e-30) lo = std::min(lo, job->tolerance); // the target
    if (points != m_series->points()) m_series->replace(points);
    // Ranges move in whole steps (decades, 1-2-5 iterations), so labels are laid out rarely.
    const int iterations = roundUp(last);
    if (m_iterations->max() != iterations) m_iterations->setRange(0, iterations);
    // A tick per decade, or per several decades when the range is wide (at most 8 labels).
    const int from = int(std::floor(std::log10(lo))), to = int(std::ceil(std::log10(hi)));
    const int step = std::max(1, (to - from + 7) / 8);
    const double bottom = std::pow(10.0, std::floor(double(from) / step) * step);
    const double top = std::pow(10.0, std::ceil(double(to) / step) * step);
    if (m_residuals->base() != std::pow(10.0, step)) m_residuals->setBase(std::pow(10.0, step));
    if (m_residuals->min() != bottom || m_residuals->max() != top)
        m_residuals->setRange(bottom, top);
}

void ConvergencePlot::retranslate() {
    m_iterations->setTitleText(tr("Iteration"));
    m_residuals->setTitleText(tr("Relative residual"));
}

void ConvergencePlot::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QChartView::changeEvent(e);
}

} // namespace wb::app
