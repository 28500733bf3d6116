// Picking faces in the viewport for supports and loads, on the real sample assembly in a real
// window under Xvfb: P turns face pick mode on; a click on a face (found by projecting a face's
// centroid with the viewport's camera) selects it and tints it, Ctrl+click toggles, a click on
// the background clears, a dragged box adds every face seen in it, Escape clears, and "Select
// All Faces of Part" selects exactly the part's faces. The study references made from the
// selection name parts by the paths `werkbank-cli inspect --json` prints, and lead back to the
// same faces.
#include "app/face_selection.h"
#include "app/main_window.h"
#include "app_test_support.h"
#include "app/viewport_widget.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>
#include <map>

using wb::app::FaceSelection;
using wb::app::MainWindow;
using wb::app::ViewportWidget;
using wb::core::NodeFace;

using wb::app::test::waitImports;

namespace {

const QString kSample = wb::app::test::kSampleAssembly;

/// A visible face and a widget point on it: the centroid of the face's triangles, projected
/// with the viewport's camera, where the pick buffer finds that face.
struct ScreenFace {
    NodeFace face;
    QPoint pos;
};

std::vector<ScreenFace> visibleFaces(const wb::core::Assembly& scene, ViewportWidget& viewport,
                                     std::size_t wanted) {
    std::vector<ScreenFace> found;
    const QRect inside = viewport.rect().adjusted(10, 10, -10, -10);
    for (const wb::core::Instance& inst : scene.instances()) {
        const wb::core::Mesh& mesh = *scene.parts()[inst.part].mesh;
        std::vector<wb::core::Vec3> sum(std::size_t(mesh.faceCount));
        std::vector<int> count(std::size_t(mesh.faceCount));
        for (std::size_t t = 0; t < mesh.triangleCount(); ++t)
            for (int c = 0; c < 3; ++c) {
                sum[std::size_t(mesh.faceIds[t])] =
                    sum[std::size_t(mesh.faceIds[t])] + mesh.vertex(mesh.indices[3 * t + c]);
                count[std::size_t(mesh.faceIds[t])] += 1;
            }
        for (int f = 0; f < mesh.faceCount && found.size() < wanted; ++f) {
            if (count[std::size_t(f)] == 0) continue;
            const wb::core::Vec3 p = inst.world.apply(sum[std::size_t(f)] * (1.0 / count[f]));
            const QPoint pos =
                viewport.project(QVector3D(float(p.x), float(p.y), float(p.z))).toPoint();
            if (!inside.contains(pos)) continue;
            const auto hit = viewport.pickAt(pos);
            if (hit.node == inst.node && hit.face == f) found.push_back({{inst.node, f}, pos});
        }
    }
    return found;
}

/// `werkbank-cli inspect --json` of `file`: faces per node path, for nodes that place a part.
std::map<QString, int> inspectPaths(const QString& file) {
    QProcess p;
    p.start(QStringLiteral(WB_CLI_EXE), {"inspect", file, "--json"});
    p.waitForFinished(120000);
    std::map<QString, int> paths;
    std::function<void(const QJsonObject&)> walk = [&](const QJsonObject& node) {
        if (!node["part"].isNull()) paths[node["path"].toString()] = node["faces"].toInt();
        for (const QJsonValue& child : node["children"].toArray())
            walk(child.toObject());
    };
    walk(QJsonDocument::fromJson(p.readAllStandardOutput()).object()["tree"].toObject());
    return paths;
}

QAction* action(MainWindow& w, const char* name) {
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestFacePicking : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_face_picking");
        QVERIFY2(QFile::exists(kSample), "the build writes the sample assembly");
    }

