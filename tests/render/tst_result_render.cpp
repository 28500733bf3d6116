// Results drawn by the renderer on real OpenGL (Mesa llvmpipe under Xvfb): per-vertex values
// coloured through a banded ColourScale, NaN in the invalid colour, per-instance values on a
// shared mesh, and a deformed shape that moves the silhouette, keeps a ghost and is picked.

#include "gl_fixture.h"
#include "test_scenes.h"

#include "render/colour_map.h"
#include "render/scene_renderer.h"
#include "render/standard_view.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace wb;
using namespace wb::render;

namespace {

/// Channels each within `tolerance` (8-bit rounding of the colour table and the light).
bool near(QRgb a, QRgb b, int tolerance = 3) {
    return std::abs(qRed(a) - qRed(b)) <= tolerance &&
           std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

QString hex(QRgb c) {
    return QStringLiteral("#%1").arg(c & 0xFFFFFF, 6, 16, QLatin1Char('0'));
}

/// The x coordinate of each vertex of the cube mesh: values growing along +X.
std::vector<float> xValues(const core::Mesh& mesh) {
    std::vector<float> out;
    for (std::size_t v = 0; v < mesh.vertexCount(); ++v)
        out.push_back(float(mesh.vertex(v).x));
    return out;
}

} // namespace

class TestResultRender : public QObject {
    Q_OBJECT
    std::unique_ptr<test::GlFixture> m_gl;
    std::vector<int> m_nodes;
    std::shared_ptr<core::Assembly> m_assembly;

    const core::Mesh& cube() const { return *m_assembly->parts()[0].mesh; }

private slots:
    void initTestCase() {
        m_gl = std::make_unique<test::GlFixture>(QSize(480, 360));
        QVERIFY2(m_gl->ok(), qPrintable(m_gl->error()));
    }

    void init() {
        m_nodes.clear();
        m_assembly = test::instancedRow(2, &m_nodes); // unit cubes at x 0 and 2, one mesh
        m_gl->renderer().setAssembly(m_assembly);
        m_gl->renderer().setStandardView(StandardView::Top);
        m_gl->renderer().setDeformationScale(0.0);
    }

    void bandsAndInvalidColour() {
        SceneRenderer& r = m_gl->renderer();
        const QImage plain = m_gl->grab();
        ColourScale scale; // sequential, 0..1
        scale.bands = 4;
        r.setColourScale(scale);
        r.setResultColours(m_nodes[0], xValues(cube()));
        r.setResultColours(m_nodes[1], std::vector<float>(cube().vertexCount(),
                                                          std::numeric_limits<float>::quiet_NaN()));
        QVERIFY(r.hasResult());
        const QImage image = m_gl->grab();
        // The top face (z = 1) faces the camera: its pixels are the scale's colours exactly.
        for (double x : {0.12, 0.37, 0.63, 0.88}) {
            const QPoint p = m_gl->project(QVector3D(float(x), 0.5f, 1.0f));
            const QRgb expected = scale.colour(x);
            QVERIFY2(near(image.pixel(p), expected),
                     qPrintable(QStringLiteral("x %1: %2, expected %3")
                                    .arg(x)
                                    .arg(hex(image.pixel(p)), hex(expected))));
        }
        // Bands are flat: two places in one band have the same colour.
        const QPoint a = m_gl->project({0.27f, 0.3f, 1.0f}), b = m_gl->project({0.48f, 0.7f, 1.0f});
        QCOMPARE(hex(image.pixel(a)), hex(image.pixel(b)));
        // The other instance of the same mesh has its own values: all NaN.
        const QPoint other = m_gl->project({2.5f, 0.5f, 1.0f});
        QVERIFY2(near(image.pixel(other), scale.invalid), qPrintable(hex(image.pixel(other))));
        // A continuous scale shades the same face differently within a band.
        scale.bands = 0;
        r.setColourScale(scale);
        const QImage smooth = m_gl->grab();
        QVERIFY(!near(smooth.pixel(a), smooth.pixel(b), 6));
        QVERIFY2(near(smooth.pixel(a), scale.colour(0.27), 4), qPrintable(hex(smooth.pixel(a))));
        // Values outside a locked range get the below and above colours.
        scale.min = 0.4;
        scale.max = 0.6;
        r.setColourScale(scale);
        const QImage locked = m_gl->grab();
        QVERIFY(near(locked.pixel(m_gl->project({0.1f, 0.5f, 1.0f})), scale.below));
        QVERIFY(near(locked.pixel(m_gl->project({0.9f, 0.5f, 1.0f})), scale.above));
        // Clearing restores the plain model.
        r.clearResult();
        QVERIFY(!r.hasResult());
        const QImage again = m_gl->grab();
        QCOMPARE(again.pixel(m_gl->project({0.37f, 0.5f, 1.0f})),
                 plain.pixel(m_gl->project({0.37f, 0.5f, 1.0f})));
        QCOMPARE(again.pixel(other), plain.pixel(other));
    }

