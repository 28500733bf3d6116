#include "probe_table.h"

#include "preferences.h"
#include "quantity_format.h"
#include "result_legend.h"

#include "core/model/atomic_file.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb::app {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kDigits = 6;
} // namespace

ProbeTable::ProbeTable(QObject* parent) : QAbstractTableModel(parent) {
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            [this] {
                emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
                if (rowCount() > 0)
                    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            });
}

void ProbeTable::setResult(std::shared_ptr<const sim::SolveResult> result) {
    beginResetModel();
    m_result = std::move(result);
    m_views = m_result ? sim::scalarViews(*m_result) : std::vector<sim::ScalarView>{};
    computeValues();
    endResetModel();
}

std::vector<double> ProbeTable::valuesAt(const sim::Point3& point) const {
    return m_result ? sim::probeValues(*m_result, m_views, point) : std::vector<double>{};
}

void ProbeTable::computeValues() {
    m_values.clear();
    m_displacements.clear();
    for (const sim::PinnedProbe& p : m_probes) {
        m_values.push_back(valuesAt(p.point));
        const auto u = m_result ? sim::sampleFieldAt(*m_result, "displacement", p.point)
                                : std::vector<double>{};
        m_displacements.push_back(u.size() == 3 ? sim::Point3{u[0], u[1], u[2]} : sim::Point3{});
    }
}

void ProbeTable::setProbes(std::vector<sim::PinnedProbe> probes) {
    if (probes == m_probes) return;
    beginResetModel();
    m_probes = std::move(probes);
    computeValues();
    endResetModel();
    emit probesChanged();
}

int ProbeTable::add(const sim::Point3& point, const QString& name) {
    QString chosen = name;
    for (int n = 1; chosen.isEmpty(); ++n) {
        const std::string candidate = tr("Probe %1").arg(n).toStdString();
        if (std::none_of(m_probes.begin(), m_probes.end(),
                         [&](const sim::PinnedProbe& p) { return p.name == candidate; }))
            chosen = QString::fromStdString(candidate);
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_probes.push_back({chosen.toStdString(), point});
    computeValues();
    endInsertRows();
    emit probesChanged();
    return row;
}

void ProbeTable::remove(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    m_probes.erase(m_probes.begin() + row);
    m_values.erase(m_values.begin() + row);
    m_displacements.erase(m_displacements.begin() + row);
    endRemoveRows();
    emit probesChanged();
}

bool ProbeTable::rename(int row, const QString& name) {
    const QString trimmed = name.trimmed();
    if (row < 0 || row >= rowCount() || trimmed.isEmpty()) return false;
    if (m_probes[std::size_t(row)].name == trimmed.toStdString()) return true;
    m_probes[std::size_t(row)].name = trimmed.toStdString();
    emit dataChanged(index(row, NameColumn), index(row, NameColumn));
    emit probesChanged();
    return true;
}

double ProbeTable::value(int row, const QString& viewId) const {
    if (row < 0 || row >= rowCount()) return kNaN;
    for (std::size_t v = 0; v < m_views.size(); ++v)
        if (QString::fromStdString(m_views[v].id()) == viewId &&
            v < m_values[std::size_t(row)].size())
            return m_values[std::size_t(row)][v];
    return kNaN;
}

sim::Point3 ProbeTable::displacement(int row) const {
    return row >= 0 && row < int(m_displacements.size()) ? m_displacements[std::size_t(row)]
                                                         : sim::Point3{};
}

std::string ProbeTable::csv() const {
    return sim::probesCsv(m_probes, m_views, m_values);
}

bool ProbeTable::exportCsv(const QString& file, QString* error) const {
    const auto written = core::writeFileAtomically(file.toStdString(), csv());
    if (!written && error)
        *error = tr("The probes could not be written to %1.").arg(QDir::toNativeSeparators(file));
    return written.has_value();
}

QString ProbeTable::clipboardText() const {
    const QLocale locale;
    QStringList lines, header;
    for (int c = 0; c < columnCount(); ++c)
        header << columnTitle(c);
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        // Tabs and line breaks inside a name would break the table: spaces instead.
        QString name = QString::fromStdString(m_probes[std::size_t(r)].name);
        name.replace(QRegularExpression(QStringLiteral("[\\t\\r\\n]")), QStringLiteral(" "));
        QStringList cells{name};
        for (int c = XColumn; c < columnCount(); ++c) {
            const double v = displayValue(r, c);
            cells << (std::isfinite(v) ? formatNumber(v, locale, kDigits) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ProbeTable::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_probes.size());
}

int ProbeTable::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstViewColumn + int(m_views.size());
}

QString ProbeTable::columnTitle(int column) const {
    const sim::UnitSystem system = Preferences::unitSystem();
    QString name, unit;
    switch (column) {
    case NameColumn:
        return tr("Name");
    case XColumn:
        name = tr("X");
        break;
    case YColumn:
        name = tr("Y");
        break;
    case ZColumn:
        name = tr("Z");
        break;
    default:
        break;
    }
    if (column < FirstViewColumn) {
        unit = unitSymbol(sim::Quantity::Length, system);
    } else {
        const sim::ScalarView& view = m_views[std::size_t(column - FirstViewColumn)];
        name = ResultLegend::viewName(view);
        unit = unitSymbol(view.quantity, system);
    }
    return unit.isEmpty() ? name : tr("%1 [%2]").arg(name, unit);
}

double ProbeTable::displayValue(int row, int column) const {
    const sim::UnitSystem system = Preferences::unitSystem();
    if (column >= XColumn && column <= ZColumn)
        return sim::fromSi(m_probes[std::size_t(row)].point[std::size_t(column - XColumn)],
                           sim::Quantity::Length, system);
    const std::size_t v = std::size_t(column - FirstViewColumn);
    const auto& values = m_values[std::size_t(row)];
    if (v >= values.size() || !std::isfinite(values[v])) return kNaN;
    return sim::fromSi(values[v], m_views[v].quantity, system);
}

QVariant ProbeTable::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const int row = index.row(), column = index.column();
    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(m_probes[std::size_t(row)].name);
        return {};
    }
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column >= FirstViewColumn && !m_result)
        return tr("No result is shown.");
    if (role != Qt::DisplayRole) return {};
    const double v = displayValue(row, column);
    if (!std::isfinite(v)) return column >= FirstViewColumn ? tr("off the model") : QString();
    return formatNumber(v, QLocale(), kDigits);
}

bool ProbeTable::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != NameColumn || role != Qt::EditRole) return false;
    return rename(index.row(), value.toString());
}

Qt::ItemFlags ProbeTable::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn) f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProbeTable::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section < 0 || section >= columnCount()) return {};
    return columnTitle(section);
}

} // namespace wb::app
