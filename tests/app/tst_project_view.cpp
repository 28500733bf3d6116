// The view saved in a project: a camera moved away from the fitted one and the display mode come
// back when the project is opened (after its geometry has been imported), the file holds them
// as documented, and a view that cannot be used is ignored without refusing the project.
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/project_view.h"
#include "app/viewport_widget.h"
#include "app_test_support.h"

#include "core/sim/project.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb::app;
using wb::app::test::waitImports;

namespace {

bool near(const QVector3D& a, const QVector3D& b) {
    return (a - b).length() <= 1e-5f * std::max(1.0f, std::max(a.length(), b.length()));
}

QString text(const QVector3D& v) {
    return QStringLiteral("(%1, %2, %3)").arg(v.x()).arg(v.y()).arg(v.z());
}

} // namespace

class TestProjectView : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_home));
        QVERIFY2(QFile::exists(test::kSampleAssembly), qPrintable(test::kSampleAssembly));
    }

    void cameraRoundTrip() {
        const QString project = m_home.filePath("view.wbproj");
        CameraView fitted, saved;
        {
            MainWindow w;
            w.resize(1100, 750);
            w.show();
            w.openFiles({test::kSampleAssembly}, MainWindow::OpenMode::Replace);
            QVERIFY(waitImports(w));
            fitted = w.viewport()->cameraView();
            // From behind, left and above, farther away, with a wider lens.
            CameraView v = fitted;
            const float distance = (fitted.eye - fitted.target).length();
            v.target = fitted.target + QVector3D(0.1f, -0.05f, 0.02f) * distance;
            v.eye = v.target + QVector3D(-3, 2, 1.5f).normalized() * distance * 1.3f;
            v.up = {0, 0, 1};
            v.fieldOfView = 40;
            w.viewport()->setCameraView(v);
            w.viewport()->setDisplayMode(wb::render::DisplayMode::Wireframe);
            saved = w.viewport()->cameraView();
            QVERIFY(!near(saved.eye, fitted.eye));
            QString error;
            QVERIFY2(w.projectSession()->saveTo(project, &error), qPrintable(error));
        }
        // The file holds the camera as docs/study-format.md says.
        auto onDisk = wb::sim::loadProject(project.toStdString());
        QVERIFY(onDisk.has_value());
        const wb::sim::Json& camera = onDisk->view.at("camera");
        QCOMPARE(camera.at("projection").get<std::string>(), std::string("perspective"));
        QCOMPARE(camera.at("field_of_view").get<double>(), 40.0);
        QCOMPARE(camera.at("eye").size(), std::size_t(3));
        QCOMPARE(float(camera.at("eye")[0].get<double>()), saved.eye.x());
        QCOMPARE(onDisk->view.at("display_mode").get<int>(),
                 int(wb::render::DisplayMode::Wireframe));

        MainWindow w;
        w.resize(900, 600);
        w.show();
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        w.openFiles({project});
        QCOMPARE(opened.count(), 1);
        QVERIFY(opened.at(0).at(1).toBool());
        QVERIFY(waitImports(w));
        QTest::qWait(50);
        const CameraView back = w.viewport()->cameraView();
        QVERIFY2(near(back.eye, saved.eye), qPrintable(text(back.eye) + " vs " + text(saved.eye)));
        QVERIFY2(near(back.target, saved.target), qPrintable(text(back.target)));
        QVERIFY2(near(back.up, saved.up), qPrintable(text(back.up)));
        QCOMPARE(back.fieldOfView, 40.0f);
        QCOMPARE(w.viewport()->displayMode(), wb::render::DisplayMode::Wireframe);

        // Opening the geometry alone fits it: the camera above came from the project.
        MainWindow plain;
        plain.show();
        plain.openFiles({test::kSampleAssembly}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(plain));
        QVERIFY(!near(plain.viewport()->cameraView().eye, saved.eye));
    }

    void unusableViewIsIgnored() {
        const CameraView c{{1, 2, 3}, {0, 0, 0}, {0, 0, 1}, 35};
        const ProjectView view{wb::render::DisplayMode::Shaded, c};
        const ProjectView back = projectViewFromJson(projectViewToJson(view));
        QVERIFY(back.displayMode == wb::render::DisplayMode::Shaded);
        QVERIFY(back.camera && *back.camera == c);

        auto withCamera = [&](auto edit) {
            wb::sim::Json json = projectViewToJson(view);
            edit(json["camera"]);
            return projectViewFromJson(json);
        };
        using wb::sim::Json;
        QVERIFY(!withCamera([](Json& j) { j["projection"] = "orthographic"; }).camera);
        QVERIFY(!withCamera([](Json& j) { j["projection"] = 3; }).camera);
        QVERIFY(!withCamera([](Json& j) { j.erase("projection"); }).camera);
        QVERIFY(!withCamera([](Json& j) { j["eye"] = Json::array({0, 0, 0}); }).camera);
        QVERIFY(!withCamera([](Json& j) { j["up"] = Json::array({1, 2}); }).camera);
        QVERIFY(!withCamera([](Json& j) { j["target"] = "here"; }).camera);
        QVERIFY(!withCamera([](Json& j) { j["field_of_view"] = 180; }).camera);
        QVERIFY(!withCamera([](Json& j) { j["eye"][1] = 1e300; }).camera); // not a float
        const ProjectView kept = withCamera([](Json& j) { j = Json::array(); });
        QVERIFY(!kept.camera);
        QVERIFY(kept.displayMode == wb::render::DisplayMode::Shaded);
        QVERIFY(!projectViewFromJson(Json::object({{"display_mode", 7}})).displayMode);
        QVERIFY(!projectViewFromJson(Json("view")).camera);
    }
};

QTEST_MAIN(TestProjectView)
#include "tst_project_view.moc"
