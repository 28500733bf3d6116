#pragma once
// Private to MainWindow: its actions and menus, shared by main_window*.cpp.

#include "main_window.h"

#include "render/standard_view.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

#include <utility>
#include <vector>

namespace wb::app {

struct MainWindow::Actions {
    QAction *open, *add, *reload, *closeAll, *clearRecent, *quit;
    QAction* preferences;
    QAction* cancelImport;
    QAction *fitAll, *showAll, *isolate, *hide;
    QActionGroup* modes;
    QAction *shaded, *shadedEdges, *wireframe;
    std::vector<std::pair<QAction*, render::StandardView>> views;
    QAction* about;
    QAction *pickFaces, *selectPartFaces, *clearFaces; // main_window_faces.cpp
};

struct MainWindow::Menus {
    QMenu *file, *recent, *edit, *view, *standardViews, *help;
};

struct MainWindow::StudyUi {
    StudyEditor* editor = nullptr;
    StudyDock* dock = nullptr;
    ProjectSession* session = nullptr;
    ProjectResults* results = nullptr; // main_window_results.cpp
    QMenu* menu = nullptr;
    QAction *newProject = nullptr, *save = nullptr, *saveAs = nullptr, *embed = nullptr;
    QAction *undo = nullptr, *redo = nullptr, *solve = nullptr;
};

} // namespace wb::app
