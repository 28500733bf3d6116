// Face colours from the file: a STEP file written with OCCT whose grey box has one red face,
// imported through the import helper as the app and the CLI do, keeps the red face on the mesh
// and in the pictures of the renderer and of `werkbank-cli render`.

#include "gl_fixture.h"
#include "image_compare.h"

#include "core/io/isolated/isolated_import.h"
#include "render/colour_map.h"
#include "render/scene_renderer.h"

#include <BRepAdaptor_Surface.hxx>
#include <BRepPrimAPI_MakeBox.hxx>
#include <IGESCAFControl_Writer.hxx>
#include <Quantity_Color.hxx>
#include <STEPCAFControl_Controller.hxx>
#include <STEPCAFControl_Writer.hxx>
#include <TDataStd_Name.hxx>
#include <TDocStd_Document.hxx>
#include <TopExp_Explorer.hxx>
#include <TopoDS.hxx>
#include <XCAFApp_Application.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace wb;
using namespace wb::render;

namespace {

constexpr double kSide = 10.0; // mm
const Quantity_Color kGrey(0.5, 0.5, 0.5, Quantity_TOC_sRGB);
const Quantity_Color kRed(0.9, 0.05, 0.05, Quantity_TOC_sRGB);

enum class Format { Step, Iges };

/// A grey box (the part's colour) whose top face (+Z) is red (a colour on the face itself).
/// `instanceBlue`: the box is placed once in an assembly, that instance coloured blue.
bool writeBoxWithRedTop(const std::filesystem::path& path, bool instanceBlue = false,
                        Format format = Format::Step) {
    Handle(TDocStd_Document) doc;
    XCAFApp_Application::GetApplication()->NewDocument("MDTV-XCAF", doc);
    Handle(XCAFDoc_ShapeTool) shapes = XCAFDoc_DocumentTool::ShapeTool(doc->Main());
    Handle(XCAFDoc_ColorTool) colours = XCAFDoc_DocumentTool::ColorTool(doc->Main());
    const TopoDS_Shape box = BRepPrimAPI_MakeBox(kSide, kSide, kSide).Shape();
    const TDF_Label part = shapes->AddShape(box, false);
    TDataStd_Name::Set(part, "Box");
    colours->SetColor(part, kGrey, XCAFDoc_ColorSurf);
    int tops = 0;
    for (TopExp_Explorer it(box, TopAbs_FACE); it.More(); it.Next()) {
        const TopoDS_Face face = TopoDS::Face(it.Current());
        BRepAdaptor_Surface surface(face);
        if (surface.GetType() != GeomAbs_Plane) continue;
        const gp_Pnt at = surface.Value(surface.FirstUParameter(), surface.FirstVParameter());
        if (std::abs(at.Z() - kSide) > 1e-9 ||
            std::abs(surface.Plane().Axis().Direction().Z()) < 0.99)
            continue;
        const TDF_Label sub = shapes->AddSubShape(part, face);
        if (sub.IsNull()) return false;
        colours->SetColor(sub, kRed, XCAFDoc_ColorSurf);
        ++tops;
    }
    if (tops != 1) return false;
    if (instanceBlue) {
        const TDF_Label top = shapes->NewShape();
        TDataStd_Name::Set(top, "Fixture");
        const TDF_Label component = shapes->AddComponent(top, part, TopLoc_Location());
        colours->SetColor(component, Quantity_Color(0.1, 0.2, 0.9, Quantity_TOC_sRGB),
                          XCAFDoc_ColorSurf);
        shapes->UpdateAssemblies();
    }
    if (format == Format::Iges) {
        IGESCAFControl_Writer writer;
        return writer.Transfer(doc) && writer.Write(path.string().c_str());
    }
    STEPCAFControl_Controller::Init();
    STEPCAFControl_Writer writer;
    return writer.Transfer(doc, STEPControl_AsIs) &&
           writer.Write(path.string().c_str()) == IFSelect_RetDone;
}

std::filesystem::path helper() {
    return std::filesystem::path(WB_BINARY_DIR) / "bin/werkbank-import";
}

bool isRed(QRgb c) {
    return qRed(c) > 120 && qRed(c) > 2 * qGreen(c) && qRed(c) > 2 * qBlue(c);
}

bool isMagenta(QRgb c) {
    return qRed(c) > 150 && qBlue(c) > 150 && qGreen(c) < 60;
}

bool isBlue(QRgb c) {
    return qBlue(c) > 100 && qBlue(c) > 2 * qRed(c);
}

/// Lit grey: the channels close together (the light's ambient term is faintly blue), neither
/// red nor the background's bluer tint.
bool isGrey(QRgb c) {
    return qRed(c) > 40 && std::abs(qRed(c) - qGreen(c)) < 12 &&
           std::abs(qGreen(c) - qBlue(c)) < 12 && std::abs(qRed(c) - qBlue(c)) < 15;
}

QString describe(QRgb c) {
    return QStringLiteral("rgb(%1, %2, %3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

/// The face of the box's mesh whose triangles all lie at z = kSide, or -1.
int topFace(const core::Mesh& mesh) {
    for (int face = 0; face < mesh.faceCount; ++face) {
        bool top = true, any = false;
        for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
            if (mesh.faceIds[t] != face) continue;
            any = true;
            for (int k = 0; k < 3; ++k)
                top = top && std::abs(mesh.vertex(mesh.indices[3 * t + k]).z - kSide) < 1e-6;
        }
        if (any && top) return face;
    }
    return -1;
}

} // namespace

class TestFaceColours : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::filesystem::path m_file;
    std::shared_ptr<const core::Assembly> m_model;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_file = std::filesystem::path(m_dir.path().toStdString()) / "box_red_top.step";
        QVERIFY(writeBoxWithRedTop(m_file));
    }

    void importKeepsFaceColours() {
        // Through the import helper process and its wire format, as the app imports.
        auto result = core::io::importIsolated(m_file, {}, helper());
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        m_model = *result;
        QCOMPARE(m_model->parts().size(), std::size_t{1});
        const core::Part& part = m_model->parts()[0];
        QVERIFY(part.hasColor);
        QVERIFY(std::abs(part.color.r - 0.5f) < 0.02f && std::abs(part.color.b - 0.5f) < 0.02f);
        const core::Mesh& mesh = *part.mesh;
        QCOMPARE(mesh.faceCount, 6);
        QCOMPARE(mesh.faceColors.size(), std::size_t{6});
        const int top = topFace(mesh);
        QVERIFY(top >= 0);
        for (int face = 0; face < 6; ++face) {
            const std::uint32_t c = mesh.faceColor(face);
            if (face != top) {
                QCOMPARE(c, 0u); // the part's grey
                continue;
            }
            const core::Color red = core::unpackColor(c);
            QVERIFY2(red.r > 0.85f && red.g < 0.1f && red.b < 0.1f && red.a == 1.0f,
                     qPrintable(QString::number(c, 16)));
        }
    }

    void igesFaceColours() {
        // IGES goes through the same XCAF document, so its face colours come along.
        const auto path = std::filesystem::path(m_dir.path().toStdString()) / "box.igs";
        QVERIFY(writeBoxWithRedTop(path, false, Format::Iges));
        auto result = core::io::importIsolated(path, {}, helper());
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        QCOMPARE((*result)->parts().size(), std::size_t{1});
        const core::Mesh& mesh = *(*result)->parts()[0].mesh;
        const int top = topFace(mesh);
        QVERIFY(top >= 0);
        QVERIFY2(mesh.faceColor(top) != 0, "the red face kept its colour");
        QVERIFY(core::unpackColor(mesh.faceColor(top)).r > 0.85f);
        for (int face = 0; face < mesh.faceCount; ++face)
            if (face != top) QVERIFY(core::unpackColor(mesh.faceColor(face)).r < 0.6f);
    }

    void renderedRedTopGreySides() {
        if (!m_model) QSKIP("needs importKeepsFaceColours");
        if (const QString why = test::glUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        SceneRenderer& r = gl.renderer();
        r.setAssembly(m_model);
        r.setDisplayMode(DisplayMode::Shaded);
        r.setStandardView(StandardView::Iso); // sees +X, -Y and +Z
        const QPoint top = gl.project({5, 5, float(kSide)});
        const QPoint right = gl.project({float(kSide), 5, 5});
        const QPoint front = gl.project({5, 0, 5});
        QImage image = gl.grab();
        QVERIFY2(isRed(image.pixel(top)), qPrintable(describe(image.pixel(top))));
        QVERIFY2(isGrey(image.pixel(right)), qPrintable(describe(image.pixel(right))));
        QVERIFY2(isGrey(image.pixel(front)), qPrintable(describe(image.pixel(front))));

        // The red face is the one picked there, and highlighting and selection still show.
        const QRgb plainTop = image.pixel(top), plainSide = image.pixel(right);
        const PickResult picked = r.pick(top);
        QCOMPARE(picked.face, topFace(*m_model->parts()[0].mesh));
        r.setHighlightedFace(picked.node, picked.face);
        image = gl.grab();
        QVERIFY2(!isRed(image.pixel(top)), qPrintable(describe(image.pixel(top))));
        QVERIFY(!test::differs(image.pixel(right), plainSide));
        r.setHighlightedFace(-1, -1);
        QVERIFY(!test::differs(gl.grab().pixel(top), plainTop));
        r.setSelection({picked.node});
        image = gl.grab();
        QVERIFY(test::differs(image.pixel(top), plainTop));
        QVERIFY(test::differs(image.pixel(right), plainSide));
        r.setSelection({});

        // A result shown on the part covers the face colours; without it they come back.
        ColourScale scale;
        scale.min = 0, scale.max = 1, scale.above = qRgb(255, 0, 255);
        r.setColourScale(scale);
        r.setResultColours(picked.node,
                           std::vector<float>(m_model->parts()[0].mesh->vertexCount(), 2.0f));
        image = gl.grab();
        QVERIFY2(isMagenta(image.pixel(top)), qPrintable(describe(image.pixel(top))));
        QVERIFY2(isMagenta(image.pixel(right)), qPrintable(describe(image.pixel(right))));
        r.clearResult();
        QVERIFY(!test::differs(gl.grab().pixel(top), plainTop));

        // Shaded with edges draws the same face colours.
        r.setDisplayMode(DisplayMode::ShadedEdges);
        image = gl.grab();
        QVERIFY(isRed(image.pixel(top)));
        QVERIFY(isGrey(image.pixel(right)));
    }

    void faceColourWinsOverInstanceColour() {
        // As OCCT's XCAF presents it: the instance's blue replaces the part's grey, the face's
        // own red stays.
        if (const QString why = test::glUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
        const auto path = std::filesystem::path(m_dir.path().toStdString()) / "blue_box.step";
        QVERIFY(writeBoxWithRedTop(path, true));
        auto result = core::io::importIsolated(path, {}, helper());
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        test::GlFixture gl;
        QVERIFY2(gl.ok(), qPrintable(gl.error()));
        gl.renderer().setAssembly(*result);
        gl.renderer().setDisplayMode(DisplayMode::Shaded);
        gl.renderer().setStandardView(StandardView::Iso);
        const QImage image = gl.grab();
        const QRgb top = image.pixel(gl.project({5, 5, float(kSide)}));
        const QRgb side = image.pixel(gl.project({float(kSide), 5, 5}));
        QVERIFY2(isRed(top), qPrintable(describe(top)));
        QVERIFY2(isBlue(side), qPrintable(describe(side)));
    }

    void cliRenderShowsFaceColours() {
        if (const QString why = test::glUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
        const QString out = m_dir.filePath("box.png");
        QProcess cli;
        cli.start(QStringLiteral(WB_CLI_EXE), {"render", QString::fromStdString(m_file.string()),
                                               "-o", out, "--size", "320x240", "--view", "top"});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QImage image(out);
        QCOMPARE(image.size(), QSize(320, 240));
        // From the top the red face fills the middle; from the front the grey side does.
        QVERIFY2(isRed(image.pixel(160, 120)), qPrintable(describe(image.pixel(160, 120))));
        cli.start(QStringLiteral(WB_CLI_EXE), {"render", QString::fromStdString(m_file.string()),
                                               "-o", out, "--size", "320x240", "--view", "front"});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        image = QImage(out);
        QVERIFY2(isGrey(image.pixel(160, 120)), qPrintable(describe(image.pixel(160, 120))));
    }
};

QTEST_MAIN(TestFaceColours)
#include "tst_face_colours.moc"
