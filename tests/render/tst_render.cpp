// Renderer tests on real OpenGL (Mesa llvmpipe under Xvfb).

#include "gl_fixture.h"
#include "image_compare.h"
#include "test_scenes.h"

#include "render/camera.h"
#include "render/feature_edges.h"
#include "render/mesh_lod.h"
#include "render/offscreen.h"
#include "render/png_writer.h"
#include "render/scene_renderer.h"
#include "render/standard_view.h"

#include <QtTest>

#include <cmath>

using namespace wb;
using namespace wb::render;

using test::differs;

namespace {

constexpr QSize kImageSize{480, 360};

/// Pixels of `image` that differ from `background` (same view, nothing loaded).
std::vector<char> foreground(const QImage& image, const QImage& background) {
    std::vector<char> mask(std::size_t(image.width()) * image.height());
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            mask[std::size_t(y) * image.width() + x] =
                differs(image.pixel(x, y), background.pixel(x, y));
    return mask;
}

double fraction(const std::vector<char>& mask) {
    return double(std::count(mask.begin(), mask.end(), 1)) / double(mask.size());
}

QImage renderScene(std::shared_ptr<const core::Assembly> assembly, StandardView view,
                   DisplayMode mode = DisplayMode::ShadedEdges) {
    QString error;
    QImage image = renderImage(std::move(assembly), kImageSize, view, mode, &error);
    if (image.isNull()) qWarning() << "renderImage:" << error;
    return image;
}

QImage backgroundFor(StandardView view) {
    return renderScene(std::make_shared<core::Assembly>(), view);
}

} // namespace

namespace {
/// UV sphere of radius 1 with `rings` x `segments` quads (two triangles each).
std::shared_ptr<wb::core::Mesh> sphereMesh(int rings, int segments) {
    auto mesh = std::make_shared<wb::core::Mesh>();
    for (int r = 0; r <= rings; ++r)
        for (int s = 0; s <= segments; ++s) {
            const double theta = M_PI * r / rings, phi = 2 * M_PI * s / segments;
            mesh->positions.insert(mesh->positions.end(), {float(std::sin(theta) * std::cos(phi)),
                                                           float(std::sin(theta) * std::sin(phi)),
                                                           float(std::cos(theta))});
        }
    const auto at = [&](int r, int s) { return std::uint32_t(r * (segments + 1) + s); };
    for (int r = 0; r < rings; ++r)
        for (int s = 0; s < segments; ++s) {
            mesh->indices.insert(mesh->indices.end(), {at(r, s), at(r + 1, s), at(r + 1, s + 1),
                                                       at(r, s), at(r + 1, s + 1), at(r, s + 1)});
            mesh->faceIds.insert(mesh->faceIds.end(), {0, 0});
        }
    mesh->faceCount = 1;
    mesh->computeNormals();
    return mesh;
}
} // namespace

