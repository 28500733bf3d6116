// StudyTreeModel: the Results group (one node per result of the project, its extremes and
// probes in the user's unit system, the out-of-date marking).
#include "study_tree_model.h"

#include "preferences.h"
#include "project_results.h"
#include "result_text.h"

#include "core/sim/analysis.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStyle>

namespace wb::app {

using Kind = StudyItemRef::Kind;

namespace {
/// Significant digits of the values in the tree (the property area shows more).
constexpr int kTreeDigits = 4;
} // namespace

void StudyTreeModel::buildResults() {
    m_resultNodes.clear();
    if (!m_results) return;
    const QLocale locale;
    const sim::UnitSystem system = Preferences::unitSystem();
    for (const ResultEntry& e : m_results->entries()) {
        ResultNode node;
        node.jobId = e.jobId;
        node.outOfDate = e.outOfDate;
        const QString name = e.name.isEmpty() ? tr("(unnamed)") : e.name;
        node.text = e.written.isValid()
                        ? tr("%1, %2").arg(name, locale.toString(e.written, QLocale::ShortFormat))
                        : name;
        node.toolTip = QDir::toNativeSeparators(e.dir);
        if (!e.summary) {
            node.unreadable = true;
            if (e.error) node.rows.push_back({ResultText::error(*e.error), {}});
            m_resultNodes.push_back(std::move(node));
            continue;
        }
        const sim::ResultSummary& s = *e.summary;
        if (s.status != "converged") {
            QString status = tr("Status: %1").arg(ResultText::status(s.status));
            if (!s.errorMessage.empty())
                status = tr("%1 (%2)").arg(status, QString::fromStdString(s.errorMessage));
            node.rows.push_back({status, {}});
        }
        // Each field in the order the analysis declares them: its maximum, then its minimum.
        if (const sim::AnalysisKind* kind = sim::findAnalysis(s.analysis))
            for (const sim::FieldSpec& f : kind->fields) {
                if (const sim::FieldExtreme* max = s.maximum(f.name))
                    node.rows.push_back(
                        {ResultText::extreme(s, *max, true, system, locale, kTreeDigits), {}});
                if (const sim::FieldExtreme* min = s.minimum(f.name))
                    node.rows.push_back(
                        {ResultText::extreme(s, *min, false, system, locale, kTreeDigits), {}});
            }
        for (std::size_t i = 0; i < s.probes.size(); ++i) {
            const sim::ProbeResult& probe = s.probes[i];
            ResultNode::Row row;
            row.text = tr("%1 at %2")
                           .arg(ResultText::probeName(probe, int(i)),
                                ResultText::point(probe.point, system, locale, kTreeDigits));
            for (const auto& [field, values] : probe.values)
                row.values.push_back(
                    ResultText::probeValue(s, field, values, system, locale, kTreeDigits));
            node.rows.push_back(std::move(row));
        }
        // Each support's reaction with its force and moment, or its heat flow.
        for (const sim::SupportReaction& reaction : s.reactions) {
            ResultNode::Row row;
            row.text = ResultText::reactionTitle(reaction);
            for (const ResultText::ReactionValue& v :
                 ResultText::reactionValues(s, reaction, system, locale, kTreeDigits))
                row.values.push_back(tr("%1: %2").arg(v.label, v.value));
            node.rows.push_back(std::move(row));
        }
        m_resultNodes.push_back(std::move(node));
    }
}

void StudyTreeModel::updateOutOfDate() {
    if (!m_results) return;
    const QModelIndex group = indexOf({Kind::Results, -1});
    for (std::size_t i = 0; i < m_resultNodes.size(); ++i) {
        ResultNode& node = m_resultNodes[i];
        const bool now = m_results->isOutOfDate(node.jobId);
        if (now == node.outOfDate) continue;
        node.outOfDate = now;
        const QModelIndex at = index(int(i), 0, group);
        emit dataChanged(at, at,
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, OutOfDateRole});
    }
}

QString StudyTreeModel::resultJobAt(const QModelIndex& index) const {
    const ResultPos p = resultPos(index);
    return p.level > 0 ? m_resultNodes[std::size_t(p.result)].jobId : QString();
}

QModelIndex StudyTreeModel::indexOfResult(const QString& jobId) const {
    for (std::size_t i = 0; i < m_resultNodes.size(); ++i)
        if (m_resultNodes[i].jobId == jobId) return index(int(i), 0, indexOf({Kind::Results, -1}));
    return {};
}

QVariant StudyTreeModel::resultData(const ResultPos& pos, int role) const {
    const ResultNode& node = m_resultNodes[std::size_t(pos.result)];
    if (role == ResultJobRole) return node.jobId;
    if (pos.level == 1) {
        switch (role) {
        case Qt::DisplayRole:
            return node.outOfDate ? tr("%1 (%2)").arg(node.text, ResultText::outOfDate())
                                  : node.text;
        case Qt::DecorationRole:
            if (node.outOfDate) return ResultText::outOfDateIcon();
            if (node.unreadable)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return {};
        case Qt::ToolTipRole:
            return node.outOfDate
                       ? ResultText::outOfDateToolTip() + QLatin1Char('\n') + node.toolTip
                       : node.toolTip;
        case OutOfDateRole:
            return node.outOfDate;
        default:
            return {};
        }
    }
    const ResultNode::Row& row = node.rows[std::size_t(pos.row)];
    const QString& text = pos.level == 2 ? row.text : row.values[std::size_t(pos.value)];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return text;
    return {};
}

} // namespace wb::app
