// Simulation › Target Service: the project's service is chosen from the configured ones, shown
// in the study tree, saved in the project, and a project naming a service this computer does
// not know keeps it and says so.
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/services.h"
#include "app/study_dock.h"
#include "app/target_service_menu.h"
#include "app_test_support.h"

#include "core/sim/project.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wb::app;

namespace {

/// The study tree's Service row text.
QString serviceRow(MainWindow& w) {
    auto* tree = w.studyDock()->findChild<QTreeView*>();
    if (!tree) return {};
    const QAbstractItemModel* model = tree->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString text = model->index(r, 0).data().toString();
        if (text.startsWith("Service:")) return text;
    }
    return {};
}

TargetServiceMenu* targetMenu(MainWindow& w) { return w.findChild<TargetServiceMenu*>(); }

/// The action called `text` of `menu`, listed afresh as when the menu opens (which deletes
/// the actions listed before).
QAction* actionNamed(QMenu* menu, const QString& text, bool reopen = true) {
    if (reopen) emit menu->aboutToShow();
    for (QAction* a : menu->actions())
        if (a->text() == text) return a;
    return nullptr;
}

} // namespace

class TestTargetService : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_home));
        ServiceConfig remote;
        remote.name = "eu-gpu";
        remote.address = "127.0.0.1:1";
        remote.region = "Frankfurt";
        Services::setRemotes({remote});
    }

    void chooseSaveAndReopen() {
        QTemporaryDir dir;
        const QString file = dir.filePath("target.wbproj");
        {
            MainWindow w;
            w.show();
            w.openFiles({wb::app::test::kSampleAssembly}, MainWindow::OpenMode::Replace);
            QVERIFY(wb::app::test::waitImports(w));
            QVERIFY(targetMenu(w));
            QCOMPARE(serviceRow(w), QString("Service: This computer"));
            QAction* local = actionNamed(targetMenu(w), "This computer");
            QAction* remote = actionNamed(targetMenu(w), "eu-gpu (Frankfurt)", false);
            QVERIFY(local && remote);
            QVERIFY(local->isChecked() && !remote->isChecked());
            remote->trigger();
            QCOMPARE(w.projectSession()->service(), QString("eu-gpu"));
            QCOMPARE(serviceRow(w), QString("Service: eu-gpu (Frankfurt)"));
            QVERIFY(w.projectSession()->isModified());
            QVERIFY(actionNamed(targetMenu(w), "eu-gpu (Frankfurt)")->isChecked());
            QString error;
            QVERIFY2(w.projectSession()->saveTo(file, &error), qPrintable(error));
        }
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        auto project = wb::sim::parseProject(saved.readAll().toStdString(), file.toStdString());
        QVERIFY(project.has_value());
        QCOMPARE(project->service, std::string("eu-gpu"));

        // on a computer without that service the project keeps it and says so
        Services::setRemotes({});
        MainWindow w;
        w.show();
        w.openFiles({file});
        QVERIFY(wb::app::test::waitImports(w));
        QCOMPARE(w.projectSession()->service(), QString("eu-gpu"));
        QCOMPARE(serviceRow(w), QString("Service: eu-gpu (not configured on this computer)"));
        QAction* missing = actionNamed(targetMenu(w), "eu-gpu (not configured on this computer)");
        QVERIFY(missing && missing->isChecked() && !missing->isEnabled());
        // choosing this computer replaces it
        actionNamed(targetMenu(w), "This computer")->trigger();
        QCOMPARE(w.projectSession()->service(), QString());
        QCOMPARE(serviceRow(w), QString("Service: This computer"));
        QVERIFY(!actionNamed(targetMenu(w), "eu-gpu (not configured on this computer)"));
        w.projectSession()->newProject();
    }
};

QTEST_MAIN(TestTargetService)
#include "tst_target_service.moc"
