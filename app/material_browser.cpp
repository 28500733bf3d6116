#include "material_browser.h"

#include "error_text.h"
#include "material_editor.h"
#include "preferences.h"
#include "quantity_format.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb::app {

namespace {

constexpr int kIdRole = Qt::UserRole;         // material id; empty on a group
constexpr int kSearchRole = Qt::UserRole + 1; // folded text the search looks in

/// Case- and accent-insensitive form for searching ("Résine" -> "resine").
QString folded(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing) out += c;
    return out.toCaseFolded();
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

MaterialBrowser::MaterialBrowser(QWidget* parent, const QString& userLibraryFile)
    : QDialog(parent), m_file(QFile::encodeName(userLibraryFile.isEmpty() ? defaultUserLibraryFile()
                                                                          : userLibraryFile)
                                  .toStdString()) {
    setObjectName(QStringLiteral("materialBrowser"));
    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("materialSearch"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("materialTree"));
    m_tree->setColumnCount(2);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table = new QTableWidget(0, 3, splitter);
    m_table->setObjectName(QStringLiteral("materialProperties"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* row = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_duplicate = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newMaterial"));
    m_duplicate->setObjectName(QStringLiteral("duplicateMaterial"));
    m_edit->setObjectName(QStringLiteral("editMaterial"));
    m_delete->setObjectName(QStringLiteral("deleteMaterial"));
    for (QPushButton* b : {m_new, m_duplicate, m_edit, m_delete}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch(1);
    layout->addLayout(row);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("userLibraryError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &MaterialBrowser::applyFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        showProperties();
        updateButtons();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item->data(0, kIdRole).toString().isEmpty()) accept();
    });
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            &MaterialBrowser::showProperties);
    connect(m_new, &QPushButton::clicked, this, &MaterialBrowser::newMaterial);
    connect(m_duplicate, &QPushButton::clicked, this, &MaterialBrowser::duplicateMaterial);
    connect(m_edit, &QPushButton::clicked, this, &MaterialBrowser::editMaterial);
    connect(m_delete, &QPushButton::clicked, this, &MaterialBrowser::deleteMaterial);

    if (auto loaded = m_file.load(); !loaded)
        setError(errorText(loaded.error()) + QLatin1Char(' ') +
                 tr("The file is kept as it is. The first material you save replaces it, and "
                    "the old file is kept as %1.")
                     .arg(QDir::toNativeSeparators(
                         QFile::decodeName(m_file.backupFile().string().c_str()))));
    resize(900, 560);
    retranslate();
}

QString MaterialBrowser::defaultUserLibraryFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/materials.json");
}

QString MaterialBrowser::chooseMaterial(QWidget* parent, const QString& currentId,
                                        const QString& userLibraryFile) {
    MaterialBrowser browser(parent, userLibraryFile);
    browser.selectMaterial(currentId);
    return browser.exec() == QDialog::Accepted ? browser.selectedMaterialId() : QString();
}

std::optional<sim::MaterialAssignment>
MaterialBrowser::chooseAssignment(QWidget* parent, const QString& partsGlob,
                                  const QString& currentId, const QString& userLibraryFile) {
    MaterialBrowser browser(parent, userLibraryFile);
    browser.selectMaterial(currentId);
    if (browser.exec() != QDialog::Accepted || browser.selectedMaterialId().isEmpty())
        return std::nullopt;
    auto a = sim::assignmentFor(partsGlob.toStdString(), browser.selectedMaterialId().toStdString(),
                                browser.userLibrary());
    return a ? std::optional(*a) : std::nullopt;
}

void MaterialBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void MaterialBrowser::retranslate() {
    setWindowTitle(tr("Materials"));
    m_search->setPlaceholderText(tr("Search by name, id or category"));
    m_tree->setHeaderLabels({tr("Material"), tr("Id")});
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Value"), tr("Unit")});
    m_new->setText(tr("&New..."));
    m_duplicate->setText(tr("D&uplicate as custom..."));
    m_edit->setText(tr("&Edit..."));
    m_delete->setText(tr("&Delete"));
    rebuildTree();
}

