#include "result_summary_view.h"

#include "jobs_model.h"
#include "preferences.h"
#include "quantity_format.h"
#include "result_text.h"
#include "study_text.h"

#include "core/sim/analysis.h"

#include <QDir>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wb::app {

namespace {
/// Significant digits of the values shown (more than the tree's).
constexpr int kDigits = 6;

QLabel* selectableLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ResultSummaryView::ResultSummaryView(QWidget* parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("ResultSummaryView"));
    m_layout->setContentsMargins(4, 4, 4, 4);
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            &ResultSummaryView::rebuild);
    rebuild();
}

void ResultSummaryView::showEntry(const ResultEntry& entry) {
    m_entry = entry;
    rebuild();
}

void ResultSummaryView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(e);
}

void ResultSummaryView::addRow(const QString& label, const QString& text,
                               const QString& objectName) {
    QLabel* value = selectableLabel(text, m_content);
    if (!objectName.isEmpty()) value->setObjectName(objectName);
    m_form->addRow(label, value);
}

void ResultSummaryView::addHeading(const QString& text) {
    auto* heading = new QLabel(text, m_content);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_form->addRow(heading);
}

void ResultSummaryView::rebuild() {
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    m_form = new QFormLayout(m_content);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_content);
    if (!m_entry) return;
    const ResultEntry& e = *m_entry;
    addHeading(e.name.isEmpty() ? tr("(unnamed)") : e.name);
    if (e.outOfDate) {
        auto* marker = selectableLabel(ResultText::outOfDateToolTip(), m_content);
        marker->setObjectName(QStringLiteral("ResultOutOfDate"));
        auto* icon = new QLabel(m_content);
        icon->setPixmap(ResultText::outOfDateIcon().pixmap(16, 16));
        m_form->addRow(icon, marker);
    }
    if (e.written.isValid())
        addRow(tr("Solved:"), QLocale().toString(e.written, QLocale::LongFormat));
    if (e.summary) {
        addSummary(*e.summary);
    } else if (e.error) {
        auto* error = selectableLabel(ResultText::error(*e.error), m_content);
        error->setObjectName(QStringLiteral("ResultError"));
        m_form->addRow(error);
    }
    addRow(tr("Folder:"), QDir::toNativeSeparators(e.dir), QStringLiteral("ResultFolder"));
}

void ResultSummaryView::addSummary(const sim::ResultSummary& s) {
    const QLocale locale;
    const sim::UnitSystem system = Preferences::unitSystem();
    addRow(tr("Status:"), ResultText::status(s.status), QStringLiteral("ResultStatus"));
    if (!s.errorMessage.empty()) addRow(tr("Error:"), QString::fromStdString(s.errorMessage));
    addRow(tr("Analysis:"), StudyText::analysisName(s.analysis));
    if (s.backend == "cuda")
        addRow(tr("Backend:"), tr("GPU"));
    else if (s.backend == "cpu")
        addRow(tr("Backend:"), tr("CPU"));
    if (s.voxels > 0) {
        addRow(tr("Voxels:"), locale.toString(qulonglong(s.voxels)));
        addRow(tr("Voxel size:"),
               formatQuantity(s.voxelSize, sim::Quantity::Length, locale, system, kDigits));
        addRow(tr("Unknowns:"), locale.toString(qulonglong(s.dofs)));
        addRow(tr("Iterations:"), locale.toString(s.iterations));
        addRow(tr("Relative residual:"), locale.toString(s.relativeResidual, 'e', 2));
    }
    if (s.totalSeconds > 0)
        addRow(tr("Solve time:"), JobsModel::durationText(qint64(s.totalSeconds * 1000)));

    if (!s.max.empty() || !s.min.empty()) addHeading(tr("Extremes"));
    if (const sim::AnalysisKind* kind = sim::findAnalysis(s.analysis))
        for (const sim::FieldSpec& f : kind->fields) {
            const QString field = StudyText::fieldName(f.name);
            const QString key = QString::fromStdString(f.name);
            for (const bool maximum : {true, false}) {
                const sim::FieldExtreme* e = maximum ? s.maximum(f.name) : s.minimum(f.name);
                if (!e) continue;
                const QString value =
                    ResultText::value(s, f.name, {e->value}, system, locale, kDigits);
                const QString at = ResultText::point(e->at, system, locale, kDigits);
                addRow(maximum ? tr("%1, maximum:").arg(field) : tr("%1, minimum:").arg(field),
                       tr("%1 at %2").arg(value, at),
                       (maximum ? QStringLiteral("Max_") : QStringLiteral("Min_")) + key);
            }
        }

    for (std::size_t i = 0; i < s.probes.size(); ++i) {
        const sim::ProbeResult& probe = s.probes[i];
        addHeading(tr("%1 at %2")
                       .arg(ResultText::probeName(probe, int(i)),
                            ResultText::point(probe.point, system, locale, kDigits)));
        for (const auto& [field, values] : probe.values)
            addRow(tr("%1:").arg(StudyText::fieldName(field)),
                   ResultText::value(s, field, values, system, locale, kDigits),
                   QStringLiteral("Probe_%1_%2").arg(i).arg(QString::fromStdString(field)));
    }

    for (std::size_t i = 0; i < s.reactions.size(); ++i) {
        const sim::SupportReaction& reaction = s.reactions[i];
        addHeading(ResultText::reactionTitle(reaction));
        for (const ResultText::ReactionValue& v :
             ResultText::reactionValues(s, reaction, system, locale, kDigits))
            addRow(tr("%1:").arg(v.label), v.value,
                   QStringLiteral("Reaction_%1_%2").arg(i).arg(v.key));
    }
}

} // namespace wb::app
