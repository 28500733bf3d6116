// An STL part splits into the same faces in the app and in werkbank-server: the part is opened
// in the main window (the GUI's import path), and a study that loads each face it found
// differently is solved on a real werkbank-server on loopback (sent by the window's job
// controller, as Solve sends it) and here on the app's own model. The two temperature fields
// must agree; a study naming one face more than the app found must be refused by the server.
// The faces named by path, as the Study dock names picked faces, reach the service although it
// stores the upload under its SHA-256 (the path starts with the file's own name).
#include "tests/remote/remote_fixture.h"

#include "app/face_selection.h"
#include "app/job_controller.h"
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/services.h"
#include "app_test_support.h"

#include "core/sim/geometry_loader.h"
#include "core/sim/result_folder.h"
#include "core/sim/solve.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using wb::app::JobController;
using wb::app::MainWindow;
namespace fs = std::filesystem;

namespace {

constexpr const char* kService = "loopback";

/// A prism (mm) extruded along y by 15 from a convex profile in x-z: a 40 x 20 block with a
/// 45-degree chamfer at the bottom of x = 0 and, at x = 40, a circular arc of 90 degrees in 16
/// segments instead of the flat end. Feature faces: the two profile caps, bottom, chamfer,
/// left end, top and the arc (its segments bend 5.6 degrees, its edges 45): seven. The
/// triangles are shuffled so that the face numbering is not the order of construction.
wb::core::Mesh prism() {
    const double length = 40, height = 20, width = 15;
    std::vector<std::array<double, 2>> profile = {{5, 0}, {length, 0}};
    // The arc through (40, 0) and (40, 20) with its centre at (30, 10): from -45 to 45 degrees.
    const double r = std::sqrt(200.0);
    for (int i = 1; i < 16; ++i) {
        const double a = (-45.0 + 90.0 * i / 16) * std::numbers::pi / 180;
        profile.push_back({length - 10 + r * std::cos(a), height / 2 + r * std::sin(a)});
    }
    profile.push_back({length, height});
    profile.push_back({0, height});
    profile.push_back({0, 5});
    wb::core::Mesh m;
    auto vertex = [&](double x, double y, double z) {
        m.positions.insert(m.positions.end(), {float(x), float(y), float(z)});
        return std::uint32_t(m.positions.size() / 3 - 1);
    };
    std::vector<std::array<std::uint32_t, 3>> triangles;
    const std::size_t n = profile.size();
    std::vector<std::uint32_t> front, back;
    for (const auto& p : profile) {
        front.push_back(vertex(p[0], 0, p[1]));
        back.push_back(vertex(p[0], width, p[1]));
    }
    // The profile runs counter-clockwise seen from -y (x to the right, z up): outward
    // triangles are counter-clockwise on the cap at y = 0 and on the sides seen from outside.
    for (std::size_t i = 1; i + 1 < n; ++i) {
        triangles.push_back({front[0], front[i], front[i + 1]});
        triangles.push_back({back[0], back[i + 1], back[i]});
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        triangles.push_back({front[i], back[j], front[j]});
        triangles.push_back({front[i], back[i], back[j]});
    }
    std::mt19937 random(7);
    std::shuffle(triangles.begin(), triangles.end(), random);
    for (const auto& t : triangles)
        m.indices.insert(m.indices.end(), t.begin(), t.end());
    return m;
}

/// A steady thermal study on part.stl: `fixed` at 300 K, heat flux q_i = 2^i 100 kW/m^2 on
/// each of `loaded` in turn, so that each face carries a load of its own.
std::string thermalStudy(const wb::sim::FaceRef& fixed,
                         const std::vector<wb::sim::FaceRef>& loaded) {
    auto select = [](const wb::sim::FaceRef& f) {
        return "{\"faces\":[{\"part\":\"" + f.part + "\",\"face\":" + std::to_string(f.face) +
               "}]}";
    };
    std::string loads;
    for (std::size_t i = 0; i < loaded.size(); ++i)
        loads += std::string(i ? "," : "") +
                 "{\"type\":\"heat_flux\",\"value\":" + std::to_string(100000 << i) +
                 ",\"select\":" + select(loaded[i]) + "}";
    return simtest::studyText(
        "steady_thermal", "part.stl", 1e-3, "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
        "{\"type\":\"fixed_temperature\",\"temperature\":300,\"select\":" + select(fixed) + "}",
        loads, "");
}

/// The part of the scene's file `fileNode` as a model of its own: the file's tree below a root,
/// so that paths below the root are the paths below the file's node in the scene.
std::shared_ptr<const wb::core::Assembly> fileModel(const wb::core::Assembly& scene, int fileNode) {
    auto model = std::make_shared<wb::core::Assembly>();
    model->setMetresPerUnit(scene.metresPerUnit());
    model->setFormat(scene.format());
    for (const wb::core::Part& p : scene.parts())
        model->addPart(p);
    std::function<void(int, int)> copy = [&](int from, int to) {
        for (int child : scene.node(from).children) {
            const wb::core::Node& n = scene.node(child);
            copy(child, model->addNode(to, n.name, n.local, n.part));
        }
    };
    copy(fileNode, 0);
    model->nodes()[0].local = scene.node(fileNode).local;
    return model;
}

const std::vector<double>* field(const wb::sim::SolveResult& r, const std::string& name) {
    for (const auto& f : r.fields)
        if (f.name == name) return &f.values;
    return nullptr;
}

/// max |a - b| over the nodes, relative to the range of b.
double fieldDifference(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size() || b.empty()) return 1e300;
    const auto [lo, hi] = std::minmax_element(b.begin(), b.end());
    double worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst / std::max(*hi - *lo, 1e-300);
}

} // namespace

