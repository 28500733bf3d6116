#include "study_dock.h"

#include "study_commands.h"
#include "study_property_panel.h"
#include "study_text.h"
#include "study_tree_model.h"

#include "core/sim/analysis.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wb::app {

using Kind = StudyItemRef::Kind;

StudyDock::StudyDock(StudyEditor* editor, QWidget* parent)
    : QDockWidget(parent), m_editor(editor) {
    setObjectName(QStringLiteral("StudyDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QToolBar(body);
    bar->setObjectName(QStringLiteral("StudyToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_supportMenu = new QMenu(this);
    m_loadMenu = new QMenu(this);
    m_addSupport = new QToolButton(bar);
    m_addSupport->setObjectName(QStringLiteral("AddSupport"));
    m_addSupport->setPopupMode(QToolButton::InstantPopup);
    m_addSupport->setMenu(m_supportMenu);
    m_addLoad = new QToolButton(bar);
    m_addLoad->setObjectName(QStringLiteral("AddLoad"));
    m_addLoad->setPopupMode(QToolButton::InstantPopup);
    m_addLoad->setMenu(m_loadMenu);
    bar->addWidget(m_addSupport);
    bar->addWidget(m_addLoad);
    m_addMaterial = bar->addAction(QString());
    m_addProbe = bar->addAction(QString());
    bar->addSeparator();
    m_duplicate = bar->addAction(QString());
    m_suppress = bar->addAction(QString());
    m_suppress->setCheckable(true);
    m_delete = bar->addAction(QString());
    m_rename = new QAction(this);
    for (QAction* a : {m_delete, m_duplicate, m_rename, m_suppress})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    layout->addWidget(bar);

    m_model = new StudyTreeModel(editor, this);
    m_tree = new QTreeView(body);
    m_tree->setObjectName(QStringLiteral("StudyTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->addAction(m_rename);
    m_tree->addAction(m_delete);
    m_tree->addAction(m_duplicate);
    m_tree->addAction(m_suppress);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_panel = new StudyPropertyPanel(editor, body);
    auto* scroll = new QScrollArea(body);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_panel);
    m_problems = new QListWidget(body);
    m_problems->setObjectName(QStringLiteral("StudyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(110);

    auto* split = new QSplitter(Qt::Vertical, body);
    split->addWidget(m_tree);
    split->addWidget(scroll);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        selectItem(m_selected);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_selected = m_model->itemAt(current);
                m_panel->showItem(m_selected);
                updateActions();
            });
    connect(editor, &StudyEditor::changed, this, [this] {
        refreshProblems();
        updateActions();
    });
    connect(editor, &StudyEditor::problemsChanged, this, &StudyDock::refreshProblems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* it) {
        selectItem(itemForPath(it->data(Qt::UserRole).toString().toStdString()));
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem* it) {
        selectItem(itemForPath(it->data(Qt::UserRole).toString().toStdString()));
    });
    connect(m_addMaterial, &QAction::triggered, this, [this] {
        m_editor->undoStack()->push(
            new AddMaterialCommand(m_editor, {"*", "structural_steel", {}}));
        selectItem({Kind::Materials, int(m_editor->study().materials.size()) - 1});
    });
    connect(m_addProbe, &QAction::triggered, this, [this] {
        sim::Probe p;
        p.name = newName(tr("Probe")).toStdString();
        m_editor->undoStack()->push(new AddProbeCommand(m_editor, p));
        selectItem({Kind::Probes, int(m_editor->study().probes.size()) - 1});
    });
    connect(m_delete, &QAction::triggered, this, &StudyDock::deleteCurrent);
    connect(m_duplicate, &QAction::triggered, this, &StudyDock::duplicateCurrent);
    connect(m_rename, &QAction::triggered, this, &StudyDock::renameCurrent);
    connect(m_suppress, &QAction::triggered, this, &StudyDock::toggleSuppressCurrent);
    connect(m_panel, &StudyPropertyPanel::useSelectedFacesRequested, this,
            &StudyDock::useSelectedFaces);
    connect(m_panel, &StudyPropertyPanel::useSelectedPartsRequested, this,
            &StudyDock::useSelectedParts);
    connect(m_panel, &StudyPropertyPanel::browseMaterialRequested, this,
            &StudyDock::browseMaterialRequested);
    connect(m_panel, &StudyPropertyPanel::showFacesRequested, this, [this](StudyItemRef item) {
        const auto& list = item.kind == Kind::Supports ? m_editor->study().supports
                                                       : m_editor->study().loads;
        if (item.index < 0 || item.index >= int(list.size())) return;
        const auto& c = list[std::size_t(item.index)];
        if (c.select)
            if (const auto* f = std::get_if<std::vector<sim::FaceRef>>(&c.select->value))
                emit showFaces(*f);
    });
    retranslate();
    m_tree->expandAll();
    refreshProblems();
    updateActions();
}

void StudyDock::setFaceSelectionProvider(std::function<std::vector<sim::FaceRef>()> provider) {
    m_faces = std::move(provider);
}

void StudyDock::setPartSelectionProvider(std::function<std::vector<std::string>()> provider) {
    m_parts = std::move(provider);
}

void StudyDock::setServiceLabel(const QString& label) {
    m_model->setServiceLabel(label);
}

void StudyDock::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QDockWidget::changeEvent(e);
}

void StudyDock::retranslate() {
    setWindowTitle(tr("Study"));
    m_addSupport->setText(tr("+ Suppor&t"));
    m_addSupport->setToolTip(tr("Add a support on the selected faces"));
    m_addLoad->setText(tr("+ &Load"));
    m_addLoad->setToolTip(tr("Add a load on the selected faces"));
    m_addMaterial->setText(tr("+ &Material"));
    m_addMaterial->setToolTip(tr("Add a material assignment"));
    m_addProbe->setText(tr("+ Pro&be"));
    m_addProbe->setToolTip(tr("Add a probe point"));
    m_delete->setText(tr("&Delete"));
    m_duplicate->setText(tr("D&uplicate"));
    m_rename->setText(tr("&Rename"));
    m_suppress->setText(tr("Su&ppress"));
    rebuildAddMenus();
    m_model->refresh();
    refreshProblems();
}

void StudyDock::rebuildAddMenus() {
    m_supportMenu->clear();
    m_loadMenu->clear();
    const sim::AnalysisKind* kind = sim::findAnalysis(m_editor->study().analysis);
    if (!kind) return;
    for (const sim::ConditionKind& c : kind->supports) {
        QAction* a = m_supportMenu->addAction(StudyText::conditionTypeName(c.type));
        a->setObjectName(QString::fromStdString("AddSupport_" + c.type));
        connect(a, &QAction::triggered, this, [this, t = c.type] { addCondition(Kind::Supports, t); });
    }
    for (const sim::ConditionKind& c : kind->loads) {
        QAction* a = m_loadMenu->addAction(StudyText::conditionTypeName(c.type));
        a->setObjectName(QString::fromStdString("AddLoad_" + c.type));
        connect(a, &QAction::triggered, this, [this, t = c.type] { addCondition(Kind::Loads, t); });
    }
}

QString StudyDock::newName(const QString& base) const {
    const sim::Study& s = m_editor->study();
    for (int n = 1;; ++n) {
        const std::string candidate = tr("%1 %2").arg(base).arg(n).toStdString();
        bool used = false;
        for (const auto* list : {&s.supports, &s.loads})
            for (const auto& c : *list)
                used = used || c.name == candidate;
        for (const auto& p : s.probes)
            used = used || p.name == candidate;
        if (!used) return QString::fromStdString(candidate);
    }
}

StudyItemRef StudyDock::addCondition(Kind list, const std::string& type) {
    const sim::AnalysisKind* kind = sim::findAnalysis(m_editor->study().analysis);
    const sim::ConditionKind* ck =
        !kind ? nullptr : (list == Kind::Supports ? kind->support(type) : kind->load(type));
    if (!ck) return {};
    sim::Condition c;
    c.type = type;
    c.name = newName(StudyText::conditionTypeName(type)).toStdString();
    for (const sim::ParamSpec& p : ck->params) {
        if (p.shape == sim::ParamSpec::Shape::Scalar)
            c.setScalar(p.key, p.quantity == sim::Quantity::Temperature ? 293.15 : 0.0);
        else if (p.shape == sim::ParamSpec::Shape::Vector)
            c.setVector(p.key, {0, 0, 0});
        else if (!p.components.empty())
            c.params[p.key + "." + p.components.front()] = {0.0};
    }
    if (ck->select != sim::SelectRule::Forbidden) {
        std::vector<sim::FaceRef> faces = m_faces ? m_faces() : std::vector<sim::FaceRef>{};
        if (!faces.empty() || ck->select == sim::SelectRule::Required)
            c.select = sim::Selector{std::move(faces)};
    }
    m_editor->undoStack()->push(new AddConditionCommand(m_editor, list, c));
    const auto& items = list == Kind::Supports ? m_editor->study().supports : m_editor->study().loads;
    const StudyItemRef added{list, int(items.size()) - 1};
    selectItem(added);
    return added;
}

StudyItemRef StudyDock::currentItem() const {
    return m_model->itemAt(m_tree->currentIndex());
}

void StudyDock::selectItem(StudyItemRef item) {
    const QModelIndex index = m_model->indexOf(item);
    m_selected = item;
    if (index.isValid()) m_tree->setCurrentIndex(index);
    m_panel->showItem(m_model->itemAt(index));
    updateActions();
}

void StudyDock::deleteCurrent() {
    const StudyItemRef item = currentItem();
    if (!item.isListItem()) return;
    m_editor->undoStack()->push(new RemoveItemCommand(m_editor, item));
    selectItem({item.kind, -1});
}

void StudyDock::duplicateCurrent() {
    const StudyItemRef item = currentItem();
    if (!item.isListItem()) return;
    QString base = m_model->data(m_model->indexOf(item), Qt::EditRole).toString();
    if (base.isEmpty()) base = tr("Copy");
    m_editor->undoStack()->push(
        new DuplicateItemCommand(m_editor, item, newName(base).toStdString()));
    selectItem({item.kind, item.index + 1});
}

void StudyDock::renameCurrent() {
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid() && (m_model->flags(index) & Qt::ItemIsEditable)) m_tree->edit(index);
}

void StudyDock::toggleSuppressCurrent() {
    const StudyItemRef item = currentItem();
    const sim::Study& s = m_editor->study();
    const auto i = std::size_t(item.index);
    bool now = false;
    if (item.kind == Kind::Supports && i < s.supports.size()) now = s.supports[i].suppressed;
    else if (item.kind == Kind::Loads && i < s.loads.size()) now = s.loads[i].suppressed;
    else if (item.kind == Kind::Probes && i < s.probes.size()) now = s.probes[i].suppressed;
    else return;
    m_editor->undoStack()->push(new SuppressItemCommand(m_editor, item, !now));
}

void StudyDock::useSelectedFaces(StudyItemRef item) {
    if (!m_faces) return;
    m_editor->undoStack()->push(new SetFacesCommand(m_editor, item, m_faces()));
}

void StudyDock::useSelectedParts(int index) {
    if (!m_parts || index < 0 || index >= int(m_editor->study().materials.size())) return;
    const std::vector<std::string> parts = m_parts();
    if (parts.empty()) return;
    sim::MaterialAssignment m = m_editor->study().materials[std::size_t(index)];
    // One assignment names one pattern: several parts become one entry each.
    m.parts = parts.front();
    m_editor->undoStack()->beginMacro(tr("Assign material to parts"));
    m_editor->undoStack()->push(new SetMaterialCommand(m_editor, index, m));
    for (std::size_t i = 1; i < parts.size(); ++i) {
        sim::MaterialAssignment more = m;
        more.parts = parts[i];
        m_editor->undoStack()->push(new AddMaterialCommand(m_editor, more));
    }
    m_editor->undoStack()->endMacro();
}

void StudyDock::refreshProblems() {
    m_problems->clear();
    for (const sim::StudyProblem& p : m_editor->problems()) {
        auto* it = new QListWidgetItem(StudyText::problem(p), m_problems);
        it->setData(Qt::UserRole, QString::fromStdString(p.item));
        it->setIcon(style()->standardIcon(p.severity == sim::StudyProblem::Severity::Error
                                              ? QStyle::SP_MessageBoxCritical
                                              : QStyle::SP_MessageBoxWarning));
    }
    if (m_problems->count() == 0)
        new QListWidgetItem(tr("The study is ready to solve (F9)."), m_problems);
}

void StudyDock::updateActions() {
    const StudyItemRef item = currentItem();
    const bool listItem = item.isListItem();
    m_delete->setEnabled(listItem);
    m_duplicate->setEnabled(listItem);
    const bool suppressible = listItem && item.kind != Kind::Materials;
    m_suppress->setEnabled(suppressible);
    m_rename->setEnabled(suppressible);
    const sim::Study& s = m_editor->study();
    const auto i = std::size_t(item.index);
    bool suppressed = false;
    if (item.kind == Kind::Supports && i < s.supports.size()) suppressed = s.supports[i].suppressed;
    if (item.kind == Kind::Loads && i < s.loads.size()) suppressed = s.loads[i].suppressed;
    if (item.kind == Kind::Probes && i < s.probes.size()) suppressed = s.probes[i].suppressed;
    m_suppress->setChecked(suppressed);
    rebuildAddMenus();
}

} // namespace wb::app
