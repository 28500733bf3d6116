#include "about_dialog.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <Standard_Version.hxx>
#include <assimp/version.h>
#include <grpcpp/grpcpp.h>

namespace wb::app {

QString linkedLibraryVersions() {
    return QStringLiteral("Qt %1, OpenCASCADE %2, Assimp %3.%4.%5, gRPC %6")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(OCC_VERSION_COMPLETE))
        .arg(aiGetVersionMajor())
        .arg(aiGetVersionMinor())
        .arg(aiGetVersionPatch())
        .arg(QString::fromStdString(grpc::Version()));
}

void showAboutDialog(QWidget* parent) {
    const QString text =
        QCoreApplication::translate("AboutDialog",
                                    "<h3>Werkbank %1</h3><p>Engineering workstation: CAD "
                                    "import, 3D viewing and simulation.</p><p>Built with: %2</p>")
            .arg(QStringLiteral(WB_VERSION), linkedLibraryVersions().toHtmlEscaped());
    QMessageBox::about(parent, QCoreApplication::translate("AboutDialog", "About Werkbank"), text);
}

} // namespace wb::app
