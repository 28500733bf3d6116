// Supports and loads drawn over the model on real OpenGL (Mesa llvmpipe under Xvfb): force
// arrows of a constant size on screen, hatched fixed faces, temperatures in colour, suppressed
// items left out, what lies under a pixel, and every type the analysis registry declares.

#include "gl_fixture.h"
#include "image_compare.h"
#include "test_scenes.h"

#include "render/scene_renderer.h"
#include "render/standard_view.h"
#include "render/study_glyphs.h"

#include "core/sim/analysis.h"

#include <QtTest>

#include <algorithm>

using namespace wb;
using namespace wb::render;
using test::differs;

namespace {

constexpr QSize kSize{480, 360};

sim::Condition onFaces(const std::string& type, const std::string& name,
                       std::vector<sim::FaceRef> faces) {
    sim::Condition c;
    c.type = type;
    c.name = name;
    c.select = sim::Selector{std::move(faces)};
    return c;
}

/// A 1 x 1 x 1 cube (node "cube0") with a fixed support on its front face (-Y, which the
/// front view shows) and a force along +X on its right face (+X, seen edge-on).
struct CubeStudy {
    std::shared_ptr<core::Assembly> scene;
    sim::Study study;
};

CubeStudy cubeStudy() {
    CubeStudy s;
    s.scene = test::instancedRow(1);
    s.study.analysis = "static_structural";
    s.study.supports.push_back(onFaces("fixed", "Fixed 1", {{"cube0", test::kMinusY}}));
    sim::Condition force = onFaces("force", "Force 1", {{"cube0", test::kPlusX}});
    force.setVector("vector", {1000, 0, 0});
    s.study.loads.push_back(force);
    return s;
}

QRgb colorOf(const std::vector<ConditionGlyph>& glyphs, int id) {
    for (const ConditionGlyph& g : glyphs)
        if (g.id == id) return g.color;
    return 0;
}

/// The cube's outline on screen (front view): the front face's corners.
QRect silhouette(test::GlFixture& gl) {
    return QRect(gl.project({0, 0, 1}), gl.project({1, 0, 0}));
}

/// Pixels of `color` in `area` of `image`.
int countColor(const QImage& image, QRect area, QRgb color) {
    int n = 0;
    area &= image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += !differs(image.pixel(x, y), color);
    return n;
}

/// How far right of the silhouette pixels of `color` reach, in rows of the cube.
int reachRight(const QImage& image, QRect cube, QRgb color) {
    int reach = 0;
    for (int y = cube.top(); y <= cube.bottom(); ++y)
        for (int x = cube.right() + 1; x < image.width(); ++x)
            if (!differs(image.pixel(x, y), color)) reach = std::max(reach, x - cube.right());
    return reach;
}

} // namespace

