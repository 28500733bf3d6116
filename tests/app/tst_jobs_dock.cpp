// Jobs from the GUI against real werkbank-server processes: a solve on the embedded local
// service with a live convergence plot and a responsive event loop, cancel from the dock, a
// local service that outlives the idle thread that started it, a killed local service, jobs a
// closed session left, and a TLS service with a token configured in Preferences › Services
// (test connection, wrong token, a dropped connection that resumes).
#include "tests/remote/remote_fixture.h"

#include "app/convergence_plot.h"
#include "app/job_controller.h"
#include "app/jobs_dock.h"
#include "app/jobs_model.h"
#include "app/main_window.h"
#include "app/services.h"
#include "app/services_page.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using wb::app::JobController;
using wb::app::JobsDock;
using wb::app::JobsModel;
using State = JobController::State;
namespace fs = std::filesystem;

namespace {

/// The longest pause of the event loop while it runs (a 10 ms timer's ticks).
class TickGap : public QObject {
public:
    TickGap() {
        m_clock.start();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_timer.start(10);
    }
    qint64 longest() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_longest = 0;
    int m_ticks = 0;
};

QString text(const fs::path& file) {
    return QString::fromStdString(remotetest::readText(file));
}

/// The werkbank-server processes this test started directly (the embedded service).
std::vector<pid_t> serverChildren() {
    std::vector<pid_t> pids;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string stat = remotetest::readText(entry.path() / "stat");
        const auto open = stat.find('('), close = stat.rfind(')');
        if (open == std::string::npos || close == std::string::npos) continue;
        std::istringstream rest(stat.substr(close + 2));
        char state = 0;
        pid_t ppid = 0;
        rest >> state >> ppid;
        if (ppid == ::getpid() && stat.substr(open + 1, close - open - 1) == "werkbank-server" &&
            state != 'Z')
            pids.push_back(pid_t(std::stoi(entry.path().filename().string())));
    }
    return pids;
}

QString cell(const JobsDock& dock, const QString& id, int column, int role = Qt::DisplayRole) {
    return dock.model()->index(dock.model()->rowOf(id), column).data(role).toString();
}

} // namespace

class TestJobsDock : public QObject {
    Q_OBJECT
    fs::path m_dir;
    QString m_study, m_longStudy, m_stl;

    std::unique_ptr<JobController> controller() {
        auto c = std::make_unique<JobController>();
        wb::remote::ConnectionOptions local;
        local.serverExecutable = remotetest::bin("werkbank-server");
        local.dataDir = (m_dir / "local-data").string();
        c->setLocalServiceOptions(local);
        c->setLocalJobsFile(QString::fromStdString((m_dir / "local-jobs.json").string()));
        const QString results = QString::fromStdString((m_dir / "results").string());
        c->setResultDirProvider([results](const QString& id) { return results + '/' + id; });
        return c;
    }

