#include "probes_dock.h"

#include "probe_table.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace wb::app {

ProbesDock::ProbesDock(ProbeTable* table, QWidget* parent) : QDockWidget(parent), m_table(table) {
    setObjectName(QStringLiteral("ProbesDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("ProbesView"));
    m_view->setModel(table);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto make = [this, content](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        if (!key.isEmpty()) action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        content->addAction(action);
        return action;
    };
    m_rename = make(QKeySequence(Qt::Key_F2), [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty()) m_view->edit(m_table->index(rows.first(), ProbeTable::NameColumn));
    });
    m_delete = make(QKeySequence(QKeySequence::Delete), [this] {
        const QList<int> rows = selectedRows();
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            m_table->remove(*it);
    });
    m_export = make({}, [this] { exportCsv(); });
    m_copy = make(QKeySequence(QKeySequence::Copy), [this] { copyTable(); });

    auto* toolBar = new QToolBar(content);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions({m_rename, m_delete});
    toolBar->addSeparator();
    toolBar->addActions({m_export, m_copy});
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_rename, m_delete, m_export, m_copy});
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProbesDock::updateActions);
    connect(table, &QAbstractItemModel::modelReset, this, &ProbesDock::updateActions);
    connect(table, &QAbstractItemModel::rowsInserted, this, &ProbesDock::updateActions);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &ProbesDock::updateActions);
    retranslate();
    updateActions();
}

QList<int> ProbesDock::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ProbesDock::copyTable() {
    if (m_table->rowCount() > 0) QApplication::clipboard()->setText(m_table->clipboardText());
}

bool ProbesDock::exportCsv() {
    QString file = QFileDialog::getSaveFileName(this, tr("Export Probes"), tr("probes.csv"),
                                                tr("CSV files (*.csv)"));
    if (file.isEmpty()) return false;
    if (!file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) file += QStringLiteral(".csv");
    QString error;
    if (m_table->exportCsv(file, &error)) return true;
    QMessageBox::warning(this, tr("Export Probes"), error);
    return false;
}

void ProbesDock::updateActions() {
    const bool any = m_table->rowCount() > 0;
    const bool selected = !selectedRows().isEmpty();
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_export->setEnabled(any);
    m_copy->setEnabled(any);
}

void ProbesDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDockWidget::changeEvent(event);
}

void ProbesDock::retranslate() {
    setWindowTitle(tr("Probes"));
    m_rename->setText(tr("&Rename"));
    m_rename->setToolTip(tr("Rename the probe (F2)"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected probes (Del)"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Save the probes as CSV: SI units, '.' as decimal mark"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(
        tr("Copy the table for a spreadsheet (Ctrl+C), in the units and number format shown"));
}

} // namespace wb::app
