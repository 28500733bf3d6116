#include "study_tree_model.h"

#include "preferences.h"
#include "project_results.h"
#include "study_commands.h"
#include "study_text.h"

#include "core/sim/material.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QUndoStack>

namespace wb::app {

using Kind = StudyItemRef::Kind;

namespace {
constexpr Kind kGroups[] = {Kind::Analysis, Kind::Materials, Kind::Supports, Kind::Loads,
                            Kind::Mesh,     Kind::Probes,    Kind::Service,  Kind::Results};
constexpr int kGroupCount = int(std::size(kGroups));
constexpr int kResultsGroup = kGroupCount - 1;

// Internal ids: 0 a group; g + 1 an item of group g (a result, in the Results group);
// kRowTag | r a row of result r; kValueTag | r << 24 | row a value of that row (a probe's).
static_assert(sizeof(quintptr) == 8, "the node ids need 64 bits");
constexpr quintptr kRowTag = quintptr(1) << 56;
constexpr quintptr kValueTag = quintptr(2) << 56;
constexpr quintptr kTagMask = quintptr(0xff) << 56;
constexpr quintptr kLow24 = (quintptr(1) << 24) - 1;

bool isList(Kind k) {
    return k == Kind::Materials || k == Kind::Supports || k == Kind::Loads || k == Kind::Probes;
}
} // namespace

StudyTreeModel::StudyTreeModel(StudyEditor* editor, QObject* parent)
    : QAbstractItemModel(parent), m_editor(editor) {
    connect(editor, &StudyEditor::changed, this, &StudyTreeModel::refresh);
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            &StudyTreeModel::refresh);
}

void StudyTreeModel::setServiceLabel(const QString& label) {
    m_service = label;
    const QModelIndex i = indexOf({Kind::Service, -1});
    emit dataChanged(i, i);
}

void StudyTreeModel::setResults(ProjectResults* results) {
    if (m_results) m_results->disconnect(this);
    m_results = results;
    if (results) {
        connect(results, &ProjectResults::changed, this, &StudyTreeModel::refresh);
        connect(results, &ProjectResults::outOfDateChanged, this,
                &StudyTreeModel::updateOutOfDate);
    }
    refresh();
}

void StudyTreeModel::refresh() {
    // The tree's shape changes only with the list sizes; a reset keeps it simple and the
    // view restores its selection from StudyDock.
    beginResetModel();
    buildResults();
    endResetModel();
}

int StudyTreeModel::itemCount(Kind kind) const {
    const sim::Study& s = m_editor->study();
    switch (kind) {
    case Kind::Materials: return int(s.materials.size());
    case Kind::Supports: return int(s.supports.size());
    case Kind::Loads: return int(s.loads.size());
    case Kind::Probes: return int(s.probes.size());
    case Kind::Results: return int(m_resultNodes.size());
    default: return 0;
    }
}

StudyItemRef StudyTreeModel::itemAt(const QModelIndex& index) const {
    if (!index.isValid()) return {};
    const quintptr id = index.internalId();
    if (id == 0) return {kGroups[index.row()], -1};
    if ((id & kTagMask) != 0 || kGroups[id - 1] == Kind::Results) return {Kind::Results, -1};
    return {kGroups[id - 1], index.row()};
}

QModelIndex StudyTreeModel::indexOf(StudyItemRef item) const {
    for (int g = 0; g < kGroupCount; ++g) {
        if (kGroups[g] != item.kind) continue;
        if (item.index < 0) return createIndex(g, 0, quintptr(0));
        if (item.index < itemCount(item.kind)) return createIndex(item.index, 0, quintptr(g + 1));
    }
    return {};
}

StudyTreeModel::ResultPos StudyTreeModel::resultPos(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0) return {};
    const quintptr id = index.internalId();
    const quintptr tag = id & kTagMask, rest = id & ~kTagMask;
    ResultPos p;
    if (tag == 0) {
        if (int(id - 1) != kResultsGroup) return {};
        p = {1, index.row(), -1, -1};
    } else if (tag == kRowTag) {
        p = {2, int(rest), index.row(), -1};
    } else if (tag == kValueTag) {
        p = {3, int(rest >> 24), int(rest & kLow24), index.row()};
    } else {
        return {};
    }
    if (p.result < 0 || p.result >= int(m_resultNodes.size())) return {};
    const auto& rows = m_resultNodes[std::size_t(p.result)].rows;
    if (p.level >= 2 && (p.row < 0 || p.row >= int(rows.size()))) return {};
    if (p.level == 3 && (p.value < 0 || p.value >= int(rows[std::size_t(p.row)].values.size())))
        return {};
    return p;
}

QModelIndex StudyTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0) return {};
    if (!parent.isValid()) return row < kGroupCount ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() == 0) {
        if (row >= itemCount(kGroups[parent.row()])) return {};
        return createIndex(row, 0, quintptr(parent.row() + 1));
    }
    const ResultPos p = resultPos(parent);
    if (p.level == 1 && row < int(m_resultNodes[std::size_t(p.result)].rows.size()))
        return createIndex(row, 0, kRowTag | quintptr(p.result));
    if (p.level == 2 &&
        row < int(m_resultNodes[std::size_t(p.result)].rows[std::size_t(p.row)].values.size()))
        return createIndex(row, 0, kValueTag | quintptr(p.result) << 24 | quintptr(p.row));
    return {};
}

