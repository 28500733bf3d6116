#pragma once
/// Item model over the assembly tree: names, visibility check boxes, per-node statistics.

#include "core/model/assembly.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace wb::app {

/// One row per assembly node (the invisible root is not shown). The check box hides or shows
/// the node's subtree. GUI thread only.
class AssemblyTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TrianglesColumn, ColumnCount };
    explicit AssemblyTreeModel(QObject* parent = nullptr);

    void setAssembly(std::shared_ptr<const core::Assembly> assembly);
    std::shared_ptr<const core::Assembly> assembly() const { return m_assembly; }

    QModelIndex indexForNode(int node, int column = 0) const;
    int nodeForIndex(const QModelIndex& index) const;

    /// Per node: true when the node itself is unchecked (its subtree is then hidden).
    const std::vector<bool>& hiddenNodes() const { return m_hidden; }
    void setHidden(int node, bool hidden);
    /// Hides everything except `node`, its subtree and its ancestors.
    void isolate(int node);
    void showAll();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void visibilityChanged();

private:
    void notifyAllChecks();
    std::shared_ptr<const core::Assembly> m_assembly;
    std::vector<bool> m_hidden;
    std::vector<std::size_t> m_triangles; ///< per node, counting instances
};

} // namespace wb::app