    void deformationMovesSilhouette() {
        SceneRenderer& r = m_gl->renderer();
        ColourScale scale;
        scale.bands = 4;
        r.setColourScale(scale);
        r.setResultColours(m_nodes[0], xValues(cube()));
        // Every vertex of the first cube moves by 0.25 along +X (assembly units).
        std::vector<float> move;
        for (std::size_t v = 0; v < cube().vertexCount(); ++v)
            move.insert(move.end(), {0.25f, 0.0f, 0.0f});
        r.setResultDisplacements(m_nodes[0], move);
        const QRgb firstBand = scale.colour(0.1);
        // The first pixel of the lowest band along the row through the top face's middle.
        auto leftEdge = [&](const QImage& image) {
            const int y = m_gl->project({0.5f, 0.5f, 1.0f}).y();
            for (int x = 0; x < image.width(); ++x)
                if (near(image.pixel(x, y), firstBand)) return x;
            return -1;
        };
        r.setDeformationScale(0.0);
        const int undeformed = leftEdge(m_gl->grab());
        const int x0 = m_gl->project({0.0f, 0.5f, 1.0f}).x();
        QVERIFY2(std::abs(undeformed - x0) <= 1, qPrintable(QString::number(undeformed)));

        // Scale 2: the top face moves by 0.5.
        r.setDeformationScale(2.0);
        const QImage deformed = m_gl->grab();
        const int expected = m_gl->project({0.5f, 0.5f, 1.0f}).x();
        const int moved = leftEdge(deformed);
        QVERIFY2(std::abs(moved - expected) <= 1,
                 qPrintable(QStringLiteral("edge at %1, expected %2 (was %3)")
                                .arg(moved)
                                .arg(expected)
                                .arg(undeformed)));
        QVERIFY(moved - undeformed > 20);

        // The undeformed outline stays as a faint ghost where the face was.
        const QImage background = [&] {
            r.setResultColours(m_nodes[0], {});
            r.setResultDisplacements(m_nodes[0], {});
            m_gl->renderer().setAssembly(std::make_shared<core::Assembly>());
            m_gl->renderer().setStandardView(StandardView::Top);
            return m_gl->grab();
        }();
        const QPoint corner = m_gl->project({0.0f, 0.5f, 1.0f});
        bool ghost = false;
        for (int dx = -1; dx <= 1; ++dx)
            ghost = ghost || !near(deformed.pixel(corner + QPoint(dx, 0)),
                                   background.pixel(corner + QPoint(dx, 0)), 8);
        QVERIFY2(ghost, "no ghost edge where the undeformed face was");
    }

    void pickingSeesDeformedShape() {
        SceneRenderer& r = m_gl->renderer();
        std::vector<float> move;
        for (std::size_t v = 0; v < cube().vertexCount(); ++v)
            move.insert(move.end(), {0.0f, 1.1f, 0.0f});
        r.setResultDisplacements(m_nodes[0], move);
        const QPoint oldPlace = m_gl->project({0.5f, 0.25f, 1.0f});
        const QPoint newPlace = m_gl->project({0.5f, 1.45f, 1.0f});
        QCOMPARE(r.pick(oldPlace).node, m_nodes[0]);
        QCOMPARE(r.pick(newPlace).node, -1);
        r.setDeformationScale(1.0);
        QCOMPARE(r.pick(oldPlace).node, -1);
        QCOMPARE(r.pick(newPlace).node, m_nodes[0]);
        QCOMPARE(r.pick(m_gl->project({2.5f, 0.5f, 1.0f})).node, m_nodes[1]);
        r.setDeformationScale(0.0);
        QCOMPARE(r.pick(oldPlace).node, m_nodes[0]);
    }

    void cleanupTestCase() { m_gl.reset(); }
};

QTEST_MAIN(TestResultRender)
#include "tst_result_render.moc"