    void pickClickToggleBoxAndPart() {
        MainWindow w;
        w.resize(1100, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({kSample}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        ViewportWidget& viewport = *w.viewport();
        FaceSelection& selection = *w.faceSelection();
        const auto scene = w.document().scene();
        QVERIFY(viewport.glError().isEmpty());

        // P (a window shortcut) turns face pick mode on.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        viewport.setFocus();
        QTest::keyClick(&viewport, Qt::Key_P);
        QVERIFY(viewport.facePickMode());
        QVERIFY(action(w, "PickFacesAction")->isChecked());

        const std::vector<ScreenFace> faces = visibleFaces(*scene, viewport, 2);
        QCOMPARE(faces.size(), std::size_t(2));
        const ScreenFace& a = faces[0];
        const ScreenFace& b = faces[1];

        // A click selects the face under the cursor, and tints it.
        const QImage before = viewport.grabFramebuffer();
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, a.pos);
        QCOMPARE(selection.faces(), std::vector<NodeFace>{a.face});
        const QImage after = viewport.grabFramebuffer();
        const QRgb plain = before.pixel(a.pos), tinted = after.pixel(a.pos);
        QVERIFY2(qGreen(tinted) > qRed(tinted) + 40 && qGreen(tinted) > qBlue(tinted) + 40,
                 qPrintable(QColor(tinted).name() + " over " + QColor(plain).name()));

        // Ctrl+click toggles: another face joins, a selected one leaves.
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::ControlModifier, b.pos);
        QCOMPARE(selection.count(), 2);
        QVERIFY(selection.contains(b.face));
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::ControlModifier, a.pos);
        QCOMPARE(selection.faces(), std::vector<NodeFace>{b.face});
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::ControlModifier, b.pos);
        QVERIFY(selection.isEmpty());
        QVERIFY(viewport.pickAt(a.pos).hit());
        QCOMPARE(viewport.grabFramebuffer().pixel(a.pos), plain);

        // A plain click replaces; on the background it clears.
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, a.pos);
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, b.pos);
        QCOMPARE(selection.faces(), std::vector<NodeFace>{b.face});
        QVERIFY(!viewport.pickAt({4, 4}).hit());
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
        QVERIFY(selection.isEmpty());

        // A dragged box adds every face seen inside it (and keeps what was selected).
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, a.pos);
        const QRect box(QPoint(viewport.width() / 4, viewport.height() / 4),
                        QPoint(3 * viewport.width() / 4, 3 * viewport.height() / 4));
        const std::vector<NodeFace> seen = viewport.facesIn(box);
        QVERIFY(seen.size() > 5);
        QTest::mousePress(&viewport, Qt::LeftButton, Qt::NoModifier, box.topLeft());
        QTest::mouseMove(&viewport, box.center());
        QTest::mouseMove(&viewport, box.bottomRight());
        QTest::mouseRelease(&viewport, Qt::LeftButton, Qt::NoModifier, box.bottomRight());
        QVERIFY(selection.contains(a.face));
        for (const NodeFace& f : seen)
            QVERIFY(selection.contains(f));
        QVERIFY(selection.count() >= int(seen.size()));
        QVERIFY(selection.count() <= int(seen.size()) + 1);
        // Faces seen in the box are on visible parts, and fewer than all faces of the scene.
        QVERIFY(selection.count() < int(scene->faceCount()));
        checkRefsMatchInspect(selection, *scene);

        // Escape clears in face pick mode.
        QTest::keyClick(&viewport, Qt::Key_Escape);
        QVERIFY(selection.isEmpty());

        // "Select All Faces of Part" on the part selected in the tree: exactly its faces.
        const int node = a.face.node;
        w.selectNode(node);
        QAction* allFaces = action(w, "SelectPartFacesAction");
        QVERIFY(allFaces && allFaces->isEnabled());
        allFaces->trigger();
        QCOMPARE(std::size_t(selection.count()), scene->faceCount(node));
        for (const NodeFace& f : selection.faces())
            QCOMPARE(f.node, node);
        const std::vector<wb::sim::FaceRef> refs = checkRefsMatchInspect(selection, *scene);
        const std::map<QString, int> inspected = inspectPaths(kSample);
        const QString path = QString::fromStdString(refs.front().part);
        QCOMPARE(int(refs.size()), inspected.at(path));

        // The references lead back to the same faces.
        const std::vector<NodeFace> picked = selection.faces();
        selection.clear();
        selection.setFaceRefs(*scene, refs, wb::app::fileNodeOf(*scene, node));
        QCOMPARE(selection.faces(), picked);

        // In face pick mode clicks leave the tree's selection alone.
        QCOMPARE(w.selectedNodes(), std::vector<int>{node});
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, b.pos);
        QCOMPARE(w.selectedNodes(), std::vector<int>{node});
        // Outside face pick mode a click selects the part and picks that one face (Ctrl+click
        // toggles), as a quick way to a support; a drag orbits instead of drawing a box.
        QTest::keyClick(&viewport, Qt::Key_P);
        QVERIFY(!viewport.facePickMode());
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::NoModifier, a.pos);
        QCOMPARE(w.selectedNodes(), std::vector<int>{a.face.node});
        QCOMPARE(selection.faces(), std::vector<NodeFace>{a.face});
        QTest::mouseClick(&viewport, Qt::LeftButton, Qt::ControlModifier, a.pos);
        QVERIFY(selection.isEmpty());
    }

    void tintsShowInBothShadedModes() {
        MainWindow w;
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({kSample}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        ViewportWidget& viewport = *w.viewport();
        const auto faces = visibleFaces(*w.document().scene(), viewport, 1);
        QCOMPARE(faces.size(), std::size_t(1));
        for (auto mode : {wb::render::DisplayMode::Shaded, wb::render::DisplayMode::ShadedEdges}) {
            viewport.setDisplayMode(mode);
            w.faceSelection()->clear();
            const QRgb plain = viewport.grabFramebuffer().pixel(faces[0].pos);
            w.faceSelection()->setFaces({faces[0].face});
            const QRgb tinted = viewport.grabFramebuffer().pixel(faces[0].pos);
            QVERIFY2(qGreen(tinted) > qRed(tinted) + 40 && tinted != plain,
                     qPrintable(QColor(tinted).name()));
        }
        // A new scene drops the selection: its node numbers meant the old one.
        w.openFiles({kSample}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QVERIFY(w.faceSelection()->isEmpty());
    }

private:
    /// Every reference names a part by a path `inspect --json` prints, with a face it has.
    std::vector<wb::sim::FaceRef> checkRefsMatchInspect(const FaceSelection& selection,
                                                        const wb::core::Assembly& scene) {
        const std::vector<wb::sim::FaceRef> refs = selection.faceRefs(scene);
        [&] {
            QCOMPARE(int(refs.size()), selection.count());
            const std::map<QString, int> inspected = inspectPaths(kSample);
            QVERIFY(!inspected.empty());
            for (const wb::sim::FaceRef& ref : refs) {
                const auto it = inspected.find(QString::fromStdString(ref.part));
                QVERIFY2(it != inspected.end(), ref.part.c_str());
                QVERIFY(ref.face >= 0 && ref.face < it->second);
            }
        }();
        return refs;
    }
};

QTEST_MAIN(TestFacePicking)
#include "tst_face_picking.moc"
