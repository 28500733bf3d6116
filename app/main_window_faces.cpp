// Face pick mode of MainWindow: picking B-rep faces (or feature faces of mesh files) in the
// viewport for supports and loads, "all faces of the selected part", clearing.
#include "main_window.h"

#include "face_selection.h"
#include "main_window_parts.h"
#include "viewport_widget.h"

#include <QIcon>
#include <QStatusBar>
#include <QToolBar>

namespace wb::app {

void MainWindow::createFaceActions() {
    m_faceSelection = new FaceSelection(this);
    m_viewport->setFaceSelection(m_faceSelection);
    Actions& a = *m_actions;
    a.pickFaces = new QAction(QIcon(QStringLiteral(":/icons/pick_faces.svg")), QString(), this);
    a.pickFaces->setObjectName(QStringLiteral("PickFacesAction"));
    a.pickFaces->setCheckable(true);
    a.pickFaces->setShortcut(QKeySequence(Qt::Key_P));
    connect(a.pickFaces, &QAction::toggled, m_viewport, &ViewportWidget::setFacePickMode);
    connect(m_viewport, &ViewportWidget::facePickModeChanged, a.pickFaces, &QAction::setChecked);
    a.selectPartFaces = new QAction(this);
    a.selectPartFaces->setObjectName(QStringLiteral("SelectPartFacesAction"));
    a.selectPartFaces->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(a.selectPartFaces, &QAction::triggered, this, [this] {
        // The parts selected in the tree, else those of the picked faces.
        std::vector<int> nodes = selectedNodes();
        if (nodes.empty())
            for (const core::NodeFace& f : m_faceSelection->faces())
                if (nodes.empty() || nodes.back() != f.node) nodes.push_back(f.node);
        for (int node : nodes)
            m_faceSelection->addAllFaces(*m_document.scene(), node);
        m_viewport->setFacePickMode(true);
    });
    a.clearFaces = new QAction(this);
    a.clearFaces->setObjectName(QStringLiteral("ClearFacesAction"));
    connect(a.clearFaces, &QAction::triggered, m_faceSelection, &FaceSelection::clear);
    connect(m_faceSelection, &FaceSelection::changed, this, [this] {
        updateFaceActions();
        const int n = m_faceSelection->count();
        statusBar()->showMessage(
            n > 0 ? tr("%n face(s) selected", nullptr, n) : tr("No faces selected"), 5000);
    });

    Menus& m = *m_menus;
    QAction* first = m.edit->actions().value(0);
    m.edit->insertAction(first, a.pickFaces);
    m.edit->insertAction(first, a.selectPartFaces);
    m.edit->insertAction(first, a.clearFaces);
    m.edit->insertSeparator(first);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.pickFaces);
    updateFaceActions();
}

void MainWindow::retranslateFaceActions() {
    Actions& a = *m_actions;
    a.pickFaces->setText(tr("&Pick Faces"));
    a.pickFaces->setStatusTip(
        tr("Click a face to select it, Ctrl+click to add or remove one, drag a box to add the "
           "faces seen in it; right-drag orbits"));
    a.selectPartFaces->setText(tr("Select All Faces of &Part"));
    a.selectPartFaces->setStatusTip(tr("Add every face of the parts selected in the tree (or, "
                                       "without any, of the parts of the picked faces)"));
    a.clearFaces->setText(tr("C&lear Picked Faces"));
}

void MainWindow::updateFaceActions() {
    if (!m_actions || !m_faceSelection) return;
    const bool hasScene = !m_document.isEmpty();
    m_actions->pickFaces->setEnabled(hasScene);
    m_actions->selectPartFaces->setEnabled(
        hasScene && (!selectedNodes().empty() || !m_faceSelection->isEmpty()));
    m_actions->clearFaces->setEnabled(!m_faceSelection->isEmpty());
}

} // namespace wb::app
