// The results side of MainWindow: the project's results in the study tree, their out-of-date
// marking in the tree and the Jobs dock, and opening a result from the Jobs dock.
#include "main_window.h"

#include "job_controller.h"
#include "jobs_dock.h"
#include "jobs_model.h"
#include "main_window_parts.h"
#include "project_results.h"
#include "study_dock.h"

#include <QStatusBar>

namespace wb::app {

void MainWindow::createResults() {
    StudyUi& s = *m_study;
    s.results = new ProjectResults(s.session, s.editor, this);
    s.dock->setResults(s.results);
    JobsModel* jobs = m_jobsDock->model();
    jobs->setOutOfDateProvider(
        [results = s.results](const QString& id) { return results->isOutOfDate(id); });
    connect(s.results, &ProjectResults::outOfDateChanged, jobs, &JobsModel::refreshOutOfDate);
    connect(s.results, &ProjectResults::changed, jobs, &JobsModel::refreshOutOfDate);

    // Open Result in the Jobs dock: the result's summary in the study tree.
    connect(m_jobController, &JobController::resultOpenRequested, this,
            [this](const QString& id, const QString& dir) {
                StudyUi& study = *m_study;
                study.results->reload(); // the job's record may have just got its folder
                study.dock->show();
                study.dock->raise();
                if (study.dock->selectResult(id)) return;
                // A job of another project or listed from a service: its summary alone.
                const JobController::Job* job = m_jobController->job(id);
                study.dock->showResult(
                    ProjectResults::readEntry(id, job ? job->name : QString(), dir));
                statusBar()->showMessage(
                    tr("This result is not one of the open project's; it has no place in the "
                       "study tree."),
                    8000);
            });
}

} // namespace wb::app
