// Probes of MainWindow: the Probes dock over the result display's probes, and the probes kept
// in the project (saved with it, restored when it opens).
#include "main_window.h"

#include "main_window_parts.h"
#include "probe_table.h"
#include "probe_tool.h"
#include "probes_dock.h"
#include "project_session.h"
#include "result_display.h"

#include <QTableView>

namespace wb::app {

void MainWindow::createProbes() {
    ProbeTool* tool = m_resultDisplay->probeTool();
    ProbeTable* table = tool->table();
    auto* dock = new ProbesDock(table, this);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide(); // until the first probe is pinned (or the saved layout shows it)
    m_menus->view->addAction(dock->toggleViewAction());
    connect(tool, &ProbeTool::probePinned, dock, [dock](int row) {
        dock->show();
        dock->raise();
        dock->view()->selectRow(row);
    });
    ProjectSession* session = m_study->session;
    connect(table, &ProbeTable::probesChanged, session,
            [session, table] { session->setResultProbes(table->probes()); });
    connect(session, &ProjectSession::resultProbesLoaded, table,
            [session, table] { table->setProbes(session->resultProbes()); });
}

} // namespace wb::app