void MaterialBrowser::rebuildTree() {
    const QString current = selectedMaterialId();
    m_tree->clear();
    auto addMaterial = [](QTreeWidgetItem* group, const sim::LibraryMaterial& m) {
        auto* item = new QTreeWidgetItem(group, {qs(m.props.name), qs(m.id)});
        item->setData(0, kIdRole, qs(m.id));
        item->setData(0, kSearchRole,
                      folded(QStringList{qs(m.props.name), qs(m.id), group->text(0),
                                         QString::fromUtf8(sim::categoryId(m.category)),
                                         materialCategoryName(m.category), qs(m.source)}
                                 .join(QLatin1Char('\n'))));
    };
    auto addGroup = [this](const QString& name) {
        auto* group = new QTreeWidgetItem(m_tree, {name});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
        return group;
    };
    for (sim::MaterialCategory c : sim::materialCategories()) {
        QTreeWidgetItem* group = addGroup(materialCategoryName(c));
        for (const sim::LibraryMaterial& m : sim::materialLibrary())
            if (m.category == c) addMaterial(group, m);
    }
    QTreeWidgetItem* user = addGroup(tr("User materials"));
    for (const sim::LibraryMaterial& m : m_file.library().materials())
        addMaterial(user, m);
    m_tree->resizeColumnToContents(0);
    applyFilter();
    selectMaterial(current);
    showProperties();
    updateButtons();
}

void MaterialBrowser::applyFilter() {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList terms = folded(m_search->text()).split(space, Qt::SkipEmptyParts);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const QString text = item->data(0, kSearchRole).toString();
            const bool match = std::all_of(terms.begin(), terms.end(),
                                           [&](const QString& t) { return text.contains(t); });
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(!terms.isEmpty() && shown == 0);
        if (!terms.isEmpty()) group->setExpanded(true);
    }
    const QList<QTreeWidgetItem*> chosen = m_tree->selectedItems();
    if (!chosen.isEmpty() && chosen.front()->isHidden()) m_tree->clearSelection();
}

const sim::LibraryMaterial* MaterialBrowser::selected() const {
    const std::string id = selectedMaterialId().toStdString();
    if (id.empty()) return nullptr;
    if (const sim::LibraryMaterial* m = m_file.library().find(id)) return m;
    return sim::findLibraryMaterial(id);
}

QString MaterialBrowser::selectedMaterialId() const {
    const QList<QTreeWidgetItem*> chosen = m_tree->selectedItems();
    return chosen.isEmpty() ? QString() : chosen.front()->data(0, kIdRole).toString();
}

bool MaterialBrowser::selectMaterial(const QString& id) {
    if (id.isEmpty()) return false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, kIdRole).toString() != id) continue;
            if (item->isHidden()) m_search->clear();
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

void MaterialBrowser::showProperties() {
    m_table->setRowCount(0);
    const sim::LibraryMaterial* m = selected();
    if (!m) return;
    auto addRow = [this](const QString& label, const QString& value, const QString& unit) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(label));
        auto* item = new QTableWidgetItem(value);
        item->setToolTip(value);
        m_table->setItem(r, 1, item);
        m_table->setItem(r, 2, new QTableWidgetItem(unit));
    };
    addRow(tr("Name"), qs(m->props.name), {});
    addRow(tr("Id"), qs(m->id), {});
    addRow(tr("Category"), materialCategoryName(m->category), {});
    // in the user's unit system; the tool tip gives the value in the other systems too
    const sim::UnitSystem system = Preferences::unitSystem();
    for (const MaterialField& f : materialFields()) {
        addRow(f.label, formatMaterialValue(m->props, f, system), unitSymbol(f.quantity, system));
        if (m->props.*f.member == 0 && !f.required) continue;
        QStringList all;
        for (sim::UnitSystem other : sim::kUnitSystems)
            all << formatQuantity(m->props.*f.member, f.quantity, materialNumberLocale(), other);
        all.removeDuplicates();
        m_table->item(m_table->rowCount() - 1, 1)->setToolTip(all.join(QStringLiteral(" = ")));
    }
    addRow(tr("Source"), qs(m->source), {});
    m_table->resizeRowsToContents();
}

void MaterialBrowser::updateButtons() {
    const sim::LibraryMaterial* m = selected();
    const bool user = m && m_file.library().find(m->id) == m;
    m_duplicate->setEnabled(m != nullptr);
    m_edit->setEnabled(user);
    m_delete->setEnabled(user);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m != nullptr);
}

void MaterialBrowser::newMaterial() {
    sim::LibraryMaterial start;
    start.id = m_file.library().uniqueId("custom_material");
    if (const sim::LibraryMaterial* m = selected()) start.category = m->category;
    editAndStore(start, tr("New material"), {});
}

