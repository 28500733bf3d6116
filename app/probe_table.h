#pragma once
/// The probes pinned on results: names and points (kept in the project), and every view of
/// the result shown at each of them, as a table for the Probes dock. Exports the table as RFC
/// 4180 CSV (SI units, '.' decimals) and as tab-separated text for the clipboard (the user's
/// locale and unit system). GUI thread only.

#include "core/sim/result_probe.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace wb::app {

class ProbeTable : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Columns: name, X, Y, Z (the point), then one per view of the result.
    enum Column { NameColumn, XColumn, YColumn, ZColumn, FirstViewColumn };

    explicit ProbeTable(QObject* parent = nullptr);

    /// The result the values are of (null: none; the probes stay, without values).
    void setResult(std::shared_ptr<const sim::SolveResult> result);
    const std::vector<sim::ScalarView>& views() const { return m_views; }

    const std::vector<sim::PinnedProbe>& probes() const { return m_probes; }
    /// Replaces every probe (a project opened); emits probesChanged() when they differ.
    void setProbes(std::vector<sim::PinnedProbe> probes);
    /// Pins a probe at `point` (metres, undeformed) named "Probe N" (the first free N); its
    /// row.
    int add(const sim::Point3& point, const QString& name = {});
    void remove(int row);
    /// An empty name is refused (false).
    bool rename(int row, const QString& name);

    /// The SI value of `viewId` ("von_mises", "displacement.x") at probe `row`; NaN when the
    /// result has no such view or the probe lies off the solid.
    double value(int row, const QString& viewId) const;
    /// The displacement (metres) at probe `row`, for drawing it on the deformed shape; zero
    /// without one.
    sim::Point3 displacement(int row) const;

    /// The table as RFC 4180 CSV: SI units in the header, '.' decimals, CRLF line ends.
    std::string csv() const;
    /// Writes csv() to `file` atomically; false with a translated `error`.
    bool exportCsv(const QString& file, QString* error = nullptr) const;
    /// The table as tab-separated text: translated headers with the unit system's units,
    /// numbers in the locale (decimal comma in German), one line per probe.
    QString clipboardText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// A probe was added, removed, renamed or the list replaced (what the project keeps).
    void probesChanged();

private:
    /// The column's title with its unit in the user's unit system.
    QString columnTitle(int column) const;
    /// Column `column` of row `row` in the unit system's unit, or NaN.
    double displayValue(int row, int column) const;
    void computeValues();
    std::vector<double> valuesAt(const sim::Point3& point) const;

    std::shared_ptr<const sim::SolveResult> m_result;
    std::vector<sim::ScalarView> m_views;
    std::vector<sim::PinnedProbe> m_probes;
    std::vector<std::vector<double>> m_values; ///< per probe, per view (SI)
    std::vector<sim::Point3> m_displacements;  ///< per probe
};

} // namespace wb::app
