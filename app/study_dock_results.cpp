// StudyDock: the Results group (expanded state, selection of a result, its summary).
#include "study_dock.h"

#include "project_results.h"
#include "result_summary_view.h"
#include "study_property_panel.h"
#include "study_tree_model.h"

#include <QItemSelectionModel>
#include <QStackedWidget>
#include <QTreeView>

namespace wb::app {

using Kind = StudyItemRef::Kind;

void StudyDock::expandTree() {
    m_tree->expandToDepth(0);
    // Results: a new one opens with its probes; the others as the user left them.
    const QModelIndex group = m_model->indexOf({Kind::Results, -1});
    for (int row = 0; row < m_model->rowCount(group); ++row) {
        const QModelIndex result = m_model->index(row, 0, group);
        const QString job = m_model->resultJobAt(result);
        if (!m_seenResults.contains(job)) {
            m_seenResults.insert(job);
            m_openResults.insert(job);
        }
        if (m_openResults.contains(job)) m_tree->expandRecursively(result);
    }
}

void StudyDock::setResults(ProjectResults* results) {
    if (m_results) m_results->disconnect(this);
    m_results = results;
    if (results) {
        connect(results, &ProjectResults::changed, this, &StudyDock::onResultsChanged);
        connect(results, &ProjectResults::outOfDateChanged, this, &StudyDock::onResultsChanged);
    }
    m_model->setResults(results);
}

void StudyDock::onResultsChanged() {
    // The summary shown follows its result (read again, marked or unmarked out of date).
    if (m_pages->currentWidget() != m_resultView || !m_results) return;
    if (const ResultEntry* e = m_results->entry(m_resultView->jobId())) m_resultView->showEntry(*e);
}

void StudyDock::onCurrentChanged(const QModelIndex& current) {
    const QString job = m_model->resultJobAt(current);
    const ResultEntry* entry = m_results && !job.isEmpty() ? m_results->entry(job) : nullptr;
    if (entry) {
        m_selectedResult = job;
        m_selected = {Kind::Results, -1};
        if (m_resultView->jobId() != job || m_pages->currentWidget() != m_resultView)
            m_resultView->showEntry(*entry);
        m_pages->setCurrentWidget(m_resultView);
    } else {
        m_selectedResult.clear();
        m_selected = m_model->itemAt(current);
        m_panel->showItem(m_selected);
        m_pages->setCurrentWidget(m_panel);
    }
    updateActions();
}

bool StudyDock::selectResult(const QString& jobId) {
    const QModelIndex index = m_model->indexOfResult(jobId);
    if (!index.isValid()) return false;
    m_selectedResult = jobId;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    onCurrentChanged(index); // also when it was current already
    return true;
}

void StudyDock::showResult(const ResultEntry& entry) {
    m_selectedResult.clear();
    m_tree->selectionModel()->clearSelection();
    m_resultView->showEntry(entry);
    m_pages->setCurrentWidget(m_resultView);
}

} // namespace wb::app