    /// Waits until the job runs its solve iterations.
    static bool waitIterating(const JobController& c, const QString& id, int iterations) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000) {
            const auto* job = c.job(id);
            if (job && job->state == State::Running && job->iteration >= iterations) return true;
            if (job && !job->active()) return false;
            QTest::qWait(20);
        }
        return false;
    }

    static bool waitFinished(const JobController& c, const QString& id, int ms = 120000) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            const auto* job = c.job(id);
            if (job && !job->active()) return true;
            QTest::qWait(20);
        }
        return false;
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_jobs_dock");
        wb::app::Services::setRemotes({});
        m_dir = simtest::scratch("jobs_dock");
        m_study = text(remotetest::writeCantilever(m_dir, 1.25e-3));
        m_stl = QString::fromStdString((m_dir / "beam.stl").string());
        // Iterates until rounding stops it (about 200 iterations).
        m_longStudy = m_study;
        m_longStudy.replace("\"tolerance\":1e-10", "\"tolerance\":1e-300");
        m_longStudy.replace("\"max_iterations\":2000", "\"max_iterations\":20000");
        QVERIFY(m_longStudy != m_study);
    }

    void solveOnEmbeddedService() {
        auto c = controller();
        JobsDock dock(c.get());
        dock.resize(900, 600);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        // Painted once before the clock starts: the first paint loads fonts and styles.
        dock.repaint();
        QTest::qWait(50);
        QSignalSpy ready(c.get(), &JobController::resultReady);
        QSignalSpy fields(c.get(), &JobController::fieldArrived);
        TickGap gap;
        const QString id = c->solve(m_study, m_stl);
        QVERIFY(waitFinished(*c, id));
        QCOMPARE(c->job(id)->state, State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
        const qint64 longest = gap.longest();
        qInfo() << "longest event-loop gap during the solve:" << longest << "ms";
        QVERIFY2(longest < 100, qPrintable(QString::number(longest)));

        // The plot got every iteration once, in order.
        const auto* job = c->job(id);
        QVERIFY(!job->residuals.isEmpty());
        QTRY_COMPARE(dock.plot()->series()->count(), int(job->residuals.size()));
        const QList<QPointF> points = dock.plot()->series()->points();
        for (int i = 1; i < points.size(); ++i)
            QVERIFY2(points[i].x() > points[i - 1].x(), qPrintable(QString::number(i)));
        QCOMPARE(int(points.first().x()), 1);
        QCOMPARE(int(points.last().x()), job->iteration);
        QVERIFY(fields.count() > 0);

        const QString dir = ready.at(0).at(1).toString();
        QVERIFY(QFile::exists(dir + "/result.json"));
        QCOMPARE(cell(dock, id, JobsModel::StateColumn), JobsModel::stateText(State::Succeeded));
        QCOMPARE(cell(dock, id, JobsModel::BackendColumn), QStringLiteral("CPU"));
        QVERIFY(!cell(dock, id, JobsModel::ElapsedColumn).isEmpty());
        QVERIFY(job->startedMs > 0 && job->startedMs <= job->finishedMs);
        QVERIFY(!job->device.isEmpty());
        QVERIFY(dock.logView()->toPlainText().contains("Running on the CPU"));
        QVERIFY(!c->hasRunningLocalJobs());
    }

    void cancelFromDock() {
        auto c = controller();
        JobsDock dock(c.get());
        dock.show();
        const QString id = c->solve(m_longStudy, m_stl);
        QVERIFY(waitIterating(*c, id, 3));
        QVERIFY(c->hasRunningLocalJobs());
        dock.selectJob(id);
        QVERIFY(dock.cancelAction()->isEnabled());
        dock.cancelAction()->trigger();
        QVERIFY(waitFinished(*c, id, 60000));
        QCOMPARE(c->job(id)->state, State::Cancelled);
        QCOMPARE(cell(dock, id, JobsModel::StateColumn), JobsModel::stateText(State::Cancelled));
        // Delete removes the finished job from the list and the service.
        QVERIFY(dock.removeAction()->isEnabled());
        QCOMPARE(dock.removeAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        dock.removeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(c->job(id) == nullptr, 30000);
        QCOMPARE(dock.model()->rowCount(), 0);
        // Cancelled while uploading: it is never submitted.
        const QString early = c->solve(m_longStudy, m_stl);
        QCOMPARE(c->job(early)->state, State::Uploading);
        c->cancel(early);
        QCOMPARE(c->job(early)->state, State::Cancelled);
        QTest::qWait(1000);
        QCOMPARE(c->job(early)->state, State::Cancelled);
        QVERIFY(c->job(early)->jobId.isEmpty());
        QVERIFY(!c->hasRunningLocalJobs());
    }

    void killedLocalService() {
        auto c = controller();
        JobsDock dock(c.get());
        dock.show();
        const QString id = c->solve(m_longStudy, m_stl);
        QVERIFY(waitIterating(*c, id, 3));
        const auto servers = serverChildren();
        QCOMPARE(servers.size(), std::size_t(1));
        TickGap gap;
        ::kill(servers.front(), SIGKILL);
        QVERIFY(waitFinished(*c, id, 30000));
        QCOMPARE(c->job(id)->state, State::Interrupted);
        QCOMPARE(cell(dock, id, JobsModel::StateColumn), JobsModel::stateText(State::Interrupted));
        QVERIFY(cell(dock, id, JobsModel::StateColumn, Qt::ToolTipRole).contains("stopped"));
        QVERIFY(dock.logView()->toPlainText().contains("stopped"));
        QVERIFY(dock.runAgainAction()->isEnabled());
        const int ticks = gap.ticks();
        QTest::qWait(300);
        QVERIFY(gap.ticks() > ticks + 10); // the window keeps processing events
        // The next solve starts a new local service.
        const QString again = c->runAgain(id);
        QVERIFY(!again.isEmpty());
        QVERIFY(waitIterating(*c, again, 1));
        c->cancel(again);
        QVERIFY(waitFinished(*c, again, 60000));
        QCOMPARE(c->job(again)->state, State::Cancelled);
    }

    void localServiceOutlivesIdleThreads() {
        auto c = controller();
        const QString id = c->solve(m_study, m_stl);
        QVERIFY(waitFinished(*c, id));
        const auto servers = serverChildren();
        QCOMPARE(servers.size(), std::size_t(1));
        // Longer than an idle thread of a pool lives by default (30 s): the service must not
        // end with the thread that started it.
        QTest::qWait(35000);
        QCOMPARE(serverChildren(), servers);
    }

    void interruptedAtNextStart() {
        QString id;
        {
            auto c = controller();
            id = c->solve(m_longStudy, m_stl);
            QVERIFY(waitIterating(*c, id, 2));
            QVERIFY(c->hasRunningLocalJobs());
        } // the program closes: the local service stops with it
        auto c = controller();
        JobsDock dock(c.get());
        dock.show();
        c->refreshRemoteJobs();
        // The local service, started again, failed the job as interrupted.
        QTRY_VERIFY_WITH_TIMEOUT(
            c->job(id) && c->job(id)->error && c->job(id)->error->id == "job.interrupted", 60000);
        QCOMPARE(c->job(id)->state, State::Interrupted);
        QCOMPARE(cell(dock, id, JobsModel::StateColumn), JobsModel::stateText(State::Interrupted));
        // Earlier local jobs are listed with their outcome.
        int succeeded = 0;
        for (const QString& other : c->jobIds())
            succeeded += c->job(other)->state == State::Succeeded;
        QVERIFY(succeeded >= 1);
        dock.selectJob(id);
        QVERIFY(dock.runAgainAction()->isEnabled());
        QSignalSpy added(c.get(), &JobController::jobAdded);
        dock.runAgainAction()->trigger();
        QCOMPARE(added.count(), 1);
        const QString again = added.at(0).at(0).toString();
        QVERIFY(waitIterating(*c, again, 1));
        c->cancel(again);
        QVERIFY(waitFinished(*c, again, 60000));
        QCOMPARE(c->job(again)->state, State::Cancelled);
    }

    void remoteServiceWithToken() {
        const fs::path dir = m_dir / "tls";
        fs::create_directories(dir);
        QVERIFY(remotetest::makeCertificates(dir));
        remotetest::addToken(dir / "tokens", "alice", "alice-token", dir / "alice.token");
        simtest::writeText(dir / "wrong.token", "not-the-token\n");
        ::chmod((dir / "alice.token").c_str(), 0644);
        ::chmod((dir / "wrong.token").c_str(), 0600);
        const std::string d = dir.string() + "/";
        const std::vector<std::string> args = {
            "--tls-cert", d + "server.pem", "--tls-key", d + "server.key", "--tokens",
            d + "tokens", "--data-dir",     d + "data",  "--backend",      "cpu"};
        auto withListen = [&](const std::string& listen) {
            std::vector<std::string> a = {"--listen", listen};
            a.insert(a.end(), args.begin(), args.end());
            return a;
        };
        remotetest::ServerProcess server;
        QVERIFY(server.start(withListen("127.0.0.1:0"), dir / "server.log"));
        const QString endpoint = QString::fromStdString(server.endpoint());

        wb::app::ServiceConfig good{
            "eu-test",    endpoint, QString::fromStdString(d + "ca.pem"),
            {},           {},       QString::fromStdString(d + "alice.token"),
            "Test region"};
        wb::app::ServiceConfig bad = good;
        bad.name = "wrong";
        bad.tokenFile = QString::fromStdString(d + "wrong.token");
        QVERIFY(remotetest::makeCertificates(dir, "other-"));
        wb::app::ServiceConfig otherCa = good, nowhere = good;
        otherCa.name = "other-ca";
        otherCa.caFile = QString::fromStdString(d + "other-ca.pem");
        nowhere.name = "nowhere";
        nowhere.address = "127.0.0.1:1";
        wb::app::Services::setRemotes({good, bad, otherCa, nowhere});

        // Preferences › Services: the open token file is flagged; "Test connection".
        {
            wb::app::ServicesPage page;
            page.show();
            page.selectService("eu-test");
            QVERIFY(page.tokenWarning()->isVisibleTo(&page));
            QVERIFY(page.tokenWarning()->text().contains("chmod 600"));
            ::chmod((dir / "alice.token").c_str(), 0600);
            page.selectService("wrong");
            page.selectService("eu-test");
            QVERIFY(!page.tokenWarning()->isVisibleTo(&page));
            QSignalSpy tested(&page, &wb::app::ServicesPage::testFinished);
            page.testConnection();
            QVERIFY(tested.wait(30000));
            QCOMPARE(tested.at(0).at(0).toBool(), true);
            QVERIFY2(page.testResult().contains(QStringLiteral(WB_VERSION)),
                     qPrintable(page.testResult()));
            QVERIFY(page.testResult().contains("Region") && page.testResult().contains("CPU"));
            page.selectService("wrong");
            page.testConnection();
            QVERIFY(tested.wait(30000));
            QCOMPARE(tested.at(1).at(0).toBool(), false);
            QCOMPARE(page.testResult(), QStringLiteral("The service refused the token. Check "
                                                       "the token file in Preferences › "
                                                       "Services."));
            // A certificate from another CA, and a port where nothing listens: said plainly.
            page.selectService("other-ca");
            page.testConnection();
            QVERIFY(tested.wait(30000));
            QVERIFY2(page.testResult().contains("secure connection failed") &&
                         page.testResult().contains("Preferences › Services"),
                     qPrintable(page.testResult()));
            page.selectService("nowhere");
            page.testConnection();
            QVERIFY(tested.wait(30000));
            QVERIFY2(page.testResult().contains("cannot be reached"),
                     qPrintable(page.testResult()));
            QVERIFY(page.apply());
        }

        auto c = controller();
        JobsDock dock(c.get());
        dock.show();
        // A wrong token: the plain message.
        QSignalSpy errors(c.get(), &JobController::errorOccurred);
        const QString refused = c->solve(m_study, m_stl, "wrong");
        QVERIFY(waitFinished(*c, refused, 30000));
        QCOMPARE(c->job(refused)->state, State::Failed);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.last().at(1).toString(),
                 QStringLiteral("The service refused the token. Check the token file in "
                                "Preferences › Services."));

        // A job on the TLS service; its connection drops mid-solve and the watch resumes.
        QString resumable = m_longStudy;
        resumable.replace("\"max_iterations\":20000", "\"max_iterations\":60");
        TickGap gap;
        const QString id = c->solve(resumable, m_stl, "eu-test");
        QCOMPARE(cell(dock, id, JobsModel::ServiceColumn), QStringLiteral("eu-test (Test region)"));
        QVERIFY(waitIterating(*c, id, 10));
        server.kill9();
        QTRY_COMPARE_WITH_TIMEOUT(c->job(id)->state, State::Reconnecting, 30000);
        QCOMPARE(cell(dock, id, JobsModel::StateColumn), JobsModel::stateText(State::Reconnecting));
        QVERIFY(server.start(withListen(endpoint.toStdString()), dir / "server2.log"));
        QVERIFY(waitFinished(*c, id));
        QCOMPARE(c->job(id)->state, State::NotConverged);
        QVERIFY(c->job(id)->log.size() > 0);
        const auto& residuals = c->job(id)->residuals;
        QCOMPARE(int(residuals.size()), 60); // each iteration once, none lost
        for (int i = 0; i < residuals.size(); ++i)
            QCOMPARE(int(residuals[i].x()), i + 1);
        QTRY_COMPARE(dock.plot()->series()->count(), 60);
        QTRY_VERIFY_WITH_TIMEOUT(!c->job(id)->resultDir.isEmpty(), 60000);
        QVERIFY(QFile::exists(c->job(id)->resultDir + "/result.json"));
        QCOMPARE(cell(dock, id, JobsModel::BackendColumn), QStringLiteral("CPU"));

        // A new session lists the service's jobs so that they can still be opened.
        auto next = controller();
        next->refreshRemoteJobs();
        QTRY_VERIFY_WITH_TIMEOUT(next->job(id) && next->job(id)->state == State::NotConverged,
                                 30000);
        QSignalSpy open(next.get(), &JobController::resultOpenRequested);
        next->openResult(id);
        QVERIFY(open.wait(30000));
        QVERIFY(QFile::exists(open.at(0).at(1).toString() + "/result.json"));
        next->loadHistory(id);
        QTRY_COMPARE_WITH_TIMEOUT(int(next->job(id)->residuals.size()), 60, 30000);
        server.stop();
    }

    void mainWindowHasJobs() {
        wb::app::MainWindow w;
        QVERIFY(w.jobController() != nullptr);
        QVERIFY(w.jobsDock() != nullptr && w.jobsDock()->model()->rowCount() >= 0);
        bool inViewMenu = false;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(w.jobsDock()->toggleViewAction()))
                inViewMenu = true;
        QVERIFY(inViewMenu);
        QVERIFY(!w.jobController()->hasRunningLocalJobs());
    }

    void cleanupTestCase() { wb::app::Services::setRemotes({}); }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestJobsDock test;
    const int status = QTest::qExec(&test, argc, argv);
    wb::core::leaveNow(remotetest::finish("tst_jobs_dock") | status);
}

#include "tst_jobs_dock.moc"
