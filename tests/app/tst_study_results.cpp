// The project's results in the Study dock, solved by the real embedded werkbank-server: a study
// on the sample assembly solved with Solve, its Results node (von Mises maximum as result.json
// has it, in the user's unit system; the probe's values; the support's reaction), Open Result
// from the Jobs dock, the out-of-date marking in the tree and the Jobs dock as the study is
// edited and undone, a project round trip, and result folders whose result.json is missing or
// damaged.
#include "app/job_controller.h"
#include "app/jobs_dock.h"
#include "app/jobs_model.h"
#include "app/main_window.h"
#include "app/preferences.h"
#include "app/project_session.h"
#include "app/quantity_format.h"
#include "app/result_summary_view.h"
#include "app/study_commands.h"
#include "app/study_dock.h"
#include "app/study_editor.h"
#include "app/study_text.h"
#include "app/study_tree_model.h"
#include "app_test_support.h"

#include "core/sim/json.h"
#include "core/sim/project.h"
#include "core/sim/study_json.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace wb::app;
using wb::app::test::waitImports;
using Kind = StudyItemRef::Kind;

namespace {

/// The texts of `parent`'s children in the study tree.
QStringList childTexts(const StudyTreeModel* model, const QModelIndex& parent) {
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, 0, parent).data().toString();
    return texts;
}

/// The child of `parent` whose text starts with `prefix`; invalid when none.
QModelIndex childStartingWith(const StudyTreeModel* model, const QModelIndex& parent,
                              const QString& prefix) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (child.data().toString().startsWith(prefix)) return child;
    }
    return {};
}

/// "(a, b, c) unit": a vector of result.json in `q`'s display unit with `digits` significant
/// digits, a component below 1e-8 of the largest shown as 0, as the tree and the summary show
/// it.
QString vectorText(const wb::sim::Json& v, wb::sim::Quantity q, int digits = 4) {
    const QLocale locale;
    const wb::sim::UnitSystem system = Preferences::unitSystem();
    double largest = 0;
    for (int i = 0; i < 3; ++i)
        largest = std::max(largest, std::abs(v.at(i).get<double>()));
    QStringList parts;
    for (int i = 0; i < 3; ++i) {
        const double c = v.at(i).get<double>();
        parts << formatNumber(wb::sim::fromSi(std::abs(c) < 1e-8 * largest ? 0.0 : c, q, system),
                              locale, digits);
    }
    return "(" + parts.join(", ") + ") " + unitSymbol(q, system);
}

wb::sim::Json readResultJson(const QString& dir) {
    QFile f(dir + "/result.json");
    if (!f.open(QIODevice::ReadOnly)) return {};
    auto json = wb::sim::parseJson(f.readAll().toStdString());
    return json ? *json : wb::sim::Json();
}

/// A study on the sample assembly that solves in seconds: one face of every part instance fixed,
/// gravity, 4 mm voxels, a probe in the base plate. Set up through undoable edits.
void setUpStudy(StudyEditor* editor) {
    wb::sim::Condition fixed;
    fixed.name = "held";
    fixed.type = "fixed";
    std::vector<wb::sim::FaceRef> faces;
    for (const wb::sim::ModelPart& part : editor->modelParts())
        faces.push_back({part.path, 0});
    fixed.select = wb::sim::Selector{faces};
    QUndoStack* undo = editor->undoStack();
    undo->push(new AddConditionCommand(editor, Kind::Supports, fixed));
    wb::sim::Condition gravity;
    gravity.name = "weight";
    gravity.type = "gravity";
    gravity.setVector("vector", {0, 0, -1000});
    undo->push(new AddConditionCommand(editor, Kind::Loads, gravity));
    undo->push(new SetMeshCommand(editor, std::nullopt, 0.004));
    undo->push(new AddProbeCommand(editor, wb::sim::Probe{"plate", {0.12, 0.07, 0.006}, false}));
}

bool waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

} // namespace

