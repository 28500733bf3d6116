#include "result_text.h"

#include "error_text.h"
#include "quantity_format.h"
#include "study_text.h"

#include "core/sim/analysis.h"

#include <QDir>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace wb::app {

namespace {

QString arg(const core::Error& e, std::size_t i) {
    return i < e.args.size() ? QString::fromStdString(e.args[i]) : QString();
}

/// The quantity the result's analysis declares for `field` (dimensionless when unknown).
sim::Quantity quantityOf(const sim::ResultSummary& summary, const std::string& field) {
    const sim::AnalysisKind* kind = sim::findAnalysis(summary.analysis);
    const sim::FieldSpec* spec = kind ? kind->field(field) : nullptr;
    return spec ? spec->quantity : sim::Quantity::Dimensionless;
}

/// Between the numbers of a tuple: ", ", or "; " where the decimal separator is a comma.
QString tupleSeparator(const QLocale& locale) {
    return locale.decimalPoint() == QLatin1String(",") ? QStringLiteral("; ")
                                                       : QStringLiteral(", ");
}

/// "(a, b, c) unit" of values in `q`'s display unit.
QString tuple(const double* values, std::size_t n, sim::Quantity q, sim::UnitSystem system,
              const QLocale& locale, int digits) {
    QStringList parts;
    for (std::size_t i = 0; i < n; ++i)
        parts << formatNumber(sim::fromSi(values[i], q, system), locale, digits);
    const QString unit = unitSymbol(q, system);
    const QString text = QLatin1Char('(') + parts.join(tupleSeparator(locale)) + QLatin1Char(')');
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

} // namespace

sim::Point3 ResultText::withoutResidue(const sim::Point3& v) {
    const double size = std::max({std::abs(v[0]), std::abs(v[1]), std::abs(v[2])});
    sim::Point3 out = v;
    for (double& c : out)
        if (std::abs(c) < kResidue * size) c = 0;
    return out;
}

QString ResultText::extreme(const sim::ResultSummary& summary, const sim::FieldExtreme& e,
                            bool maximum, sim::UnitSystem system, const QLocale& locale,
                            int digits) {
    const QString value =
        formatQuantity(e.value, quantityOf(summary, e.field), locale, system, digits);
    const QString at = point(e.at, system, locale, digits);
    const QString field = StudyText::fieldName(e.field);
    return maximum ? tr("%1, maximum: %2 at %3").arg(field, value, at)
                   : tr("%1, minimum: %2 at %3").arg(field, value, at);
}

QString ResultText::value(const sim::ResultSummary& summary, const std::string& field,
                          const std::vector<double>& values, sim::UnitSystem system,
                          const QLocale& locale, int digits) {
    const sim::Quantity q = quantityOf(summary, field);
    if (values.size() == 1) return formatQuantity(values.front(), q, locale, system, digits);
    return tuple(values.data(), values.size(), q, system, locale, digits);
}

QString ResultText::probeValue(const sim::ResultSummary& summary, const std::string& field,
                               const std::vector<double>& values, sim::UnitSystem system,
                               const QLocale& locale, int digits) {
    return tr("%1: %2").arg(StudyText::fieldName(field),
                            value(summary, field, values, system, locale, digits));
}

QString ResultText::reactionTitle(const sim::SupportReaction& reaction) {
    const QString support = reaction.name.empty() ? StudyText::conditionTypeName(reaction.type)
                                                  : QString::fromStdString(reaction.name);
    return tr("Reaction at %1").arg(support);
}

std::vector<ResultText::ReactionValue>
ResultText::reactionValues(const sim::ResultSummary& summary, const sim::SupportReaction& r,
                           sim::UnitSystem system, const QLocale& locale, int digits) {
    std::vector<ReactionValue> out;
    const sim::AnalysisKind* kind = sim::findAnalysis(summary.analysis);
    if (kind && kind->op == sim::OperatorKind::Conduction) {
        if (std::isfinite(r.heatFlow))
            out.push_back(
                {tr("Heat flow into the body"),
                 formatQuantity(r.heatFlow, sim::Quantity::HeatFlow, locale, system, digits),
                 QStringLiteral("heat_flow")});
        return out;
    }
    auto add = [&](const QString& label, sim::Point3 v, sim::Quantity q, const char* key) {
        if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2])) return;
        v = withoutResidue(v);
        out.push_back(
            {label, tuple(v.data(), 3, q, system, locale, digits), QString::fromLatin1(key)});
    };
    add(tr("Force"), r.force, sim::Quantity::Force, "force");
    add(tr("Moment"), r.moment, sim::Quantity::Moment, "moment");
    return out;
}

QString ResultText::probeName(const sim::ProbeResult& probe, int index) {
    return probe.name.empty() ? tr("Probe %1").arg(index + 1) : QString::fromStdString(probe.name);
}

QString ResultText::point(const sim::Point3& p, sim::UnitSystem system, const QLocale& locale,
                          int digits) {
    return tuple(p.data(), p.size(), sim::Quantity::Length, system, locale, digits);
}

QString ResultText::status(const std::string& status) {
    if (status == "converged") return tr("Converged");
    if (status == "not_converged") return tr("Not converged");
    if (status == "cancelled") return tr("Cancelled");
    if (status == "failed") return tr("Failed");
    return QString::fromStdString(status);
}

QString ResultText::error(const core::Error& e) {
    const QString file = QDir::toNativeSeparators(arg(e, 0));
    if (e.id == "result.missing")
        return tr("The result summary %1 is missing. The result folder may have been moved or "
                  "deleted.")
            .arg(file);
    if (e.id == "result.invalid")
        return tr("The result summary %1 is damaged (at %2: %3).").arg(file, arg(e, 1), arg(e, 2));
    if (e.id == "result.newer_version")
        return tr("The result summary %1 was written by a newer version of Werkbank (format "
                  "version %2).")
            .arg(file, arg(e, 1));
    if (e.id == "io.file_too_large")
        return tr("The result summary %1 is too large (%2 bytes) to be one.").arg(file, arg(e, 1));
    return ErrorText::message(e);
}

QString ResultText::outOfDateToolTip() {
    return tr("Out of date: the study has changed since this solve.");
}

QString ResultText::outOfDate() {
    return tr("out of date");
}

QIcon ResultText::outOfDateIcon() {
    return QIcon(QStringLiteral(":/icons/out_of_date.svg"));
}

} // namespace wb::app
