// Main window: opening files (API, drop), replace/add, selection sync, bad files and exceeded
// import limits, cancel.
#include "app/assembly_tree_model.h"
#include "app/main_window.h"
#include "app_test_support.h"
#include "app/preferences.h"
#include "app/viewport_widget.h"

#include <QApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using wb::app::MainWindow;

using wb::app::test::waitImports;

namespace {
const QString kScrew = QStringLiteral("/usr/share/opencascade/data/step/screw.step");
const QString kLinkrods = QStringLiteral("/usr/share/opencascade/data/step/linkrods.step");
const QString kBearing = QStringLiteral("/usr/share/opencascade/data/iges/bearing.iges");

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_main_window");
        QVERIFY(QFile::exists(kScrew));
    }

    void openThroughApi() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy done(&w, &MainWindow::importFinished);
        w.openFiles({kScrew}, MainWindow::OpenMode::Replace);
        QVERIFY(w.isImporting());
        QVERIFY(waitImports(w));
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(1).toBool(), true);
        QCOMPARE(w.document().filePaths(), QStringList{kScrew});
        // The tree shows the file as its top node, with the model below it.
        QCOMPARE(w.treeModel()->rowCount(), 1);
        QVERIFY(w.treeModel()->index(0, 0).data().toString().contains("screw.step"));
        QVERIFY(w.document().scene()->triangleCount() > 100);
        QVERIFY(w.windowTitle().contains("screw.step"));
        QVERIFY(w.viewport()->glError().isEmpty());
    }

    void replaceAndAdd() {
        MainWindow w;
        w.show();
        w.openFiles({kScrew}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        w.openFiles({kBearing}, MainWindow::OpenMode::Add);
        QVERIFY(waitImports(w));
        QCOMPARE(w.treeModel()->rowCount(), 2);
        QCOMPARE(w.document().filePaths().size(), 2);
        w.openFiles({kLinkrods}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QCOMPARE(w.document().filePaths(), QStringList{kLinkrods});
        QCOMPARE(w.treeModel()->rowCount(), 1);
    }

    void openByDrop() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kScrew), QUrl::fromLocalFile(kBearing)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(w.isImporting(), 5000);
        QVERIFY(waitImports(w));
        // Two dropped files onto an empty window: both open side by side.
        QCOMPARE(w.document().filePaths(), (QStringList{kScrew, kBearing}));
        QCOMPARE(w.treeModel()->rowCount(), 2);
    }

    void badFileKeepsScene() {
        QTemporaryDir dir;
        const QString empty = dir.filePath("empty.step");
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        MainWindow w;
        w.show();
        w.openFiles({kScrew}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        const auto before = w.document().scene();
        QSignalSpy done(&w, &MainWindow::importFinished);
        w.openFiles({empty}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(1).toBool(), false);
        QVERIFY(w.lastError().contains("empty"));
        // Nothing the user had is lost.
        QCOMPARE(w.document().scene(), before);
        QCOMPARE(w.document().filePaths(), QStringList{kScrew});

        w.openFiles({dir.filePath("missing.stp")}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QVERIFY(w.lastError().contains("missing.stp"));
        QCOMPARE(w.document().filePaths(), QStringList{kScrew});

        // An import stopped at the time limit of the preferences: the message names the limit.
        // The helper hangs on request (core/io/isolated/helper_test_hooks.h).
        done.clear();
        wb::app::Preferences::setImportTimeoutSeconds(1);
        qputenv("WERKBANK_IMPORT_TEST_HOOK", "hang");
        w.openFiles({kLinkrods}, MainWindow::OpenMode::Replace);
        const bool stopped = waitImports(w, 30000);
        qunsetenv("WERKBANK_IMPORT_TEST_HOOK");
        QSettings().remove(QStringLiteral("preferences/importTimeoutSeconds"));
        QVERIFY(stopped);
        QCOMPARE(wb::app::Preferences::importTimeoutSeconds(), 120); // the default again
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(1).toBool(), false);
        QVERIFY2(w.lastError().contains("time limit of 1 s"), qPrintable(w.lastError()));
        QVERIFY(w.lastError().contains("linkrods.step"));
        QCOMPARE(w.document().scene(), before);
        QCOMPARE(w.document().filePaths(), QStringList{kScrew});
    }

    void cancelKeepsScene() {
        MainWindow w;
        w.show();
        w.openFiles({kScrew}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QSignalSpy done(&w, &MainWindow::importFinished);
        w.openFiles({kLinkrods, kBearing}, MainWindow::OpenMode::Replace);
        w.cancelImport();
        QVERIFY(waitImports(w));
        // The running import reports cancelled (or had already finished); the queued one never
        // runs.
        QCOMPARE(done.count(), 1);
        if (!done.at(0).at(1).toBool()) QCOMPARE(w.document().filePaths(), QStringList{kScrew});
    }

    void closingWhileImportingIsSafe() {
        // The window goes away mid-import: the worker is cancelled and its result dropped.
        auto* w = new MainWindow;
        w->show();
        w->openFiles({kLinkrods, kBearing}, MainWindow::OpenMode::Replace);
        QVERIFY(w->isImporting());
        QTest::qWait(30);
        w->close();
        delete w;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QTest::qWait(50); // delivers the worker's queued result to nobody
        MainWindow again;
        again.openFiles({kScrew}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(again));
        QCOMPARE(again.document().filePaths(), QStringList{kScrew});
    }

    void selectionSyncsBothWays() {
        MainWindow w;
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({kScrew}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QTest::qWait(100);
        // Viewport -> tree: a click on the model's centre selects its node.
        wb::app::ViewportWidget* vp = w.viewport();
        const QPoint centre = vp->rect().center();
        const wb::render::PickResult hit = vp->pickAt(centre);
        QVERIFY2(hit.hit(), "the fitted model covers the viewport centre");
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, centre);
        QTRY_COMPARE(w.selectedNodes(), std::vector<int>{hit.node});
        const QModelIndex current = w.treeView()->selectionModel()->selectedRows().value(0);
        QCOMPARE(w.treeModel()->nodeForIndex(current), hit.node);
        // A click on the background clears it.
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
        QTRY_VERIFY(w.selectedNodes().empty());
        // Tree -> viewport.
        const QModelIndex top = w.treeModel()->index(0, 0);
        w.treeView()->selectionModel()->select(top, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        QCOMPARE(vp->selection(), std::vector<int>{w.treeModel()->nodeForIndex(top)});
    }

    void visibilityAndIsolate() {
        MainWindow w;
        w.show();
        w.openFiles({kScrew, kBearing}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        wb::app::AssemblyTreeModel* model = w.treeModel();
        const QModelIndex second = model->index(1, 0);
        model->isolate(model->nodeForIndex(second));
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(second.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        model->showAll();
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model->setData(second, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model->hiddenNodes()[model->nodeForIndex(second)]);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
