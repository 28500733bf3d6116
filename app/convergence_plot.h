#pragma once
/// The convergence of one job: relative residual (log axis) against iteration, growing live.
/// Redraws at most ten times a second however fast the iterations come.

#include <QChartView>
#include <QTimer>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace wb::app {

class JobController;

class ConvergencePlot : public QChartView {
    Q_OBJECT
public:
    explicit ConvergencePlot(JobController* controller, QWidget* parent = nullptr);

    /// Shows the job `id` (empty: none).
    void setJob(const QString& id);
    QString job() const { return m_id; }
    /// The plotted points (iteration, residual), for tests and export.
    QLineSeries* series() const { return m_series; }

protected:
    void changeEvent(QEvent* e) override;

private:
    void refresh();
    void retranslate();

    JobController* m_controller;
    QString m_id;
    QLineSeries* m_series;
    QValueAxis* m_iterations;
    QLogValueAxis* m_residuals;
    QTimer m_redraw;
};

} // namespace wb::app
