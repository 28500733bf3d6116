#include "assembly_tree_model.h"

#include <QLocale>

#include <algorithm>

#include <functional>

namespace wb::app {

AssemblyTreeModel::AssemblyTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void AssemblyTreeModel::setAssembly(std::shared_ptr<const core::Assembly> assembly) {
    beginResetModel();
    m_assembly = std::move(assembly);
    const std::size_t n = m_assembly ? m_assembly->nodes().size() : 0;
    m_hidden.assign(n, false);
    m_triangles = m_assembly ? m_assembly->subtreeTotals().triangles : std::vector<std::size_t>{};
    endResetModel();
    emit visibilityChanged();
}

QModelIndex AssemblyTreeModel::indexForNode(int node, int column) const {
    if (!m_assembly || node <= 0 || node >= static_cast<int>(m_assembly->nodes().size())) return {};
    const core::Node& nd = m_assembly->node(node);
    const auto& siblings = m_assembly->node(nd.parent).children;
    const auto it = std::find(siblings.begin(), siblings.end(), node);
    return createIndex(static_cast<int>(it - siblings.begin()), column, quintptr(node));
}

int AssemblyTreeModel::nodeForIndex(const QModelIndex& index) const {
    return index.isValid() ? static_cast<int>(index.internalId()) : 0;
}

QModelIndex AssemblyTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!m_assembly || row < 0 || column < 0 || column >= ColumnCount) return {};
    const auto& children = m_assembly->node(nodeForIndex(parent)).children;
    if (row >= static_cast<int>(children.size())) return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex AssemblyTreeModel::parent(const QModelIndex& child) const {
    if (!m_assembly || !child.isValid()) return {};
    return indexForNode(m_assembly->node(nodeForIndex(child)).parent);
}

int AssemblyTreeModel::rowCount(const QModelIndex& parent) const {
    if (!m_assembly || parent.column() > 0) return 0;
    return static_cast<int>(m_assembly->node(nodeForIndex(parent)).children.size());
}

int AssemblyTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant AssemblyTreeModel::data(const QModelIndex& index, int role) const {
    if (!m_assembly || !index.isValid()) return {};
    const int node = nodeForIndex(index);
    const core::Node& nd = m_assembly->node(node);
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return nd.name.empty() ? tr("(unnamed)") : QString::fromStdString(nd.name);
        if (role == Qt::CheckStateRole) return m_hidden[node] ? Qt::Unchecked : Qt::Checked;
    } else if (index.column() == TrianglesColumn && role == Qt::DisplayRole) {
        return QLocale().toString(static_cast<qulonglong>(m_triangles[node]));
    } else if (index.column() == TrianglesColumn && role == Qt::TextAlignmentRole) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool AssemblyTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole) return false;
    setHidden(nodeForIndex(index), value.toInt() != Qt::Checked);
    return true;
}

Qt::ItemFlags AssemblyTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AssemblyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Name") : tr("Triangles");
}

void AssemblyTreeModel::setHidden(int node, bool hidden) {
    if (node <= 0 || node >= static_cast<int>(m_hidden.size()) || m_hidden[node] == hidden) return;
    m_hidden[node] = hidden;
    const QModelIndex idx = indexForNode(node);
    emit dataChanged(idx, idx, {Qt::CheckStateRole});
    emit visibilityChanged();
}

void AssemblyTreeModel::isolate(int node) {
    if (!m_assembly || node <= 0) return;
    std::vector<bool> keep(m_hidden.size(), false);
    std::function<void(int)> markSubtree = [&](int n) {
        keep[n] = true;
        for (int c : m_assembly->node(n).children)
            markSubtree(c);
    };
    markSubtree(node);
    for (int p = m_assembly->node(node).parent; p >= 0; p = m_assembly->node(p).parent)
        keep[p] = true;
    // Hide the top-most nodes outside the kept set; their subtrees follow.
    for (std::size_t i = 1; i < m_hidden.size(); ++i) {
        const int parent = m_assembly->node(static_cast<int>(i)).parent;
        m_hidden[i] = !keep[i] && keep[parent];
    }
    notifyAllChecks();
}

void AssemblyTreeModel::showAll() {
    std::fill(m_hidden.begin(), m_hidden.end(), false);
    notifyAllChecks();
}

void AssemblyTreeModel::notifyAllChecks() {
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0) return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {Qt::CheckStateRole});
        for (int r = 0; r < rows; ++r)
            walk(index(r, 0, parent));
    };
    walk({});
    emit visibilityChanged();
}

} // namespace wb::app
