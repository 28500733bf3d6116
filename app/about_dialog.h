#pragma once
/// About box with the versions of the libraries actually linked.

#include <QString>
#include <QWidget>

namespace wb::app {

/// "Qt 6.4.2, OpenCASCADE 7.6.3, Assimp 5.2.5, gRPC 1.51.1" as linked at run time.
QString linkedLibraryVersions();
void showAboutDialog(QWidget* parent);

} // namespace wb::app