class TestStlFaces : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    fs::path m_dir;
    remotetest::ServerProcess m_server;

    /// Solves `study` on the loopback service through the window's job controller; the job's
    /// final state, and its result folder when it succeeded.
    JobController::State solveOnServer(MainWindow& w, const std::string& study, QString* dir,
                                       QString* errorId = nullptr) {
        JobController* c = w.jobController();
        QSignalSpy ready(c, &JobController::resultReady);
        const QString id = c->solve(QString::fromStdString(study),
                                    QString::fromStdString((m_dir / "part.stl").string()),
                                    QString::fromLatin1(kService));
        QElapsedTimer timer;
        timer.start();
        while (c->job(id)->active() && timer.elapsed() < 120000)
            QTest::qWait(20);
        const JobController::Job* job = c->job(id);
        if (errorId && job->error) *errorId = QString::fromStdString(job->error->id);
        if (job->state == JobController::State::Succeeded && dir) {
            if (ready.isEmpty()) ready.wait(60000);
            if (!ready.isEmpty()) *dir = ready.last().at(1).toString();
        }
        return job->state;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_stl_faces");
        m_dir = simtest::scratch("stl_faces");
        QVERIFY(wb::sim::writeStl(m_dir / "part.stl", prism()).has_value());
        QVERIFY(m_server.start({"--listen", "127.0.0.1:0", "--data-dir",
                                (m_dir / "server").string(), "--backend", "cpu"},
                               m_dir / "server.log"));
        wb::app::ServiceConfig loopback;
        loopback.name = QString::fromLatin1(kService);
        loopback.address = QString::fromStdString(m_server.endpoint());
        wb::app::Services::setRemotes({loopback});
    }

    void sameFacesAsServer() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({QString::fromStdString((m_dir / "part.stl").string())},
                    MainWindow::OpenMode::Replace);
        QVERIFY(wb::app::test::waitImports(w));
        const auto scene = w.document().scene();
        const auto instances = scene->instances();
        QCOMPARE(instances.size(), std::size_t(1));
        const int node = instances.front().node;
        const wb::core::Part& part = scene->parts()[std::size_t(instances.front().part)];
        const wb::core::Mesh& mesh = *part.mesh;
        QCOMPARE(mesh.faceCount, 7); // as the prism was built

        // Every face the app found, named by the part's own name: a name that does not depend
        // on where the file lies or what it is called.
        std::vector<wb::sim::FaceRef> refs;
        for (int f = 0; f < mesh.faceCount; ++f)
            refs.push_back({part.name, f});
        qInfo("part \"%s\": %d faces", part.name.c_str(), mesh.faceCount);
        const std::vector<wb::sim::FaceRef> loaded(refs.begin() + 1, refs.end());
        const std::string study = thermalStudy(refs.front(), loaded);

        // The app's model, solved here.
        const auto model = fileModel(*scene, wb::app::fileNodeOf(*scene, node));
        wb::sim::setGeometryLoader(
            [model](const fs::path&,
                    double) -> wb::core::Result<std::shared_ptr<const wb::core::Assembly>> {
                return model;
            });
        auto solveHere = [&](const std::string& text) {
            auto parsed = wb::sim::parseStudy(text);
            if (!parsed)
                return wb::core::Result<wb::sim::SolveResult>(std::unexpected(parsed.error()));
            parsed->baseDir = m_dir;
            return wb::sim::solve(*parsed);
        };
        auto here = solveHere(study);
        QVERIFY2(here.has_value(), here ? "" : here.error().toString().c_str());
        QCOMPARE(here->status, wb::sim::SolveStatus::Converged);

        // The comparison sees a mix-up: two faces' loads swapped change the field.
        std::vector<wb::sim::FaceRef> swapped = loaded;
        std::swap(swapped[0], swapped[1]);
        auto mixed = solveHere(thermalStudy(refs.front(), swapped));
        QVERIFY(mixed.has_value());
        const double mixDifference =
            fieldDifference(*field(*mixed, "temperature"), *field(*here, "temperature"));
        qInfo("two faces' loads swapped: %.3g of the range", mixDifference);
        QVERIFY(mixDifference > 1e-2);
        wb::sim::setGeometryLoader({});

        // The same study on the service: the same temperatures, face for face.
        QString dir, errorId;
        const auto state = solveOnServer(w, study, &dir, &errorId);
        QVERIFY2(state == JobController::State::Succeeded, qPrintable(errorId));
        auto there = wb::sim::readFieldFile(dir.toStdString() + "/fields.wbf");
        QVERIFY(there.has_value());
        QCOMPARE(there->model->grid.nx, here->model->grid.nx);
        QCOMPARE(there->model->grid.ny, here->model->grid.ny);
        QCOMPARE(there->model->grid.nz, here->model->grid.nz);
        const auto* tHere = field(*here, "temperature");
        const auto* tThere = field(*there, "temperature");
        QVERIFY(tHere && tThere);
        const double difference = fieldDifference(*tThere, *tHere);
        qInfo("temperature, service against app: %.3g of the range", difference);
        QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));

        // The service has no face beyond the app's last.
        const wb::sim::FaceRef beyond{part.name, mesh.faceCount};
        const auto refused =
            solveOnServer(w, thermalStudy(refs.front(), {beyond}), nullptr, &errorId);
        QCOMPARE(refused, JobController::State::Failed);
        QCOMPARE(errorId, QStringLiteral("sim.empty_selection"));

        // The faces as the Study dock names picked faces: by their path below the file's node.
        w.faceSelection()->addAllFaces(*scene, node);
        const std::vector<wb::sim::FaceRef> picked = w.faceSelection()->faceRefs(*scene);
        QCOMPARE(int(picked.size()), mesh.faceCount);
        qInfo("the Study dock names them \"%s\"", picked.front().part.c_str());
        errorId.clear();
        const auto byPath = solveOnServer(
            w, thermalStudy(picked.front(), {picked.begin() + 1, picked.end()}), nullptr, &errorId);
        QVERIFY2(byPath == JobController::State::Succeeded, qPrintable(errorId));
        w.projectSession()->newProject();
    }

    void cleanupTestCase() {
        wb::app::Services::setRemotes({});
        m_server.stop();
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestStlFaces test;
    const int status = QTest::qExec(&test, argc, argv);
    wb::core::leaveNow(remotetest::finish("tst_stl_faces") | status);
}

#include "tst_stl_faces.moc"