QModelIndex StudyTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0) return {};
    const quintptr id = child.internalId();
    const quintptr tag = id & kTagMask, rest = id & ~kTagMask;
    if (tag == kRowTag) return createIndex(int(rest), 0, quintptr(kResultsGroup + 1));
    if (tag == kValueTag)
        return createIndex(int(rest & kLow24), 0, kRowTag | quintptr(rest >> 24));
    return createIndex(int(id - 1), 0, quintptr(0));
}

int StudyTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return kGroupCount;
    if (parent.internalId() == 0) return itemCount(kGroups[parent.row()]);
    const ResultPos p = resultPos(parent);
    if (p.level == 1) return int(m_resultNodes[std::size_t(p.result)].rows.size());
    if (p.level == 2)
        return int(m_resultNodes[std::size_t(p.result)].rows[std::size_t(p.row)].values.size());
    return 0;
}

int StudyTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QString StudyTreeModel::groupText(Kind kind) const {
    const sim::Study& s = m_editor->study();
    switch (kind) {
    case Kind::Analysis: return tr("Analysis: %1").arg(StudyText::analysisName(s.analysis));
    case Kind::Materials: return tr("Materials");
    case Kind::Supports: return tr("Supports");
    case Kind::Loads: return tr("Loads");
    case Kind::Mesh:
        if (s.voxelSize)
            return tr("Mesh: voxel size %1 mm")
                .arg(QLocale().toString(*s.voxelSize * 1e3, 'g', 4));
        return tr("Mesh: %1 voxels")
            .arg(QLocale().toString(qlonglong(s.targetVoxels.value_or(0))));
    case Kind::Probes: return tr("Probes");
    case Kind::Service:
        return tr("Service: %1").arg(m_service.isEmpty() ? tr("this computer") : m_service);
    case Kind::Results: return tr("Results");
    default: return {};
    }
}

QString StudyTreeModel::itemText(StudyItemRef item) const {
    const sim::Study& s = m_editor->study();
    const auto i = std::size_t(item.index);
    switch (item.kind) {
    case Kind::Materials: {
        const sim::MaterialAssignment& m = s.materials[i];
        QString name;
        if (m.inlineMaterial)
            name = QString::fromStdString(m.inlineMaterial->name);
        else if (auto lib = sim::libraryMaterial(m.libraryId))
            name = QString::fromStdString(lib->name);
        else
            name = QString::fromStdString(m.libraryId);
        return tr("%1 on %2").arg(name, QString::fromStdString(m.parts));
    }
    case Kind::Supports:
    case Kind::Loads: {
        const sim::Condition& c = item.kind == Kind::Supports ? s.supports[i] : s.loads[i];
        const QString name = StudyText::conditionName(c);
        return c.suppressed ? tr("%1 (suppressed)").arg(name) : name;
    }
    case Kind::Probes: {
        const sim::Probe& p = s.probes[i];
        const QString name = p.name.empty() ? tr("Probe %1").arg(item.index + 1)
                                            : QString::fromStdString(p.name);
        return p.suppressed ? tr("%1 (suppressed)").arg(name) : name;
    }
    default: return {};
    }
}

bool StudyTreeModel::hasError(StudyItemRef item) const {
    for (const sim::StudyProblem& p : m_editor->problems()) {
        if (p.severity != sim::StudyProblem::Severity::Error) continue;
        const StudyItemRef at = itemForPath(p.item);
        if (at == item || (item.index < 0 && at.kind == item.kind && at.index < 0)) return true;
    }
    return false;
}

QVariant StudyTreeModel::data(const QModelIndex& index, int role) const {
    if (const ResultPos pos = resultPos(index); pos.level > 0) return resultData(pos, role);
    const StudyItemRef item = itemAt(index);
    if (item.kind == Kind::None) return {};
    switch (role) {
    case Qt::DisplayRole:
        return item.isListItem() ? itemText(item) : groupText(item.kind);
    case Qt::EditRole:
        if (item.kind == Kind::Supports || item.kind == Kind::Loads) {
            const auto& list =
                item.kind == Kind::Supports ? m_editor->study().supports : m_editor->study().loads;
            return StudyText::conditionName(list[std::size_t(item.index)]);
        }
        if (item.kind == Kind::Probes)
            return QString::fromStdString(m_editor->study().probes[std::size_t(item.index)].name);
        return {};
    case Qt::DecorationRole:
        if (hasError(item))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole: {
        const sim::Study& s = m_editor->study();
        bool suppressed = false;
        const auto i = std::size_t(item.index);
        if (item.kind == Kind::Supports && item.isListItem()) suppressed = s.supports[i].suppressed;
        if (item.kind == Kind::Loads && item.isListItem()) suppressed = s.loads[i].suppressed;
        if (item.kind == Kind::Probes && item.isListItem()) suppressed = s.probes[i].suppressed;
        if (!suppressed) return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    case Qt::ForegroundRole: {
        if (!item.isListItem() || !isList(item.kind)) return {};
        const QFont f = data(index, Qt::FontRole).value<QFont>();
        if (!f.italic()) return {};
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    default: return {};
    }
}

bool StudyTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || resultPos(index).level > 0) return false;
    const StudyItemRef item = itemAt(index);
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == data(index, Qt::EditRole).toString()) return false;
    m_editor->undoStack()->push(new RenameItemCommand(m_editor, item, name.toStdString()));
    return true;
}

Qt::ItemFlags StudyTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return {};
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const StudyItemRef item = itemAt(index);
    if (item.isListItem() && item.kind != Kind::Materials) f |= Qt::ItemIsEditable;
    return f;
}

} // namespace wb::app