class TestStudyResults : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    /// The Results group of `w`'s study tree.
    static QModelIndex resultsGroup(MainWindow& w) {
        return w.studyDock()->model()->indexOf({Kind::Results, -1});
    }

    /// Checks the rows of the result node `node` against result.json in `dir`: the von Mises
    /// maximum and the probe's von Mises value, formatted in the current unit system.
    static void checkRows(const StudyTreeModel* model, const QModelIndex& node,
                          const wb::sim::Json& summary) {
        const QLocale locale;
        const wb::sim::UnitSystem system = Preferences::unitSystem();
        const double max = summary.at("max").at("von_mises").at("value").get<double>();
        QVERIFY(max > 0);
        const QString expected =
            StudyText::fieldName("von_mises") +
            ", maximum: " + formatQuantity(max, wb::sim::Quantity::Pressure, locale, system, 4) +
            " at (";
        QVERIFY2(childStartingWith(model, node, expected).isValid(),
                 qPrintable(expected + "\n" + childTexts(model, node).join('\n')));
        const double min = summary.at("min").at("von_mises").at("value").get<double>();
        QVERIFY(childStartingWith(
                    model, node,
                    StudyText::fieldName("von_mises") + ", minimum: " +
                        formatQuantity(min, wb::sim::Quantity::Pressure, locale, system, 4))
                    .isValid());
        // The safety factor has its minimum only.
        QVERIFY(childStartingWith(model, node, StudyText::fieldName("safety_factor") + ", minimum")
                    .isValid());
        QVERIFY(!childStartingWith(model, node, StudyText::fieldName("safety_factor") + ", maximum")
                     .isValid());
        // The probe with its values.
        const QModelIndex probe = childStartingWith(model, node, "plate at (");
        QVERIFY2(probe.isValid(), qPrintable(childTexts(model, node).join('\n')));
        const auto& p = summary.at("probes").at(0);
        const QStringList values = childTexts(model, probe);
        QVERIFY(values.contains(StudyText::fieldName("von_mises") + ": " +
                                formatQuantity(p.at("von_mises").get<double>(),
                                               wb::sim::Quantity::Pressure, locale, system, 4)));
        QVERIFY(values.contains(StudyText::fieldName("safety_factor") + ": " +
                                formatNumber(p.at("safety_factor").get<double>(), locale, 4)));
        QVERIFY(std::any_of(values.begin(), values.end(), [](const QString& v) {
            return v.startsWith(StudyText::fieldName("displacement") + ": (");
        }));
        // The support's reaction: it holds the weight up, force and moment as result.json has
        // them.
        const QModelIndex reaction = childStartingWith(model, node, "Reaction at held");
        QVERIFY2(reaction.isValid(), qPrintable(childTexts(model, node).join('\n')));
        const auto& r = summary.at("reactions").at(0);
        QVERIFY(r.at("force").at(2).get<double>() > 0);
        QCOMPARE(childTexts(model, reaction),
                 QStringList({"Force: " + vectorText(r.at("force"), wb::sim::Quantity::Force),
                              "Moment: " + vectorText(r.at("moment"), wb::sim::Quantity::Moment)}));
    }

