// Picking and highlighting on real OpenGL (Mesa llvmpipe under Xvfb): what lies under a pixel
// or inside a rectangle, hidden nodes, instances, selection and face tints.

#include "gl_fixture.h"
#include "image_compare.h"
#include "test_scenes.h"

#include "render/scene_renderer.h"
#include "render/standard_view.h"

#include <QtTest>

#include <algorithm>

using namespace wb;
using namespace wb::render;
using test::differs;

class TestRenderPicking : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (const QString why = test::glUnavailable(); !why.isEmpty()) QFAIL(qPrintable(why));
    }

    void pickReturnsNodeAndFace() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::threeBoxes();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene.assembly);
        r.setStandardView(StandardView::Front);
        // Centre of the front (-Y) side of the "wide" slab: x 102..105, y 50, z 20..21.
        const QVector3D wideFront(103.5f, 50.0f, 20.5f);
        const PickResult hit = r.pick(gl.project(wideFront));
        QVERIFY(hit.hit());
        QCOMPARE(hit.node, scene.wide);
        QCOMPARE(hit.part, scene.assembly->node(scene.wide).part);
        QCOMPARE(hit.face, int(test::kMinusY));
        QVERIFY2((hit.point - wideFront).length() < 0.1f,
                 qPrintable(QString::number((hit.point - wideFront).length())));

        r.setStandardView(StandardView::Top);
        const PickResult top = r.pick(gl.project({100.5f, 50.5f, 23.0f}));
        QCOMPARE(top.node, scene.tall);
        QCOMPARE(top.face, int(test::kPlusZ));
        r.setStandardView(StandardView::Right);
        const PickResult side = r.pick(gl.project({106.5f, 50.25f, 20.25f}));
        QCOMPARE(side.node, scene.small);
        QCOMPARE(side.face, int(test::kPlusX));

        QVERIFY(!r.pick({3, 3}).hit());      // background corner
        QVERIFY(!r.pick({-5, 10000}).hit()); // outside the viewport
        QVERIFY(!gl.grab().isNull());        // picking leaves rendering intact
    }

    void hiddenNodesDisappear() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::threeBoxes();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene.assembly);
        r.setStandardView(StandardView::Front);
        const QPoint wide = gl.project({103.5f, 50.0f, 20.5f});
        const QPoint small = gl.project({106.25f, 50.0f, 20.25f});
        const QImage before = gl.grab();
        QCOMPARE(r.pick(small).node, scene.small);

        std::vector<bool> hidden(scene.assembly->nodes().size(), false);
        hidden[scene.wide] = true;
        hidden[scene.group] = true; // hides "small" through its parent
        r.setHiddenNodes(hidden);
        const QImage after = gl.grab();
        QVERIFY(!r.pick(wide).hit());
        QVERIFY(!r.pick(small).hit());
        QVERIFY(differs(before.pixel(wide), after.pixel(wide)));
        QVERIFY(differs(before.pixel(small), after.pixel(small)));
        QCOMPARE(r.pick(gl.project({100.5f, 50.0f, 21.5f})).node, scene.tall);

        r.setHiddenNodes({});
        QCOMPARE(r.pick(small).node, scene.small);
    }

    void instancedPartsDrawAllInstances() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        std::vector<int> nodes;
        const auto assembly = test::instancedRow(6, &nodes);
        QCOMPARE(assembly->parts().size(), std::size_t(1));
        SceneRenderer& r = gl.renderer();
        r.setAssembly(assembly);
        r.setStandardView(StandardView::Front);
        const QImage image = gl.grab();
        const QRgb gap = image.pixel(gl.project({1.5f, 0.0f, 0.5f}));
        for (int i = 0; i < 6; ++i) {
            const QPoint p = gl.project({2.0f * i + 0.5f, 0.0f, 0.5f});
            const PickResult hit = r.pick(p);
            QCOMPARE(hit.node, nodes[i]);
            QCOMPARE(hit.face, int(test::kMinusY));
            QVERIFY(differs(image.pixel(p), gap));
        }
    }

    void selectionAndFaceHighlightChangeColour() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::threeBoxes();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene.assembly);
        r.setDisplayMode(DisplayMode::Shaded);
        r.setStandardView(StandardView::Front);
        const QPoint tall = gl.project({100.5f, 50.0f, 21.5f});
        const QPoint wide = gl.project({103.5f, 50.0f, 20.5f});
        const QImage plain = gl.grab();
        r.setSelection({scene.tall});
        const QImage selected = gl.grab();
        QVERIFY(differs(plain.pixel(tall), selected.pixel(tall)));
        QVERIFY(!differs(plain.pixel(wide), selected.pixel(wide)));
        r.setSelection({});
        r.setHighlightedFace(scene.wide, test::kMinusY);
        const QImage face = gl.grab();
        QVERIFY(differs(plain.pixel(wide), face.pixel(wide)));
        r.setHighlightedFace(scene.wide, test::kPlusY); // not visible from the front
        QVERIFY(!differs(plain.pixel(wide), gl.grab().pixel(wide)));
    }

    void faceTintsColourOnlyTheirFaces() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        std::vector<int> nodes;
        const auto assembly = test::instancedRow(3, &nodes);
        SceneRenderer& r = gl.renderer();
        r.setAssembly(assembly);
        r.setStandardView(StandardView::Front);
        const auto front = [&](int i) { return gl.project({2.0f * i + 0.5f, 0.0f, 0.5f}); };
        for (DisplayMode mode : {DisplayMode::Shaded, DisplayMode::ShadedEdges}) {
            r.setDisplayMode(mode);
            r.setFaceTints({});
            const QImage plain = gl.grab();
            // The front face of the middle instance, and a face not seen from the front.
            r.setFaceTints({{{nodes[1], test::kMinusY}, qRgba(255, 0, 255, 255)},
                            {{nodes[2], test::kPlusY}, qRgba(255, 0, 255, 255)}});
            const QImage tinted = gl.grab();
            const QRgb c = tinted.pixel(front(1));
            QVERIFY2(qRed(c) > 2 * qGreen(c) && qBlue(c) > 2 * qGreen(c), "magenta");
            QVERIFY(!differs(plain.pixel(front(0)), tinted.pixel(front(0))));
            QVERIFY(!differs(plain.pixel(front(2)), tinted.pixel(front(2))));
            // Tints of nodes or faces that do not exist are ignored.
            r.setFaceTints({{{9999, 0}, qRgba(255, 0, 0, 255)}, {{nodes[0], 77}, 0xffff0000}});
            QVERIFY(!differs(plain.pixel(front(0)), gl.grab().pixel(front(0))));
        }
    }

    void pickRectReturnsVisibleFaces() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        std::vector<int> nodes;
        const auto assembly = test::instancedRow(3, &nodes);
        SceneRenderer& r = gl.renderer();
        r.setAssembly(assembly);
        r.setStandardView(StandardView::Front);
        // Inside the first cube's front face: that face alone.
        const QPoint a = gl.project({0.2f, 0.0f, 0.2f}), b = gl.project({0.8f, 0.0f, 0.8f});
        QCOMPARE(r.pickRect(QRect(a, b)), (std::vector<core::NodeFace>{{nodes[0], test::kMinusY}}));
        // Across the first two cubes: both front faces (and perhaps a side seen in perspective),
        // nothing of the third cube.
        const std::vector<core::NodeFace> two =
            r.pickRect(QRect(a, gl.project({2.8f, 0.0f, 0.8f})));
        QVERIFY(std::ranges::count(two, core::NodeFace{nodes[0], test::kMinusY}) == 1);
        QVERIFY(std::ranges::count(two, core::NodeFace{nodes[1], test::kMinusY}) == 1);
        QVERIFY(std::ranges::none_of(two, [&](auto f) { return f.node == nodes[2]; }));
        // The whole view from the corner: two or three sides of each cube, each seen once.
        r.setStandardView(StandardView::Iso);
        const std::vector<core::NodeFace> all = r.pickRect(QRect(QPoint(0, 0), gl.size()));
        for (int node : nodes) {
            const auto sides = std::ranges::count_if(all, [&](auto f) { return f.node == node; });
            QVERIFY2(sides >= 2 && sides <= 3, qPrintable(QString::number(sides)));
        }
        QVERIFY(std::ranges::is_sorted(all));
        QVERIFY(std::ranges::adjacent_find(all) == all.end());
        QVERIFY(r.pickRect(QRect(2, 2, 3, 3)).empty()); // background corner
    }
};

QTEST_MAIN(TestRenderPicking)
#include "tst_render_picking.moc"
