#include "jobs_dock.h"

#include "convergence_plot.h"
#include "error_text.h"
#include "job_controller.h"
#include "jobs_model.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wb::app {

namespace {

/// Draws the Progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, item.widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = qRound(index.data(JobsModel::FractionRole).toDouble() * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
    }
};

QString logText(const JobController::LogEntry& entry) {
    const QString time =
        QDateTime::fromMSecsSinceEpoch(entry.unixMs).toString(QStringLiteral("HH:mm:ss"));
    const QString text = entry.error ? ErrorText::message(*entry.error)
                                     : ErrorText::logMessage(entry.id, entry.args);
    return time + QStringLiteral("  ") + text;
}

} // namespace

JobsDock::JobsDock(JobController* controller, QWidget* parent)
    : QDockWidget(parent), m_controller(controller), m_model(new JobsModel(controller, this)) {
    setObjectName(QStringLiteral("JobsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("JobsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setWordWrap(false);

    m_plot = new ConvergencePlot(controller, content);
    m_log = new QPlainTextEdit(content);
    m_log->setObjectName(QStringLiteral("JobLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);

    auto make = [this, content](const QKeySequence& key, auto slot, const char* icon = nullptr) {
        auto* action = new QAction(this);
        if (!key.isEmpty()) action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (icon) action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
        connect(action, &QAction::triggered, this, slot);
        content->addAction(action);
        return action;
    };
    m_cancel = make(
        QKeySequence(Qt::CTRL | Qt::Key_Period),
        [this] {
            for (const QString& id : selectedJobs())
                m_controller->cancel(id);
        },
        "cancel");
    m_open = make(
        {},
        [this] {
            if (!m_current.isEmpty()) m_controller->openResult(m_current);
        },
        "open");
    m_runAgain = make(
        {},
        [this] {
            for (const QString& id : selectedJobs())
                m_controller->runAgain(id);
        },
        "reload");
    m_remove = make(QKeySequence(QKeySequence::Delete), [this] {
        for (const QString& id : selectedJobs())
            m_controller->remove(id); // running jobs stay: cancel them first
    });
    m_refresh = make({}, [this] { m_controller->refreshRemoteJobs(); });

    m_toolBar = new QToolBar(content);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_cancel, m_open, m_runAgain, m_remove});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);

    auto* bottom = new QSplitter(Qt::Horizontal, content);
    bottom->addWidget(m_plot);
    bottom->addWidget(m_log);
    auto* split = new QSplitter(Qt::Vertical, content);
    split->addWidget(m_view);
    split->addWidget(bottom);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    layout->addWidget(m_toolBar);
    layout->addWidget(split);
    setWidget(content);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_cancel, m_open, m_runAgain, m_remove});
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, m_open, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsDock::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsDock::updateActions);
    connect(controller, &JobController::jobChanged, this, [this](const QString& id) {
        if (id == m_current) {
            appendLog(id);
            updateActions();
        }
    });
    connect(controller, &JobController::logLine, this, [this](const QString& id) {
        if (id == m_current) appendLog(id);
    });
    connect(controller, &JobController::errorOccurred, this, &JobsDock::showError);
    // A job just solved is shown at once (jobs listed from services only when none is).
    connect(controller, &JobController::jobAdded, this, [this](const QString& id) {
        const JobController::Job* job = m_controller->job(id);
        if (m_current.isEmpty() || (job && job->state == JobController::State::Uploading))
            selectJob(id);
    });
    retranslate();
    updateActions();
}

void JobsDock::retranslate() {
    setWindowTitle(tr("Jobs"));
    m_toolBar->setWindowTitle(tr("Jobs"));
    m_cancel->setText(tr("&Cancel Job"));
    m_cancel->setToolTip(tr("Cancel the selected jobs (%1)")
                             .arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    m_open->setText(tr("&Open Result"));
    m_open->setToolTip(tr("Download the selected job's result and show it"));
    m_runAgain->setText(tr("&Run Again"));
    m_runAgain->setToolTip(tr("Solve the selected job's study again as a new job"));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Remove the selected finished jobs from the list and their service "
                            "(%1)")
                             .arg(m_remove->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("List the jobs of the configured services again"));
    m_log->setPlaceholderText(tr("The selected job's messages appear here."));
}

void JobsDock::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        showLog();
    }
    QDockWidget::changeEvent(e);
}

QStringList JobsDock::selectedJobs() const {
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    if (ids.isEmpty() && !m_current.isEmpty()) ids << m_current;
    return ids;
}

void JobsDock::selectJob(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row < 0) return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void JobsDock::onCurrentChanged() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_current = current.isValid() ? m_model->idAt(current.row()) : QString();
    m_plot->setJob(m_current);
    m_controller->loadHistory(m_current);
    showLog();
    updateActions();
}

void JobsDock::showLog() {
    m_log->clear();
    m_logShown = 0;
    appendLog(m_current);
}

void JobsDock::appendLog(const QString& id) {
    const JobController::Job* job = m_controller->job(id);
    if (!job) return;
    if (job->log.size() < m_logShown) return showLog(); // history reloaded
    for (; m_logShown < job->log.size(); ++m_logShown)
        m_log->appendPlainText(logText(job->log[m_logShown]));
}

void JobsDock::showError(const QString& id, const QString& text) {
    // Errors of a job are in its log; others (a service that cannot be listed) go here.
    if (id.isEmpty())
        m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) +
                               QStringLiteral("  ") + text);
}

void JobsDock::updateActions() {
    bool anyActive = false, anyFinished = false, anyAgain = false;
    for (const QString& id : selectedJobs()) {
        const JobController::Job* job = m_controller->job(id);
        if (!job) continue;
        anyActive = anyActive || job->active();
        anyFinished = anyFinished || !job->active();
        anyAgain = anyAgain || (!job->active() && job->canRunAgain());
    }
    const JobController::Job* current = m_controller->job(m_current);
    m_cancel->setEnabled(anyActive);
    m_remove->setEnabled(anyFinished);
    m_runAgain->setEnabled(anyAgain);
    m_open->setEnabled(current && !current->jobId.isEmpty() &&
                       (current->state == JobController::State::Succeeded ||
                        current->state == JobController::State::NotConverged));
}

} // namespace wb::app
