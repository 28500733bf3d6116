#pragma once
/// The Jobs dock: every job with its service, backend, state, progress, iteration, residual and
/// elapsed time; cancel, open result, run again and remove (toolbar, context menu, Ctrl+. and
/// Delete); the selected job's convergence plot and its translated log.

#include <QDockWidget>

class QAction;
class QPlainTextEdit;
class QTableView;
class QToolBar;

namespace wb::app {

class ConvergencePlot;
class JobController;
class JobsModel;

class JobsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit JobsDock(JobController* controller, QWidget* parent = nullptr);

    JobsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ConvergencePlot* plot() const { return m_plot; }
    QPlainTextEdit* logView() const { return m_log; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* openAction() const { return m_open; }
    QAction* runAgainAction() const { return m_runAgain; }
    QAction* removeAction() const { return m_remove; }
    QAction* refreshAction() const { return m_refresh; }
    /// Selects the job's row (and shows its plot and log).
    void selectJob(const QString& id);
    /// The jobs of the selected rows.
    QStringList selectedJobs() const;

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void updateActions();
    void onCurrentChanged();
    void showLog();
    void appendLog(const QString& id);
    void showError(const QString& id, const QString& text);

    JobController* m_controller;
    JobsModel* m_model;
    QTableView* m_view;
    ConvergencePlot* m_plot;
    QPlainTextEdit* m_log;
    QToolBar* m_toolBar;
    QAction *m_cancel, *m_open, *m_runAgain, *m_remove, *m_refresh;
    QString m_current;
    std::size_t m_logShown = 0; ///< log entries of m_current already in the pane
};

} // namespace wb::app
