// The live view of a running job, solved by the real embedded werkbank-server with an
// intermediate field every iteration: the fields stream in and are drawn on the model while
// the job runs (at least two received whole before the final result), on the voxel model the
// service sent once, and the result folder replaces them when the job has finished.
#include "app/job_controller.h"
#include "app/live_results.h"
#include "app/main_window.h"
#include "app/result_display.h"
#include "app/study_commands.h"
#include "app/study_editor.h"
#include "app_test_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace wb::app;
using Kind = StudyItemRef::Kind;

namespace {

bool waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(10);
    return done();
}

} // namespace

class TestLiveResults : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_home));
        qputenv("WERKBANK_SERVER", WB_SERVER_EXE);
        qputenv("WERKBANK_DATA_DIR", m_home.filePath("local-service").toUtf8());
        QCoreApplication::setApplicationName("tst_live_results");
        QVERIFY(QFile::exists(wb::app::test::kSampleAssembly));
    }

    void intermediateFieldsRepaintThenFinalReplaces() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({wb::app::test::kSampleAssembly}, MainWindow::OpenMode::Replace);
        QVERIFY(wb::app::test::waitImports(w));
        StudyEditor* editor = w.studyEditor();
        wb::sim::Condition fixed;
        fixed.name = "held";
        fixed.type = "fixed";
        std::vector<wb::sim::FaceRef> faces;
        for (const wb::sim::ModelPart& part : editor->modelParts())
            faces.push_back({part.path, 0});
        fixed.select = wb::sim::Selector{faces};
        editor->undoStack()->push(new AddConditionCommand(editor, Kind::Supports, fixed));
        wb::sim::Condition gravity;
        gravity.name = "weight";
        gravity.type = "gravity";
        gravity.setVector("vector", {0, 0, -1000});
        editor->undoStack()->push(new AddConditionCommand(editor, Kind::Loads, gravity));
        editor->undoStack()->push(new SetMeshCommand(editor, std::nullopt, 0.003));
        QVERIFY(editor->canSolve());

        JobController* jobs = w.jobController();
        jobs->setIntermediateEvery(1);
        LiveResults* live = w.liveResults();
        ResultDisplay* display = w.resultDisplay();
        QSignalSpy ready(jobs, &JobController::resultReady);
        QSignalSpy shown(live, &LiveResults::updateShown);
        // What the live view holds while the job runs, taken when each update is drawn.
        int liveWhileRunning = 0, receivedBeforeFinal = -1;
        std::shared_ptr<const wb::sim::SolveResult> lastLive;
        connect(display, &ResultDisplay::displayUpdated, this, [&] {
            if (!display->isLive()) return;
            const JobController::Job* job = jobs->job(live->followedJob());
            if (job && job->active()) ++liveWhileRunning;
            lastLive = display->result();
        });
        connect(jobs, &JobController::fieldArrived, this,
                [&](const QString&, const wb::remote::FieldChunk& chunk) {
                    if (chunk.final && receivedBeforeFinal < 0)
                        receivedBeforeFinal = live->receivedUpdates();
                });
        w.solve();
        QVERIFY(!live->followedJob().isEmpty());
        QVERIFY(waitFor([&] { return ready.count() > 0; }, 240000));
        const QString id = ready.at(0).at(0).toString();
        QCOMPARE(id, live->followedJob());
        QCOMPARE(jobs->job(id)->state, JobController::State::Succeeded);

        // Every iteration sent a field: at least two came in whole before the final one, and
        // the colours on the model changed while the job ran.
        QVERIFY2(receivedBeforeFinal >= 2, qPrintable(QString::number(receivedBeforeFinal)));
        QVERIFY(shown.count() >= 1);
        QVERIFY(liveWhileRunning >= 1);
        QVERIFY(lastLive && lastLive->model);
        QCOMPARE(lastLive->fields.size(), std::size_t(1));
        QCOMPARE(lastLive->fields.front().name, std::string("displacement"));
        QCOMPARE(lastLive->fields.front().components, 3);

        // The result folder replaces the live fields once downloaded, on the same voxel model
        // the stream's mask described.
        QVERIFY(waitFor([&] { return !display->isLive() && !display->resultDir().isEmpty(); },
                        60000));
        QCOMPARE(QDir(display->resultDir()).absolutePath(),
                 QDir(ready.at(0).at(1).toString()).absolutePath());
        const auto final = display->result();
        QVERIFY(final && final->model && final->field("von_mises"));
        const wb::sim::VoxelGrid& a = lastLive->model->grid;
        const wb::sim::VoxelGrid& b = final->model->grid;
        QCOMPARE(a.nx, b.nx);
        QCOMPARE(a.ny, b.ny);
        QCOMPARE(a.nz, b.nz);
        QCOMPARE(a.h, b.h);
        QCOMPARE(lastLive->model->solidVoxels, final->model->solidVoxels);
        for (std::size_t v = 0; v < final->model->voxelMaterial.size(); ++v)
            QCOMPARE(lastLive->model->solid(v), final->model->solid(v));
        QCOMPARE(lastLive->fields.front().values.size(),
                 final->field("displacement")->values.size());
    }
};

QTEST_MAIN(TestLiveResults)
#include "tst_live_results.moc"