class TestConditionGlyphs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (const QString why = test::glUnavailable(); !why.isEmpty()) QFAIL(qPrintable(why));
    }

    void forceArrowsPointAlongTheForce() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const CubeStudy s = cubeStudy();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(s.scene);
        r.setStandardView(StandardView::Front);
        // Small on screen, so that the side the arrows stand on is nearly at the silhouette.
        r.camera().zoomToward({0.5f, 0.5f, 0.5f}, 4.0f);
        const QImage plain = gl.grab();
        const auto glyphs = studyGlyphs(s.study, *s.scene, 0);
        QCOMPARE(glyphs.size(), std::size_t(2));
        const QRgb force = colorOf(glyphs, loadGlyphId(0));
        r.setConditionGlyphs(glyphs);
        const QImage image = gl.grab();
        const QRect cube = silhouette(gl);
        QVERIFY2(cube.width() > 30, qPrintable(QString::number(cube.width())));
        // Right of the cube (the force's direction) the arrows show; left, above and below not.
        const QRect right(QPoint(cube.right() + 3, cube.top()),
                          QPoint(kSize.width() - 1, cube.bottom()));
        const QRect left(QPoint(0, cube.top() - 20), QPoint(cube.left() - 3, cube.bottom() + 20));
        const QRect above(QPoint(0, 0), QPoint(kSize.width() - 1, cube.top() - 3));
        // (Below, the axis triad's red X arrow sits in the left corner.)
        const QRect below(QPoint(kSize.width() / 3, cube.bottom() + 3),
                          QPoint(kSize.width() - 1, kSize.height() - 1));
        QCOMPARE(countColor(plain, right, force), 0);
        const int shown = countColor(image, right, force);
        QVERIFY2(shown > 60, qPrintable(QString::number(shown)));
        QCOMPARE(countColor(image, left, force), 0);
        QCOMPARE(countColor(image, above, force), 0);
        QCOMPARE(countColor(image, below, force), 0);

        // The arrows keep their size on screen when the view zooms out.
        const int reach = reachRight(image, cube, force);
        QVERIFY2(reach > 28 && reach < 50, qPrintable(QString::number(reach)));
        // They point away from the face: their heads (wider than shafts) are at the far end.
        const auto columnHeight = [&](int x) {
            return countColor(image, QRect(x, cube.top(), 1, cube.height()), force);
        };
        int nearEnd = 0, farEnd = 0;
        for (int k = 0; k < reach / 3; ++k) {
            nearEnd += columnHeight(cube.right() + 2 + k);
            farEnd += columnHeight(cube.right() + reach - k);
        }
        QVERIFY2(farEnd > nearEnd * 3 / 2,
                 qPrintable(QStringLiteral("head %1, tail %2").arg(farEnd).arg(nearEnd)));
        r.camera().zoomToward({0.5f, 0.5f, 0.5f}, 2.0f);
        const QImage far = gl.grab();
        const QRect smaller = silhouette(gl);
        QVERIFY2(smaller.width() < cube.width() * 2 / 3, "zoomed out");
        const int farReach = reachRight(far, smaller, force);
        QVERIFY2(std::abs(farReach - reach) <= 4,
                 qPrintable(QStringLiteral("%1 then %2").arg(reach).arg(farReach)));

        // The emphasised item's arrows are bigger.
        r.setConditionGlyphs(studyGlyphs(s.study, *s.scene, 0, loadGlyphId(0)));
        const int emphasised = reachRight(gl.grab(), smaller, force);
        QVERIFY2(emphasised >= farReach + 8,
                 qPrintable(QStringLiteral("%1 vs %2").arg(emphasised).arg(farReach)));
    }

    void fixedFacesAreHatched() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const CubeStudy s = cubeStudy();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(s.scene);
        r.setStandardView(StandardView::Front);
        const QImage plain = gl.grab();
        const auto glyphs = studyGlyphs(s.study, *s.scene, 0);
        const QRgb fixed = colorOf(glyphs, supportGlyphId(0));
        r.setConditionGlyphs(glyphs);
        const QImage image = gl.grab();
        const QRect cube = silhouette(gl);
        // Along a row across the front face: stripes of the support's colour alternate with
        // the face as it looks without them.
        const int y = cube.center().y();
        int stripes = 0, face = 0, other = 0, changes = 0;
        bool last = false;
        for (int x = cube.left() + 4; x <= cube.right() - 4; ++x) {
            const bool stripe = !differs(image.pixel(x, y), fixed);
            if (stripe)
                ++stripes;
            else if (!differs(image.pixel(x, y), plain.pixel(x, y)))
                ++face;
            else
                ++other;
            if (x > cube.left() + 4 && stripe != last) ++changes;
            last = stripe;
        }
        const int total = stripes + face + other;
        QVERIFY2(changes >= 10, qPrintable(QString::number(changes)));
        QVERIFY2(stripes > total / 5 && face > total / 5,
                 qPrintable(QStringLiteral("%1 stripe, %2 face, %3 other pixels")
                                .arg(stripes)
                                .arg(face)
                                .arg(other)));
        QVERIFY2(other < total / 10, qPrintable(QString::number(other)));
        QCOMPARE(countColor(plain, cube, fixed), 0);
    }

    void suppressedItemsAreNotDrawn() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        CubeStudy s = cubeStudy();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(s.scene);
        r.setStandardView(StandardView::Front);
        const auto all = studyGlyphs(s.study, *s.scene, 0);
        const QRgb force = colorOf(all, loadGlyphId(0)), fixed = colorOf(all, supportGlyphId(0));
        r.setConditionGlyphs(all);
        const QImage both = gl.grab();
        const QRect cube = silhouette(gl);
        const QRect right(QPoint(cube.right() + 3, cube.top()),
                          QPoint(kSize.width() - 1, cube.bottom()));
        QVERIFY(countColor(both, right, force) > 60);
        QVERIFY(countColor(both, cube, fixed) > 100);

        s.study.loads[0].suppressed = true;
        auto glyphs = studyGlyphs(s.study, *s.scene, 0);
        QCOMPARE(glyphs.size(), std::size_t(1));
        r.setConditionGlyphs(glyphs);
        const QImage noForce = gl.grab();
        QCOMPARE(countColor(noForce, right, force), 0);
        QVERIFY(countColor(noForce, cube, fixed) > 100);

        s.study.supports[0].suppressed = true;
        r.setConditionGlyphs(studyGlyphs(s.study, *s.scene, 0));
        QCOMPARE(countColor(gl.grab(), cube, fixed), 0);
    }

    void hoverNamesTheGlyphUnderTheCursor() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const CubeStudy s = cubeStudy();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(s.scene);
        r.setStandardView(StandardView::Front);
        const auto glyphs = studyGlyphs(s.study, *s.scene, 0);
        r.setConditionGlyphs(glyphs);
        const QImage image = gl.grab();
        const QRect cube = silhouette(gl);
        // A pixel of an arrow, right of the cube.
        QPoint arrow(-1, -1);
        for (int y = cube.top(); y <= cube.bottom() && arrow.x() < 0; ++y)
            for (int x = cube.right() + 8; x < kSize.width() && arrow.x() < 0; ++x)
                if (!differs(image.pixel(x, y), colorOf(glyphs, loadGlyphId(0)))) arrow = {x, y};
        QVERIFY(arrow.x() >= 0);
        QCOMPARE(r.conditionGlyphAt(arrow), loadGlyphId(0));
        QCOMPARE(r.conditionGlyphAt(cube.center()), supportGlyphId(0)); // the fixed face
        QCOMPARE(r.conditionGlyphAt({3, 3}), -1);                       // background
        // Hidden parts take their glyphs with them.
        r.setHiddenNodes(std::vector<bool>(s.scene->nodes().size(), true));
        gl.grab();
        QCOMPARE(r.conditionGlyphAt(arrow), -1);
        QCOMPARE(r.conditionGlyphAt(cube.center()), -1);
    }

    void explicitTintsWinOverGlyphTints() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        std::vector<int> nodes;
        const auto scene = test::instancedRow(1, &nodes);
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene);
        r.setDisplayMode(DisplayMode::Shaded);
        r.setStandardView(StandardView::Front);
        sim::Study study;
        sim::Condition pressure = onFaces("pressure", "Pressure 1", {{"cube0", test::kMinusY}});
        pressure.setScalar("value", 1e5);
        study.loads.push_back(pressure);
        const QImage plain = gl.grab();
        r.setConditionGlyphs(studyGlyphs(study, *scene, 0));
        const QPoint centre = gl.project({0.5f, 0.0f, 0.5f});
        const QImage tinted = gl.grab();
        QVERIFY(differs(plain.pixel(centre), tinted.pixel(centre)));
        // Face picking's tint over the same face wins.
        r.setFaceTints({{{nodes[0], test::kMinusY}, qRgba(0, 255, 0, 255)}});
        const QRgb picked = gl.grab().pixel(centre);
        QVERIFY2(qGreen(picked) > 2 * qRed(picked) && qGreen(picked) > 2 * qBlue(picked), "green");
    }

    void temperaturesColourTheirFaces() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::instancedRow(2);
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene);
        r.setDisplayMode(DisplayMode::Shaded);
        r.setStandardView(StandardView::Front);
        sim::Study study;
        study.analysis = "steady_thermal";
        sim::Condition cold = onFaces("fixed_temperature", "Cold", {{"cube0", test::kMinusY}});
        cold.setScalar("temperature", 280);
        sim::Condition hot = onFaces("fixed_temperature", "Hot", {{"cube1", test::kMinusY}});
        hot.setScalar("temperature", 380);
        study.supports = {cold, hot};
        r.setConditionGlyphs(studyGlyphs(study, *scene, 0));
        const QImage image = gl.grab();
        const QRgb c = image.pixel(gl.project({0.5f, 0.0f, 0.5f}));
        const QRgb h = image.pixel(gl.project({2.5f, 0.0f, 0.5f}));
        QVERIFY2(qBlue(c) > qRed(c) + 60, "the colder face is blue");
        QVERIFY2(qRed(h) > qBlue(h) + 60, "the hotter face is red");
    }

    void everyRegisteredTypeIsDrawn() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::instancedRow(1);
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene);
        r.setStandardView(StandardView::Front);
        const QImage plain = gl.grab();
        int types = 0;
        for (const sim::AnalysisKind* analysis : sim::analyses())
            for (const bool load : {false, true})
                for (const sim::ConditionKind& kind : load ? analysis->loads : analysis->supports) {
                    if (kind.select == sim::SelectRule::Forbidden) continue;
                    sim::Condition c = onFaces(kind.type, kind.type, {{"cube0", test::kMinusY}});
                    for (const sim::ParamSpec& p : kind.params) {
                        if (p.shape == sim::ParamSpec::Shape::Scalar)
                            c.setScalar(p.key, 300);
                        else if (p.shape == sim::ParamSpec::Shape::Vector)
                            c.setVector(p.key, {0, 0, -1});
                        else
                            c.params[p.key + "." + p.components.front()] = {0.001};
                    }
                    sim::Study study;
                    study.analysis = analysis->name;
                    (load ? study.loads : study.supports).push_back(c);
                    const auto glyphs = studyGlyphs(study, *scene, 0);
                    QVERIFY2(glyphs.size() == 1, kind.type.c_str());
                    r.setConditionGlyphs(glyphs);
                    const QImage image = gl.grab();
                    int changed = 0;
                    for (int y = 0; y < image.height(); ++y)
                        for (int x = 0; x < image.width(); ++x)
                            changed += differs(image.pixel(x, y), plain.pixel(x, y));
                    QVERIFY2(changed > 500, qPrintable(QStringLiteral("%1: %2 pixels changed")
                                                           .arg(QString::fromStdString(kind.type))
                                                           .arg(changed)));
                    ++types;
                }
        QVERIFY(types >= 8);
    }

    void boxSelectionsAreOutlined() {
        test::GlFixture gl(kSize);
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::instancedRow(1); // millimetres
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene);
        r.setStandardView(StandardView::Front);
        sim::Study study;
        sim::Condition c;
        c.type = "fixed";
        c.name = "Boxed";
        // Around the cube's bottom, in metres: x from -0.5 mm to 1.5 mm, z up to 0.2 mm.
        c.select =
            sim::Selector{sim::BoxSelector{{-0.5e-3, -0.5e-3, -0.5e-3}, {1.5e-3, 1.5e-3, 0.2e-3}}};
        study.supports.push_back(c);
        const auto glyphs = studyGlyphs(study, *scene, 0);
        QCOMPARE(glyphs.size(), std::size_t(1));
        r.setConditionGlyphs(glyphs);
        const QImage image = gl.grab();
        // The box's left edge stands out of the cube, left of it.
        const QPoint corner = gl.project({-0.5f, -0.5f, 0.0f});
        const QRect cube = silhouette(gl);
        QVERIFY(corner.x() < cube.left() - 5);
        QVERIFY(countColor(image, QRect(QPoint(0, 0), QPoint(cube.left() - 3, kSize.height() - 1)),
                           glyphs[0].color) > 20);
    }
};

QTEST_MAIN(TestConditionGlyphs)
#include "tst_condition_glyphs.moc"
