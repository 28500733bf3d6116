#pragma once
/// The Probes dock: the probes pinned on results with every field's value at each (units of
/// the user's unit system), Rename (F2, or editing the name), Delete, Export CSV… and Copy
/// (Ctrl+C: tab-separated, in the user's locale). GUI thread only.

#include <QDockWidget>

class QAction;
class QTableView;

namespace wb::app {

class ProbeTable;

class ProbesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ProbesDock(ProbeTable* table, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    /// Rows selected, ascending.
    QList<int> selectedRows() const;
    /// Copies the whole table to the clipboard (ProbeTable::clipboardText()).
    void copyTable();
    /// Asks for a file and writes the CSV; false when cancelled or failed (said in a box).
    bool exportCsv();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();

    ProbeTable* m_table;
    QTableView* m_view = nullptr;
    QAction *m_rename = nullptr, *m_delete = nullptr, *m_export = nullptr, *m_copy = nullptr;
};

} // namespace wb::app