class TestRender : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (const QString why = test::glUnavailable(); !why.isEmpty()) QFAIL(qPrintable(why));
    }

    void imageIsUprightAndOpaque() {
        // The background runs from light at the top to dark at the bottom: an image read back
        // upside down would have it the other way round.
        const QImage image = backgroundFor(StandardView::Iso);
        QVERIFY(!image.isNull());
        QCOMPARE(image.format(), QImage::Format_RGB32);
        const QRgb top = image.pixel(5, 2), bottom = image.pixel(5, image.height() - 3);
        QVERIFY2(qGray(top) > qGray(bottom) + 40, "the image is upside down");
        // pixel() reports RGB32 as opaque whatever the stored bits: look at the bits.
        for (int y : {0, image.height() / 2, image.height() - 1}) {
            const auto* row = reinterpret_cast<const quint32*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 37)
                QCOMPARE(row[x] >> 24, 0xffu);
        }
    }

    void rendererReusedAcrossSizes() {
        // One renderer keeps its framebuffers between images of the same size and replaces
        // them for another size; each image equals one from a fresh renderer.
        const std::shared_ptr<const core::Assembly> a = test::threeBoxes().assembly;
        const std::shared_ptr<const core::Assembly> b = test::instancedRow(5);
        OffscreenRenderer renderer;
        QString error;
        QVERIFY2(renderer.create(&error), qPrintable(error));
        QVERIFY2(renderer.warmUp(kImageSize, DisplayMode::ShadedEdges, &error), qPrintable(error));
        const QSize other(320, 200);
        struct Case {
            std::shared_ptr<const core::Assembly> assembly;
            QSize size;
        };
        for (const Case& c :
             {Case{a, kImageSize}, Case{b, kImageSize}, Case{b, other}, Case{a, kImageSize}}) {
            const QImage reused = renderer.render(c.assembly, c.size, StandardView::Iso,
                                                  DisplayMode::ShadedEdges, &error);
            QVERIFY2(!reused.isNull(), qPrintable(error));
            const QImage fresh =
                renderImage(c.assembly, c.size, StandardView::Iso, DisplayMode::ShadedEdges);
            QCOMPARE(reused.size(), c.size);
            QVERIFY(reused == fresh);
        }
    }

    void pngWriterRoundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.png"));
        QString error;
        // One band of rows, two, several of uneven size: compressed on separate threads.
        for (int height : {53, 128, 257, 1000}) {
            QImage image(97, height, QImage::Format_RGB32);
            std::uint32_t state = 12345u + std::uint32_t(height);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    state = state * 1664525u + 1013904223u;
                    // Flat runs, gradients and noise: every filter path and byte value.
                    const int band = y % 53;
                    image.setPixel(x, y,
                                   band < 10   ? qRgb(200, 210, 220)
                                   : band < 30 ? qRgb(x * 2, band * 4, 255 - x)
                                               : QRgb(state >> 8) | 0xff000000u);
                }
            QVERIFY2(writePng(image, path, &error), qPrintable(error));
            QImage back(path);
            QVERIFY(!back.isNull());
            QCOMPARE(back.size(), image.size());
            back = back.convertToFormat(QImage::Format_RGB32);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    QCOMPARE(back.pixel(x, y), image.pixel(x, y));
        }
        // A folder that does not exist: a clear error, and nothing written.
        const QString bad = dir.filePath(QStringLiteral("missing/out.png"));
        QVERIFY(!writePng(QImage(64, 64, QImage::Format_RGB32), bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!writePng(QImage(), path, &error));
    }

    void contentRectsHoldEverythingDrawn() {
        // Everything but the background lies in contentRects(), which offscreen read-back
        // relies on: drawn over transparent black, no pixel outside them may have alpha.
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        SceneRenderer& r = gl.renderer();
        r.setDrawBackground(false);
        const std::vector<std::shared_ptr<const core::Assembly>> scenes{test::threeBoxes().assembly,
                                                                        test::instancedRow(5)};
        for (const auto& assembly : scenes) {
            r.setAssembly(assembly);
            for (StandardView view : {StandardView::Iso, StandardView::Front, StandardView::Top,
                                      StandardView::Left, StandardView::Bottom}) {
                for (DisplayMode mode : {DisplayMode::ShadedEdges, DisplayMode::Wireframe}) {
                    r.setDisplayMode(mode);
                    r.setStandardView(view);
                    const QImage image = gl.grabWithAlpha();
                    const std::vector<QRect> rects = r.contentRects();
                    QVERIFY(!rects.empty() && rects.size() <= 2);
                    qint64 area = 0, drawn = 0;
                    for (const QRect& rect : rects)
                        area += qint64(rect.width()) * rect.height();
                    for (int y = 0; y < image.height(); ++y)
                        for (int x = 0; x < image.width(); ++x) {
                            if (qAlpha(image.pixel(x, y)) == 0) continue;
                            ++drawn;
                            const QPoint glPixel(x, image.height() - 1 - y);
                            bool inside = false;
                            for (const QRect& rect : rects)
                                inside = inside || rect.contains(glPixel);
                            QVERIFY2(
                                inside,
                                qPrintable(QStringLiteral("pixel %1,%2 outside").arg(x).arg(y)));
                        }
                    QVERIFY(drawn > 0);
                    // And they are tight: well under the whole image for these scenes.
                    QVERIFY(area < qint64(image.width()) * image.height() * 8 / 10);
                }
            }
        }
    }

    void backgroundUnderTheFrame() {
        // Offscreen frames get the gradient at read-back, from backgroundAt(); the viewport
        // draws it with the background shader. Both must agree wherever only background shows,
        // inside the read-back rectangles as well as outside them.
        const auto near = [](QRgb a, QRgb b) {
            return std::abs(qRed(a) - qRed(b)) <= 1 && std::abs(qGreen(a) - qGreen(b)) <= 1 &&
                   std::abs(qBlue(a) - qBlue(b)) <= 1;
        };
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        SceneRenderer& r = gl.renderer();
        const std::vector<std::shared_ptr<const core::Assembly>> scenes{test::threeBoxes().assembly,
                                                                        test::instancedRow(5)};
        for (const auto& assembly : scenes) {
            for (StandardView view : {StandardView::Front, StandardView::Iso}) {
                r.setAssembly(assembly);
                r.setStandardView(view);
                r.setDrawBackground(true);
                const QImage drawn = gl.grab();
                r.setDrawBackground(false);
                const QImage coverage = gl.grabWithAlpha();
                const QImage offscreen =
                    renderImage(assembly, gl.size(), view, DisplayMode::ShadedEdges);
                QVERIFY(!offscreen.isNull());
                int compared = 0;
                for (int y = 2; y + 2 < drawn.height(); ++y)
                    for (int x = 2; x + 2 < drawn.width(); ++x) {
                        bool clear = true; // no model in the pixel or beside it
                        for (int dy = -2; dy <= 2 && clear; ++dy)
                            for (int dx = -2; dx <= 2 && clear; ++dx)
                                clear = qAlpha(coverage.pixel(x + dx, y + dy)) == 0;
                        if (!clear) continue;
                        ++compared;
                        QVERIFY2(
                            near(drawn.pixel(x, y), SceneRenderer::backgroundAt(y, drawn.height())),
                            qPrintable(QStringLiteral("shader %1,%2").arg(x).arg(y)));
                        QVERIFY2(near(offscreen.pixel(x, y), drawn.pixel(x, y)),
                                 qPrintable(QStringLiteral("offscreen %1,%2").arg(x).arg(y)));
                    }
                QVERIFY(compared > drawn.width() * drawn.height() / 4);
            }
        }
        QVERIFY(SceneRenderer::backgroundAt(0, 100) != SceneRenderer::backgroundAt(99, 100));
    }

    void standardViewNames() {
        QCOMPARE(standardViewFromName("iso"), StandardView::Iso);
        QCOMPARE(standardViewFromName("Front"), StandardView::Front);
        QCOMPARE(standardViewFromName("bottom"), StandardView::Bottom);
        QVERIFY(!standardViewFromName("diagonal").has_value());
        QCOMPARE(standardViewName(StandardView::Left), std::string_view("left"));
    }

    void cameraFitKeepsBoxInside() {
        core::BBox box;
        box.add(core::Vec3{-3, 10, 2});
        box.add(core::Vec3{7, 12, 9});
        for (StandardView view : {StandardView::Iso, StandardView::Top, StandardView::Right}) {
            Camera camera;
            camera.setSceneBounds(box);
            camera.setView(view);
            camera.fit(box, 1.6f);
            const QMatrix4x4 m = camera.projection(1.6f) * camera.view();
            float extent = 0;
            for (int i = 0; i < 8; ++i) {
                const QVector3D ndc = m.map(QVector3D(float((i & 1) ? box.max.x : box.min.x),
                                                      float((i & 2) ? box.max.y : box.min.y),
                                                      float((i & 4) ? box.max.z : box.min.z)));
                QVERIFY(std::abs(ndc.x()) <= 1.0f && std::abs(ndc.y()) <= 1.0f);
                QVERIFY(ndc.z() > -1.0f && ndc.z() < 1.0f);
                extent = std::max({extent, std::abs(ndc.x()), std::abs(ndc.y())});
            }
            QVERIFY2(extent > 0.8f, "the fit is too loose");
        }
    }

    void featureEdgesOfBox() {
        const auto box = test::boxMesh({0, 0, 0}, {1, 2, 3});
        QCOMPARE(featureEdges(*box).size(), std::size_t(24));  // 12 edges, not the diagonals
        QCOMPARE(meshEdges(*box).all.size(), std::size_t(36)); // plus the 6 diagonals
        core::Mesh plane; // a flat 2x1 quad strip: 4 triangles, 6 boundary edges
        plane.positions = {0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 0};
        plane.indices = {0, 1, 4, 0, 4, 3, 1, 2, 5, 1, 5, 4};
        plane.faceIds = {0, 0, 0, 0};
        QCOMPARE(featureEdges(plane).size(), std::size_t(12));
        plane.faceIds = {0, 0, 1, 1}; // a B-rep face boundary in the middle
        QCOMPARE(featureEdges(plane).size(), std::size_t(14));
    }

    void imageIsNotBlankInEachMode() {
        const auto scene = test::threeBoxes();
        const QImage background = backgroundFor(StandardView::Iso);
        QVERIFY(!background.isNull());
        QCOMPARE(background.size(), kImageSize);
        for (DisplayMode mode :
             {DisplayMode::Shaded, DisplayMode::ShadedEdges, DisplayMode::Wireframe}) {
            const QImage image = renderScene(scene.assembly, StandardView::Iso, mode);
            QVERIFY(!image.isNull());
            const double covered = fraction(foreground(image, background));
            QVERIFY2(covered > (mode == DisplayMode::Wireframe ? 0.005 : 0.05),
                     qPrintable(QString("mode %1 covers %2").arg(int(mode)).arg(covered)));
        }
    }

    void modelIsCentredAfterFitAll() {
        const auto scene = test::threeBoxes();
        for (StandardView view : {StandardView::Iso, StandardView::Front, StandardView::Top}) {
            const QImage image = renderScene(scene.assembly, view);
            const auto mask = foreground(image, backgroundFor(view));
            double sx = 0, sy = 0, n = 0;
            int minX = image.width(), maxX = -1, minY = image.height(), maxY = -1;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (mask[std::size_t(y) * image.width() + x]) {
                        sx += x;
                        sy += y;
                        ++n;
                        minX = std::min(minX, x), maxX = std::max(maxX, x);
                        minY = std::min(minY, y), maxY = std::max(maxY, y);
                    }
            QVERIFY(n > 0);
            // The bounding rectangle of the drawing is centred, and the drawing is large.
            const double cx = 0.5 * (minX + maxX) / image.width();
            const double cy = 0.5 * (minY + maxY) / image.height();
            QVERIFY2(std::abs(cx - 0.5) < 0.06 && std::abs(cy - 0.5) < 0.06,
                     qPrintable(QString("view %1 centre %2 %3").arg(int(view)).arg(cx).arg(cy)));
            const double spanX = double(maxX - minX) / image.width();
            const double spanY = double(maxY - minY) / image.height();
            QVERIFY2(std::max(spanX, spanY) > 0.7 && std::max(spanX, spanY) <= 1.0,
                     qPrintable(QString("span %1 %2").arg(spanX).arg(spanY)));
            QVERIFY(std::abs(sx / n / image.width() - 0.5) < 0.2);
            QVERIFY(std::abs(sy / n / image.height() - 0.5) < 0.2);
        }
    }

    void standardViewsDifferAndFrontMirrorsBack() {
        const auto scene = test::threeBoxes();
        const StandardView views[] = {StandardView::Iso,   StandardView::Front, StandardView::Back,
                                      StandardView::Left,  StandardView::Right, StandardView::Top,
                                      StandardView::Bottom};
        std::vector<QImage> images;
        for (StandardView view : views)
            images.push_back(renderScene(scene.assembly, view));
        for (std::size_t i = 0; i < images.size(); ++i)
            for (std::size_t j = i + 1; j < images.size(); ++j) {
                int changed = 0;
                for (int y = 0; y < kImageSize.height(); y += 2)
                    for (int x = 0; x < kImageSize.width(); x += 2)
                        changed += differs(images[i].pixel(x, y), images[j].pixel(x, y));
                QVERIFY2(changed > 500, qPrintable(QString("views %1 and %2").arg(i).arg(j)));
            }
        const auto front = foreground(images[1], backgroundFor(StandardView::Front));
        const auto back = foreground(images[2], backgroundFor(StandardView::Back));
        auto overlap = [&](bool mirrored) {
            double both = 0, either = 0;
            const int w = kImageSize.width();
            for (int y = 0; y < kImageSize.height(); ++y)
                for (int x = 0; x < w; ++x) {
                    const bool a = front[std::size_t(y) * w + x];
                    const bool b = back[std::size_t(y) * w + (mirrored ? w - 1 - x : x)];
                    both += a && b;
                    either += a || b;
                }
            return both / either;
        };
        QVERIFY2(overlap(true) > 0.85, qPrintable(QString::number(overlap(true))));
        QVERIFY(overlap(false) < overlap(true) - 0.2);
    }

    void navigationKeepsPointUnderCursor() {
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        const auto scene = test::threeBoxes();
        SceneRenderer& r = gl.renderer();
        r.setAssembly(scene.assembly);
        r.setStandardView(StandardView::Iso);
        const QVector3D anchor(103.5f, 50.0f, 20.5f);
        const QPoint cursor = gl.project(anchor);
        const QVector3D eyeBefore = r.camera().eye();
        r.wheel(cursor, 240); // zoom in toward the cursor
        QVERIFY((r.camera().eye() - eyeBefore).length() > 0.1f);
        QVERIFY((gl.project(anchor) - cursor).manhattanLength() <= 2);
        QCOMPARE(r.pick(cursor).node, scene.wide);

        r.mousePress(cursor, Qt::LeftButton, Qt::NoModifier); // orbit about the picked point
        r.mouseMove(cursor + QPoint(40, 25), Qt::LeftButton, Qt::NoModifier);
        r.mouseRelease(cursor + QPoint(40, 25));
        QVERIFY((gl.project(anchor) - cursor).manhattanLength() <= 2);

        r.mousePress(cursor, Qt::MiddleButton, Qt::NoModifier); // pan drags the point along
        r.mouseMove(cursor + QPoint(30, -20), Qt::MiddleButton, Qt::NoModifier);
        r.mouseRelease(cursor + QPoint(30, -20));
        QVERIFY((gl.project(anchor) - (cursor + QPoint(30, -20))).manhattanLength() <= 3);
    }

    void coarseMeshKeepsShapeWithFewerTriangles() {
        const auto sphere = sphereMesh(400, 400); // 319,200 triangles
        const auto coarse = clusteredIndices(*sphere, 20000);
        const std::size_t triangles = coarse.size() / 3;
        QVERIFY2(triangles >= 5000 && triangles <= 40000, qPrintable(QString::number(triangles)));
        core::BBox used;
        for (std::uint32_t i : coarse) {
            QVERIFY(i < sphere->vertexCount());
            used.add(sphere->vertex(i));
        }
        const core::BBox full = sphere->bbox();
        QVERIFY((used.size() - full.size()).length() < 0.05 * full.diagonal());
        // A mesh under the target is returned unchanged.
        QCOMPARE(clusteredIndices(*sphere, 400000), sphere->indices);
    }

    void bigSceneDrawsCoarseWhileDragging() {
        auto assembly = std::make_shared<core::Assembly>();
        const int part = assembly->addPart({"sphere", sphereMesh(400, 400), {}, false});
        assembly->addNode(0, "sphere", {}, part);
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        gl.renderer().setAssembly(assembly);
        gl.renderer().setDisplayMode(DisplayMode::Shaded);
        const QImage still = gl.grab();
        const QPoint centre(gl.size().width() / 2, gl.size().height() / 2);
        gl.renderer().mousePress(centre, Qt::LeftButton, Qt::NoModifier);
        const QImage moving = gl.grab();
        gl.renderer().mouseRelease(centre);
        QVERIFY2(moving != still, "a scene this big draws its coarse stand-in while dragging");
        // The stand-in covers the same silhouette: few pixels change between the two.
        int differ = 0, covered = 0;
        for (int y = 0; y < still.height(); ++y)
            for (int x = 0; x < still.width(); ++x) {
                const bool a = differs(still.pixel(x, y), still.pixel(0, y));
                const bool b = differs(moving.pixel(x, y), moving.pixel(0, y));
                covered += a;
                differ += a != b;
            }
        QVERIFY(covered > still.width() * still.height() / 10);
        QVERIFY2(differ < covered / 20,
                 qPrintable(QStringLiteral("%1 of %2").arg(differ).arg(covered)));
    }

    void offscreenSavesPng() {
        const auto scene = test::threeBoxes();
        const QImage image =
            renderImage(scene.assembly, {800, 500}, StandardView::Iso, DisplayMode::ShadedEdges);
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QStringLiteral(WB_BINARY_DIR "/tst_render_iso.png")));
        QString error;
        QVERIFY(renderImage(scene.assembly, {0, 10}, StandardView::Iso, DisplayMode::Shaded, &error)
                    .isNull());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