private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_home));
        qputenv("WERKBANK_SERVER", WB_SERVER_EXE);
        qputenv("WERKBANK_DATA_DIR", m_home.filePath("local-service").toUtf8());
        QCoreApplication::setOrganizationName("Werkbank");
        QCoreApplication::setApplicationName("tst_study_results");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(QFile::exists(wb::app::test::kSampleAssembly));
    }

    void solvedResultInTreeAndOutOfDate() {
        QTemporaryDir dir;
        const QString project = dir.filePath("bearing.wbproj");
        QString jobId;
        QStringList rowsBefore;
        {
            MainWindow w;
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.openFiles({wb::app::test::kSampleAssembly}, MainWindow::OpenMode::Replace);
            QVERIFY(waitImports(w));
            StudyEditor* editor = w.studyEditor();
            StudyDock* dock = w.studyDock();
            const StudyTreeModel* model = dock->model();
            setUpStudy(editor);
            QVERIFY(editor->canSolve());
            QString error;
            QVERIFY2(w.projectSession()->saveTo(project, &error), qPrintable(error));
            QCOMPARE(model->rowCount(resultsGroup(w)), 0);

            QSignalSpy ready(w.jobController(), &JobController::resultReady);
            w.solve();
            QVERIFY(waitFor([&] { return ready.count() > 0; }, 240000));
            jobId = ready.at(0).at(0).toString();
            const QString resultDir = ready.at(0).at(1).toString();
            QCOMPARE(w.jobController()->job(jobId)->state, JobController::State::Succeeded);
            // The result went into the project's results folder.
            QCOMPARE(QDir::cleanPath(QFileInfo(resultDir).absolutePath()),
                     QDir::cleanPath(dir.filePath("bearing.results")));
            const wb::sim::Json summary = readResultJson(resultDir);
            QVERIFY(summary.is_object() && summary.contains("max"));

            // One Results node, with the extremes and the probe in the user's unit system.
            QTRY_COMPARE(model->rowCount(resultsGroup(w)), 1);
            const QModelIndex node = model->index(0, 0, resultsGroup(w));
            QCOMPARE(model->resultJobAt(node), jobId);
            QVERIFY(!node.data(StudyTreeModel::OutOfDateRole).toBool());
            checkRows(model, node, summary);
            if (QTest::currentTestFailed()) return;
            rowsBefore = childTexts(model, node);
            qInfo().noquote() << "Results node:" << node.data().toString() << "\n  "
                              << rowsBefore.join("\n  ");
            // Another unit system shows the same values in its units.
            Preferences::setUnitSystem(wb::sim::UnitSystem::SI);
            checkRows(model, model->index(0, 0, resultsGroup(w)), summary);
            Preferences::setUnitSystem(wb::sim::kDefaultUnitSystem);
            if (QTest::currentTestFailed()) return;

            // Open Result in the Jobs dock selects the result and shows its summary.
            dock->selectItem({Kind::Mesh, -1});
            QVERIFY(dock->currentResult().isEmpty());
            JobsDock* jobs = w.jobsDock();
            jobs->selectJob(jobId);
            QVERIFY(jobs->openAction()->isEnabled());
            jobs->openAction()->trigger();
            QTRY_COMPARE(dock->currentResult(), jobId);
            QCOMPARE(model->resultJobAt(dock->tree()->currentIndex()), jobId);
            QVERIFY(dock->resultView()->isVisible());
            auto* maxLabel = dock->resultView()->findChild<QLabel*>("Max_von_mises");
            QVERIFY(maxLabel);
            const double max = summary.at("max").at("von_mises").at("value").get<double>();
            QVERIFY2(maxLabel->text().startsWith(formatQuantity(
                         max, wb::sim::Quantity::Pressure, QLocale(), Preferences::unitSystem())),
                     qPrintable(maxLabel->text()));
            QVERIFY(!dock->resultView()->findChild<QLabel*>("ResultOutOfDate"));
            auto* forceLabel = dock->resultView()->findChild<QLabel*>("Reaction_0_force");
            QVERIFY(forceLabel);
            QCOMPARE(forceLabel->text(), vectorText(summary.at("reactions").at(0).at("force"),
                                                    wb::sim::Quantity::Force, 6));

            // Editing the study marks the result out of date in the tree and the Jobs dock.
            const int row = jobs->model()->rowOf(jobId);
            const QModelIndex jobName = jobs->model()->index(row, JobsModel::NameColumn);
            QVERIFY(!jobName.data(JobsModel::OutOfDateRole).toBool());
            QVERIFY(jobName.data(Qt::DecorationRole).isNull());
            dock->selectItem({Kind::Loads, 0});
            auto* z = dock->findChild<QLineEdit*>("Param_vector_z");
            QVERIFY(z);
            z->setFocus();
            z->selectAll();
            QTest::keyClicks(z, "-500");
            QTest::keyClick(z, Qt::Key_Return);
            QCOMPARE(editor->study().loads[0].vector("vector")[2], -500.0);
            const auto outOfDate = [&] {
                return model->index(0, 0, resultsGroup(w)).data(StudyTreeModel::OutOfDateRole);
            };
            QTRY_VERIFY(outOfDate().toBool());
            QVERIFY(model->index(0, 0, resultsGroup(w)).data().toString().contains("out of date"));
            QVERIFY(!model->index(0, 0, resultsGroup(w)).data(Qt::DecorationRole).isNull());
            QVERIFY(jobName.data(JobsModel::OutOfDateRole).toBool());
            QVERIFY(!jobName.data(Qt::DecorationRole).isNull());
            QVERIFY(jobName.data(Qt::ToolTipRole).toString().contains("study has changed"));
            QVERIFY(dock->selectResult(jobId));
            QVERIFY(dock->resultView()->findChild<QLabel*>("ResultOutOfDate"));

            // Undone back to the study as solved: the marking goes.
            editor->undoStack()->undo();
            QTRY_VERIFY(!outOfDate().toBool());
            QVERIFY(!jobName.data(JobsModel::OutOfDateRole).toBool());
            QVERIFY(jobName.data(Qt::DecorationRole).isNull());
            QVERIFY(!model->index(0, 0, resultsGroup(w)).data().toString().contains("out of date"));
            QTRY_VERIFY(!dock->resultView()->findChild<QLabel*>("ResultOutOfDate"));
            // Redo: marked again.
            editor->undoStack()->redo();
            QTRY_VERIFY(outOfDate().toBool());
            QVERIFY(jobName.data(JobsModel::OutOfDateRole).toBool());
            editor->undoStack()->undo();
            QTRY_VERIFY(!outOfDate().toBool());

            QVERIFY2(w.projectSession()->saveTo(project, &error), qPrintable(error));
            w.projectSession()->newProject();
            QCOMPARE(model->rowCount(resultsGroup(w)), 0); // a new project has no results
        }

        // The project opened again shows its result as before.
        MainWindow w;
        w.show();
        w.openFiles({project});
        QVERIFY(waitImports(w));
        const StudyTreeModel* model = w.studyDock()->model();
        QTRY_COMPARE(model->rowCount(resultsGroup(w)), 1);
        const QModelIndex node = model->index(0, 0, resultsGroup(w));
        QCOMPARE(model->resultJobAt(node), jobId);
        QCOMPARE(childTexts(model, node), rowsBefore);
        QVERIFY(!node.data(StudyTreeModel::OutOfDateRole).toBool());
        w.projectSession()->newProject();
    }

    void unreadableResultsAreReported() {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("p.results/j-damaged")));
        QFile damaged(dir.filePath("p.results/j-damaged/result.json"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"werkbank-result\", \"version\": 1, \"status\": \"conv");
        damaged.close();
        MainWindow w;
        w.show();
        ProjectSession* session = w.projectSession();
        QString error;
        QVERIFY2(session->saveTo(dir.filePath("p.wbproj"), &error), qPrintable(error));
        for (const char* id : {"j-missing", "j-damaged"}) {
            wb::sim::ProjectJob job;
            job.id = id;
            job.name = id;
            job.state = "succeeded";
            job.resultDir = std::string("p.results/") + id;
            job.studyAsSolved = wb::sim::studyToJson(w.studyEditor()->study());
            session->recordJob(job);
        }
        const StudyTreeModel* model = w.studyDock()->model();
        QCOMPARE(model->rowCount(resultsGroup(w)), 2);
        // Newest first, each with a warning and why it cannot be shown.
        const QModelIndex newest = model->index(0, 0, resultsGroup(w));
        const QModelIndex older = model->index(1, 0, resultsGroup(w));
        QCOMPARE(model->resultJobAt(newest), QStringLiteral("j-damaged"));
        QCOMPARE(model->resultJobAt(older), QStringLiteral("j-missing"));
        QVERIFY(!newest.data(Qt::DecorationRole).isNull());
        QCOMPARE(model->rowCount(newest), 1);
        const QString why = model->index(0, 0, newest).data().toString();
        QVERIFY2(why.contains("damaged") && why.contains("1:"), qPrintable(why));
        QVERIFY(model->index(0, 0, older).data().toString().contains("missing"));
        QVERIFY(w.studyDock()->selectResult("j-damaged"));
        auto* shown = w.studyDock()->resultView()->findChild<QLabel*>("ResultError");
        QVERIFY(shown);
        QCOMPARE(shown->text(), why);
        // A result.json written later (the folder fetched again) is read when the project
        // changes next.
        QFile fixed(dir.filePath("p.results/j-missing/result.json"));
        QVERIFY(QDir().mkpath(dir.filePath("p.results/j-missing")));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.write(R"({"format": "werkbank-result", "version": 1, "status": "converged",
            "analysis": "static_structural",
            "max": {"von_mises": {"value": 2.5e8, "at": [0.01, 0.02, 0.003]}}})");
        fixed.close();
        wb::sim::ProjectJob again = session->jobs().front();
        session->recordJob(again);
        const QModelIndex read = model->indexOfResult("j-missing");
        QVERIFY(read.isValid());
        QVERIFY(read.data(Qt::DecorationRole).isNull());
        QCOMPARE(childTexts(model, read), QStringList{StudyText::fieldName("von_mises") +
                                                      ", maximum: 250 MPa at (10, 20, 3) mm"});
        session->newProject();
    }
};

QTEST_MAIN(TestStudyResults)
#include "tst_study_results.moc"
