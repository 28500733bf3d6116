// The Study dock: supports and loads made by clicking faces of the sample assembly, values typed
// in German, French, Polish and English, undo and redo, the problems list and Solve's state,
// project round trips, a changed geometry file, and recovery after the app was killed.
#include "app/main_window.h"
#include "app_test_support.h"
#include "app/project_session.h"
#include "app/quantity_editor.h"
#include "app/study_dock.h"
#include "app/study_editor.h"
#include "app/study_property_panel.h"
#include "app/study_tree_model.h"
#include "app/viewport_widget.h"

#include "core/sim/study_json.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <csignal>

using namespace wb::app;
using wb::sim::Study;

using wb::app::test::waitImports;

namespace {

const QString kSample = wb::app::test::kSampleAssembly;

std::string studyText(const Study& s) {
    return wb::sim::dumpJson(wb::sim::studyToJson(s), -1);
}

/// A viewport pixel showing a face of an instance of `partName`, found through the pick
/// buffer; (-1, -1) when none is visible.
QPoint pixelOfPart(MainWindow& w, const std::string& partName, int* faceOut = nullptr) {
    ViewportWidget* vp = w.viewport();
    const auto scene = w.document().scene();
    for (int y = vp->height() / 8; y < vp->height(); y += 12)
        for (int x = vp->width() / 8; x < vp->width(); x += 12) {
            const auto hit = vp->pickAt({x, y});
            if (!hit.hit() || hit.face < 0 || hit.part < 0) continue;
            if (scene->parts()[std::size_t(hit.part)].name != partName) continue;
            if (faceOut) *faceOut = hit.face;
            return {x, y};
        }
    return {-1, -1};
}

/// Clicks the button of the next message box that shows up with `text` on it.
void answerNextMessageBox(const QString& buttonText) {
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [buttonText, poll] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(top);
            if (!box || !box->isVisible()) continue;
            for (QAbstractButton* b : box->buttons())
                if (b->text().remove(QLatin1Char('&')) == buttonText) {
                    b->click();
                    return;
                }
        }
        QTimer::singleShot(50, *poll);
    };
    QTimer::singleShot(50, *poll);
}