void MaterialBrowser::duplicateMaterial() {
    const sim::LibraryMaterial* m = selected();
    if (!m) return;
    sim::LibraryMaterial start = *m;
    start.id = m_file.library().uniqueId(m->id + "_custom");
    start.props.name = tr("%1 (custom)").arg(qs(m->props.name)).toStdString();
    editAndStore(start, tr("Duplicate as custom material"), {});
}

void MaterialBrowser::editMaterial() {
    const sim::LibraryMaterial* m = selected();
    if (!m || m_file.library().find(m->id) != m) return;
    const sim::LibraryMaterial start = *m;
    editAndStore(start, tr("Edit material"), qs(start.id));
}

void MaterialBrowser::deleteMaterial() {
    const sim::LibraryMaterial* m = selected();
    if (!m || m_file.library().find(m->id) != m) return;
    const QString id = qs(m->id);
    if (QMessageBox::question(this, tr("Delete material"),
                              tr("Delete the user material \"%1\" (%2)? Studies that use it keep "
                                 "their own copy of its properties.")
                                  .arg(qs(m->props.name), id)) != QMessageBox::Yes)
        return;
    m_file.library().remove(id.toStdString());
    if (auto saved = m_file.save(); !saved) setError(errorText(saved.error()));
    rebuildTree();
}

void MaterialBrowser::editAndStore(const sim::LibraryMaterial& start, const QString& title,
                                   const QString& replacingId) {
    auto apply = [&](sim::UserLibrary& library, const sim::LibraryMaterial& m) {
        return replacingId.isEmpty() ? library.add(m)
                                     : library.replace(replacingId.toStdString(), m);
    };
    auto check = [&](const sim::LibraryMaterial& m) {
        sim::UserLibrary trial = m_file.library();
        auto ok = apply(trial, m);
        return ok ? QString() : errorText(ok.error());
    };
    const std::optional<sim::LibraryMaterial> edited = editUserMaterial(this, title, start, check);
    if (!edited || !apply(m_file.library(), *edited)) return;
    // kept in memory even when the file cannot be written: the error says so
    if (auto saved = m_file.save(); !saved)
        setError(errorText(saved.error()));
    else if (m_errorLabel->isVisible())
        setError({});
    rebuildTree();
    selectMaterial(qs(edited->id));
}

void MaterialBrowser::setError(const QString& text) {
    m_error = text;
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

QString MaterialBrowser::errorText(const core::Error& error) {
    auto arg = [&](std::size_t i) {
        return i < error.args.size() ? QString::fromStdString(error.args[i]) : QString();
    };
    auto file = [&](std::size_t i) { return QDir::toNativeSeparators(arg(i)); };
    const std::string& id = error.id;
    // an entry's error: args {field path, what, entry id[, file]}
    QString entry;
    if (id == "materials.id_invalid")
        entry = tr("The id \"%1\" is not valid: use 1 to 64 letters, digits, '_', '-' or '.', "
                   "starting with a letter or digit.")
                    .arg(arg(2));
    else if (id == "materials.id_builtin")
        entry = tr("The id \"%1\" belongs to a built-in material.").arg(arg(2));
    else if (id == "materials.id_duplicate")
        entry = tr("The id \"%1\" is already used by another user material.").arg(arg(2));
    else if (id == "materials.invalid_entry")
        entry = arg(2).isEmpty() ? tr("Field %1: %2.").arg(arg(0), arg(1))
                                 : tr("Material \"%1\", field %2: %3.").arg(arg(2), arg(0), arg(1));
    if (!entry.isEmpty())
        return error.args.size() > 3
                   ? tr("The material library %1 has an error. %2").arg(file(3), entry)
                   : entry;
    if (id == "materials.syntax")
        return tr("The material library %1 is not valid JSON (line:column %2: %3).")
            .arg(file(0), arg(1), arg(2));
    if (id == "materials.invalid_file")
        return tr("The material library %1 is not a Werkbank material library (%2: %3).")
            .arg(file(2), arg(0), arg(1));
    if (id == "materials.unreadable")
        return tr("The material library %1 cannot be read.").arg(file(0));
    if (id == "materials.file_too_large")
        return tr("The material library %1 is too large (%2 bytes).").arg(file(0), arg(1));
    if (id == "io.write_error")
        return tr("The user materials could not be saved to %1: %2").arg(file(0), arg(1));
    return ErrorText::message(error);
}

} // namespace wb::app
