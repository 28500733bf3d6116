#pragma once
/// The property area's read-only view of a result: how the solve went (status, backend, size,
/// iterations, time), every field's extremes with their place, every probe's values in the
/// user's unit system, the result folder, and whether the study has changed since the solve.
/// GUI thread only.

#include "project_results.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QVBoxLayout;

namespace wb::app {

class ResultSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit ResultSummaryView(QWidget* parent = nullptr);

    /// Shows `entry` (a copy is kept to show it again in another language or unit system).
    void showEntry(const ResultEntry& entry);
    /// The job shown; empty when none.
    QString jobId() const { return m_entry ? m_entry->jobId : QString(); }

protected:
    void changeEvent(QEvent* e) override;

private:
    void rebuild();
    void addRow(const QString& label, const QString& text, const QString& objectName = {});
    void addHeading(const QString& text);
    void addSummary(const sim::ResultSummary& s);

    std::optional<ResultEntry> m_entry;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_content = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace wb::app