/// Types `text` into an editor of the property panel and presses Return.
void typeInto(QLineEdit* editor, const QString& text) {
    QVERIFY(editor);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

class TestStudyDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Recovery files live in the app's data folder: keep them in a private one.
        QVERIFY(wb::app::test::useHome(m_home));
        QVERIFY2(QFile::exists(kSample), qPrintable(kSample));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void setUpByClicking_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("force");
        QTest::addColumn<QString>("size");
        QTest::addColumn<double>("expectedForce");
        QTest::addColumn<double>("expectedSize");
        QTest::newRow("en") << "en_US" << "-2.5 kN" << "1.5" << -2500.0 << 0.0015;
        QTest::newRow("de") << "de_DE" << "-2,5 kN" << "1,5 mm" << -2500.0 << 0.0015;
        QTest::newRow("fr") << "fr_FR" << "-2500" << "0,002 m" << -2500.0 << 0.002;
        QTest::newRow("pl") << "pl_PL" << "-0,5 kN" << "2,5" << -500.0 << 0.0025;
    }

    void setUpByClicking() {
        QFETCH(QString, locale);
        QFETCH(QString, force);
        QFETCH(QString, size);
        QFETCH(double, expectedForce);
        QFETCH(double, expectedSize);
        QLocale::setDefault(QLocale(locale));
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({kSample}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QTest::qWait(100);
        StudyEditor* editor = w.studyEditor();
        StudyDock* dock = w.studyDock();
        QVERIFY(editor && dock);
        QVERIFY(!editor->canSolve()); // no support yet

        // Click a face of the base plate, add a fixed support on it.
        int plateFace = -1;
        const QPoint plate = pixelOfPart(w, "Base plate", &plateFace);
        QVERIFY(plate.x() >= 0);
        QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, plate);
        auto* addSupport = dock->findChild<QToolButton*>("AddSupport");
        QVERIFY(addSupport);
        QAction* fixed = addSupport->menu()->findChild<QAction*>("AddSupport_fixed");
        QVERIFY(fixed);
        fixed->trigger();
        QCOMPARE(editor->study().supports.size(), std::size_t(1));
        const auto& sup = editor->study().supports[0];
        QCOMPARE(sup.type, std::string("fixed"));
        QVERIFY(sup.select);
        const auto& faces = std::get<std::vector<wb::sim::FaceRef>>(sup.select->value);
        QCOMPARE(faces.size(), std::size_t(1));
        QCOMPARE(faces[0].face, plateFace);
        // The part is named as the study's model knows it (its path below the file's node).
        const auto& parts = editor->modelParts();
        QVERIFY(std::any_of(parts.begin(), parts.end(), [&](const wb::sim::ModelPart& p) {
            return p.path == faces[0].part && p.name == "Base plate";
        }));

        // Click a face of the bracket, add a force and type its Z component.
        const QPoint bracket = pixelOfPart(w, "Bearing bracket");
        QVERIFY(bracket.x() >= 0);
        QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, bracket);
        auto* addLoad = dock->findChild<QToolButton*>("AddLoad");
        QAction* forceAction = addLoad->menu()->findChild<QAction*>("AddLoad_force");
        QVERIFY(forceAction);
        forceAction->trigger();
        QCOMPARE(editor->study().loads.size(), std::size_t(1));
        typeInto(dock->findChild<QLineEdit*>("Param_vector_z"), force);
        QCOMPARE(editor->study().loads[0].vector("vector")[2], expectedForce);
        QVERIFY(editor->canSolve());

        // The mesh's exact voxel size, typed in the locale (unitless: the unit system's mm).
        dock->selectItem({StudyItemRef::Kind::Mesh, -1});
        auto* exact = dock->findChild<QAbstractButton*>("ExactVoxelSize");
        QVERIFY(exact);
        exact->click();
        typeInto(dock->findChild<QLineEdit*>("VoxelSize"), size);
        QVERIFY(editor->study().voxelSize);
        QVERIFY(std::abs(*editor->study().voxelSize - expectedSize) < 1e-12);

        // A value the locale would misread is refused and changes nothing.
        dock->selectItem({StudyItemRef::Kind::Loads, 0});
        const double before = editor->study().loads[0].vector("vector")[2];
        const QString wrong = QLocale().decimalPoint() == QLatin1String(",") ? "-2.5" : "-2,5";
        typeInto(dock->findChild<QLineEdit*>("Param_vector_z"), wrong);
        QCOMPARE(editor->study().loads[0].vector("vector")[2], before);
        w.projectSession()->newProject(); // nothing to ask at close
    }

    void undoRedoRestoresEachState() {
        MainWindow w;
        w.show();
        w.openFiles({kSample}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        StudyEditor* editor = w.studyEditor();
        StudyDock* dock = w.studyDock();
        std::vector<std::string> states{studyText(editor->study())};
        dock->addCondition(StudyItemRef::Kind::Supports, "fixed");
        states.push_back(studyText(editor->study()));
        dock->addCondition(StudyItemRef::Kind::Loads, "pressure");
        states.push_back(studyText(editor->study()));
        typeInto(dock->findChild<QLineEdit*>("Param_value"), "2 MPa");
        QCOMPARE(editor->study().loads[0].scalar("value"), 2e6);
        states.push_back(studyText(editor->study()));
        dock->selectItem({StudyItemRef::Kind::Loads, 0});
        dock->toggleSuppressCurrent();
        states.push_back(studyText(editor->study()));
        dock->duplicateCurrent();
        QCOMPARE(editor->study().loads.size(), std::size_t(2));
        states.push_back(studyText(editor->study()));
        dock->selectItem({StudyItemRef::Kind::Supports, 0});
        dock->deleteCurrent();
        states.push_back(studyText(editor->study()));
        QUndoStack* undo = editor->undoStack();
        QCOMPARE(undo->count(), int(states.size()) - 1);
        for (int i = int(states.size()) - 2; i >= 0; --i) {
            undo->undo();
            QCOMPARE(studyText(editor->study()), states[std::size_t(i)]);
        }
        for (std::size_t i = 1; i < states.size(); ++i) {
            undo->redo();
            QCOMPARE(studyText(editor->study()), states[i]);
        }
        w.projectSession()->newProject();
    }

    void problemsAndSolveState() {
        MainWindow w;
        w.show();
        auto* solve = w.findChild<QAction*>("SolveAction");
        QVERIFY(solve);
        QVERIFY(!solve->isEnabled());
        auto* problems = w.studyDock()->problemList();
        auto listed = [problems](const QString& part) {
            for (int i = 0; i < problems->count(); ++i)
                if (problems->item(i)->text().contains(part)) return true;
            return false;
        };
        QVERIFY(listed("No geometry"));
        w.openFiles({kSample}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QVERIFY(listed("No support: the model can move freely"));
        QVERIFY(!solve->isEnabled());
        w.studyDock()->addCondition(StudyItemRef::Kind::Supports, "fixed");
        QVERIFY(listed("has no faces selected"));
        // Faces picked: the problem goes; no load is only a warning.
        QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, pixelOfPart(w, "Base plate"));
        w.studyDock()->propertyPanel()->findChild<QPushButton*>("UseSelectedFaces")->click();
        QVERIFY(!listed("has no faces selected"));
        QVERIFY(listed("No load"));
        QVERIFY(solve->isEnabled());
        // A material that covers no part names the part.
        w.studyDock()->selectItem({StudyItemRef::Kind::Materials, 0});
        auto* parts = w.studyDock()->findChild<QLineEdit*>("MaterialParts");
        QVERIFY(parts);
        typeInto(parts, "nothing-matches");
        QVERIFY(listed("has no material"));
        QVERIFY(!solve->isEnabled());
        w.projectSession()->newProject();
    }

    void projectRoundTrip() {
        QTemporaryDir dir;
        const QString project = dir.filePath("bracket.wbproj");
        std::string saved;
        {
            MainWindow w;
            w.show();
            w.openFiles({kSample}, MainWindow::OpenMode::Replace);
            QVERIFY(waitImports(w));
            w.studyDock()->addCondition(StudyItemRef::Kind::Supports, "frictionless");
            w.studyDock()->addCondition(StudyItemRef::Kind::Loads, "gravity");
            wb::sim::ProjectJob job;
            job.id = "j-test";
            job.name = "Bracket";
            job.state = "succeeded";
            job.resultDir = "bracket.results/j-test";
            job.studyAsSolved = wb::sim::studyToJson(w.studyEditor()->study());
            w.projectSession()->recordJob(job);
            QVERIFY(w.projectSession()->isModified());
            QString error;
            QVERIFY2(w.projectSession()->saveTo(project, &error), qPrintable(error));
            QVERIFY(!w.projectSession()->isModified());
            QVERIFY(w.windowTitle().contains("bracket.wbproj"));
            saved = studyText(w.studyEditor()->study());
            QVERIFY(!w.projectSession()->isOutOfDate(w.projectSession()->jobs()[0]));
            w.close();
        }
        MainWindow w;
        w.show();
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        w.openFiles({project});
        QCOMPARE(opened.count(), 1);
        QVERIFY(opened.at(0).at(1).toBool());
        QVERIFY(waitImports(w));
        QCOMPARE(w.document().filePaths().size(), 1);
        QCOMPARE(QFileInfo(w.document().filePaths().first()).canonicalFilePath(),
                 QFileInfo(kSample).canonicalFilePath());
        // The study comes back as saved (the geometry path is the file's absolute path now).
        Study back = w.studyEditor()->study();
        Study expected = *wb::sim::parseStudy(saved);
        back.geometryFile = expected.geometryFile = "";
        QCOMPARE(studyText(back), studyText(expected));
        QCOMPARE(w.projectSession()->jobs().size(), std::size_t(1));
        QCOMPARE(w.projectSession()->jobs()[0].resultDir, std::string("bracket.results/j-test"));
        QVERIFY(!w.projectSession()->isModified());
        // An edit marks the result out of date and the project modified.
        w.studyDock()->addCondition(StudyItemRef::Kind::Loads, "gravity");
        QVERIFY(w.projectSession()->isOutOfDate(w.projectSession()->jobs()[0]));
        QVERIFY(w.projectSession()->isModified());
        w.projectSession()->newProject();
    }

    void changedGeometryIsDetected() {
        QTemporaryDir dir;
        const QString geometry = dir.filePath("model.step");
        QVERIFY(QFile::copy(kSample, geometry));
        const QString project = dir.filePath("model.wbproj");
        {
            MainWindow w;
            w.show();
            w.openFiles({geometry}, MainWindow::OpenMode::Replace);
            QVERIFY(waitImports(w));
            QString error;
            QVERIFY2(w.projectSession()->saveTo(project, &error), qPrintable(error));
        }
        { // the file changes after the save (one more line at its end)
            QFile f(geometry);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n");
        }
        MainWindow w;
        w.show();
        answerNextMessageBox(QStringLiteral("Cancel"));
        w.openFiles({project});
        QVERIFY(w.document().isEmpty()); // refused: nothing opened
        answerNextMessageBox(QStringLiteral("Open Anyway"));
        w.openFiles({project});
        QVERIFY(waitImports(w));
        QCOMPARE(w.document().filePaths().size(), 1);
        QVERIFY(w.projectSession()->isModified()); // the new hash is saved with the project
        w.projectSession()->newProject();
    }

    void recoveryAfterKill() {
        const QString exe = QStringLiteral(WB_BINARY_DIR "/bin/werkbank");
        QVERIFY(QFile::exists(exe));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("WERKBANK_AUTOSAVE_MS", "300");
        app.setProcessEnvironment(env);
        app.start(exe, {kSample});
        QVERIFY(app.waitForStarted());
        const QString recovery =
            ProjectSession::recoveryDir() + QStringLiteral("/%1.wbproj").arg(app.processId());
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(recovery) && timer.elapsed() < 60000)
            QTest::qWait(100);
        QVERIFY2(QFile::exists(recovery), qPrintable(recovery));
        QTest::qWait(400); // a complete autosave after the model was open
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished());

        MainWindow w;
        w.show();
        QCOMPARE(ProjectSession::findRecovery(), recovery);
        answerNextMessageBox(QStringLiteral("Restore"));
        w.offerRecovery();
        QVERIFY(waitImports(w));
        QCOMPARE(w.document().filePaths().size(), 1);
        QCOMPARE(QFileInfo(w.document().filePaths().first()).canonicalFilePath(),
                 QFileInfo(kSample).canonicalFilePath());
        QVERIFY(w.projectSession()->isModified());
        QVERIFY(ProjectSession::findRecovery().isEmpty()); // taken over by this session
        w.projectSession()->newProject();
        w.projectSession()->discardRecovery();
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestStudyDock)
#include "tst_study_dock.moc"
