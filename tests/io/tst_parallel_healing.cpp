// The parallel p-curve pass in front of OCCT's shape healing: it must add exactly the p-curves
// ShapeFix_Edge::FixAddPCurve would, and imports with it must give the meshes of imports with
// OCCT's healing alone, bit for bit, on real files and on STEP files written without p-curves
// (as many CAD systems write them), where every curved face needs its p-curves projected.

#include "core/io/occt/iges_importer.h"
#include "core/io/occt/parallel_healing.h"
#include "core/io/occt/step_importer.h"
#include "io_test_util.h"

#include <BRepBuilderAPI_Copy.hxx>
#include <BRepBuilderAPI_NurbsConvert.hxx>
#include <BRepPrimAPI_MakeBox.hxx>
#include <BRepPrimAPI_MakeCylinder.hxx>
#include <BRepPrimAPI_MakeSphere.hxx>
#include <BRepPrimAPI_MakeTorus.hxx>
#include <BRepTools.hxx>
#include <BRep_Builder.hxx>
#include <BRep_Tool.hxx>
#include <Geom2d_Curve.hxx>
#include <Geom_Plane.hxx>
#include <IGESCAFControl_Writer.hxx>
#include <IGESControl_Controller.hxx>
#include <Interface_Static.hxx>
#include <Quantity_Color.hxx>
#include <STEPControl_Controller.hxx>
#include <STEPControl_Writer.hxx>
#include <ShapeAnalysis_Surface.hxx>
#include <ShapeBuild_Edge.hxx>
#include <ShapeFix_Edge.hxx>
#include <Standard_Failure.hxx>
#include <TDocStd_Document.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Compound.hxx>
#include <XCAFApp_Application.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>
#include <XSAlgo.hxx>
#include <XSAlgo_AlgoContainer.hxx>

#include <mutex>
#include <set>

using namespace wb::core;
using namespace wb::core::io;
namespace fs = std::filesystem;

namespace {

constexpr double kPrecision = 1e-4;
constexpr int kMinHealedFaces = 32; // from which faces that share nothing heal in groups

// Curved solids as B-spline faces: their seams stay, every other edge on them is projected.
TopoDS_Shape nurbsSolids() {
    TopoDS_Compound compound;
    BRep_Builder builder;
    builder.MakeCompound(compound);
    gp_Trsf shift;
    for (const TopoDS_Shape& solid :
         {BRepPrimAPI_MakeBox(10, 12, 14).Shape(), BRepPrimAPI_MakeCylinder(5, 20).Shape(),
          BRepPrimAPI_MakeSphere(7).Shape(), BRepPrimAPI_MakeTorus(10, 3).Shape()}) {
        shift.SetTranslation(gp_Vec(shift.TranslationPart().X() + 30, 0, 0));
        builder.Add(compound,
                    BRepBuilderAPI_NurbsConvert(solid.Moved(TopLoc_Location(shift))).Shape());
    }
    return compound;
}

// Edge uses on non-planar faces: (face, edge, is seam).
struct Use {
    TopoDS_Face face;
    TopoDS_Edge edge;
    bool seam;
};

std::vector<Use> curvedUses(const TopoDS_Shape& shape) {
    std::vector<Use> uses;
    TopTools_IndexedMapOfShape faces;
    TopExp::MapShapes(shape, TopAbs_FACE, faces);
    for (int f = 1; f <= faces.Extent(); ++f) {
        const TopoDS_Face& face = TopoDS::Face(faces(f));
        if (BRep_Tool::Surface(face)->IsKind(STANDARD_TYPE(Geom_Plane))) continue;
        TopTools_IndexedMapOfShape edges;
        TopExp::MapShapes(face, TopAbs_EDGE, edges);
        for (int e = 1; e <= edges.Extent(); ++e) {
            const TopoDS_Edge& edge = TopoDS::Edge(edges(e));
            if (BRep_Tool::Degenerated(edge)) continue;
            uses.push_back({face, edge, BRep_Tool::IsClosed(edge, face)});
        }
    }
    return uses;
}

int stripPCurves(const TopoDS_Shape& shape) {
    int removed = 0;
    for (const Use& use : curvedUses(shape))
        if (!use.seam) {
            ShapeBuild_Edge().RemovePCurve(use.edge, use.face);
            ++removed;
        }
    return removed;
}

std::shared_ptr<const Assembly> load(const fs::path& path) {
    auto result = importFile(path);
    if (!result) qWarning("%s", result.error().toString().c_str());
    return result ? *result : nullptr;
}

void compareMeshes(const Assembly& a, const Assembly& b) {
    QCOMPARE(a.parts().size(), b.parts().size());
    QCOMPARE(a.nodes().size(), b.nodes().size());
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        QCOMPARE(a.nodes()[i].name, b.nodes()[i].name);
        QCOMPARE(a.nodes()[i].color.has_value(), b.nodes()[i].color.has_value());
        if (a.nodes()[i].color) QVERIFY(*a.nodes()[i].color == *b.nodes()[i].color);
    }
    for (std::size_t i = 0; i < a.parts().size(); ++i) {
        QCOMPARE(a.parts()[i].hasColor, b.parts()[i].hasColor);
        QVERIFY(a.parts()[i].color == b.parts()[i].color);
    }
    for (std::size_t i = 0; i < a.parts().size(); ++i) {
        const Mesh& x = *a.parts()[i].mesh;
        const Mesh& y = *b.parts()[i].mesh;
        QCOMPARE(x.triangleCount(), y.triangleCount());
        QVERIFY(x.positions == y.positions);
        QVERIFY(x.normals == y.normals);
        QVERIFY(x.indices == y.indices);
        QVERIFY(x.faceIds == y.faceIds);
        QVERIFY(x.faceColors == y.faceColors);
    }
}

} // namespace

class TestParallelHealing : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_noPCurves;
    fs::path m_colouredIges;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        initStepExchange();
        initIgesExchange();
        STEPControl_Controller::Init();
        // The curved solids and a real part, written without p-curves.
        TopoDS_Shape bottle;
        BRep_Builder builder;
        QVERIFY(
            BRepTools::Read(bottle, (wb::test::kOcctData / "occ/bottle.brep").c_str(), builder));
        TopoDS_Compound both;
        builder.MakeCompound(both);
        builder.Add(both, nurbsSolids());
        builder.Add(both, bottle);
        Interface_Static::SetIVal("write.surfacecurve.mode", 0);
        STEPControl_Writer writer;
        QCOMPARE(writer.Transfer(both, STEPControl_AsIs), IFSelect_RetDone);
        m_noPCurves = fs::path(m_dir.path().toStdString()) / "no_pcurves.step";
        QCOMPARE(writer.Write(m_noPCurves.c_str()), IFSelect_RetDone);
        Interface_Static::SetIVal("write.surfacecurve.mode", 1);

        // Separate faces in colours, as IGES: healed in groups, their colours must be found on
        // the healed faces.
        Handle(TDocStd_Document) doc;
        XCAFApp_Application::GetApplication()->NewDocument("MDTV-XCAF", doc);
        Handle(XCAFDoc_ShapeTool) shapes = XCAFDoc_DocumentTool::ShapeTool(doc->Main());
        Handle(XCAFDoc_ColorTool) colours = XCAFDoc_DocumentTool::ColorTool(doc->Main());
        TopoDS_Compound faces;
        builder.MakeCompound(faces);
        for (TopExp_Explorer it(nurbsSolids(), TopAbs_FACE); it.More(); it.Next())
            for (int copy = 0; copy < 4; ++copy) {
                gp_Trsf shift;
                shift.SetTranslation(gp_Vec(0, 40.0 * copy, 0));
                builder.Add(faces, BRepBuilderAPI_Copy(it.Current().Moved(shift)).Shape());
            }
        const TDF_Label label = shapes->AddShape(faces, false);
        int n = 0;
        for (TopExp_Explorer it(faces, TopAbs_FACE); it.More(); it.Next(), ++n) {
            const TDF_Label face = shapes->AddSubShape(label, it.Current());
            if (!face.IsNull())
                colours->SetColor(
                    face, Quantity_Color(0.1 + 0.8 * (n % 5) / 4.0, 0.5, 0.2, Quantity_TOC_sRGB),
                    XCAFDoc_ColorSurf);
        }
        QVERIFY(n >= kMinHealedFaces);
        IGESControl_Controller::Init();
        IGESCAFControl_Writer igesWriter;
        igesWriter.SetColorMode(true);
        QVERIFY(igesWriter.Transfer(doc));
        m_colouredIges = fs::path(m_dir.path().toStdString()) / "coloured_faces.igs";
        QVERIFY(igesWriter.Write(m_colouredIges.c_str()));
    }

    // The pass adds, for every non-seam edge on a curved face, the p-curve FixAddPCurve adds.
    void addsWhatShapeFixAdds() {
        const TopoDS_Shape shape = nurbsSolids();
        const int removed = stripPCurves(shape);
        QVERIFY(removed >= 24 + 4); // the box's and the cylinder's edges
        const TopoDS_Shape reference = BRepBuilderAPI_Copy(shape).Shape();
        QCOMPARE(addMissingPCurves(shape, kPrecision), removed);
        // The reference gets its p-curves from OCCT, face by face, one analyser per face.
        for (const Use& use : curvedUses(reference)) {
            if (use.seam) continue;
            Handle(ShapeAnalysis_Surface) surface =
                new ShapeAnalysis_Surface(BRep_Tool::Surface(use.face));
            QVERIFY(ShapeFix_Edge().FixAddPCurve(use.edge, use.face, false, surface, kPrecision));
        }
        const std::vector<Use> ours = curvedUses(shape), theirs = curvedUses(reference);
        QCOMPARE(ours.size(), theirs.size());
        for (std::size_t i = 0; i < ours.size(); ++i) {
            double f1 = 0, l1 = 0, f2 = 0, l2 = 0;
            const Handle(Geom2d_Curve) a =
                BRep_Tool::CurveOnSurface(ours[i].edge, ours[i].face, f1, l1);
            const Handle(Geom2d_Curve) b =
                BRep_Tool::CurveOnSurface(theirs[i].edge, theirs[i].face, f2, l2);
            QVERIFY(!a.IsNull() && !b.IsNull());
            QCOMPARE(f1, f2);
            QCOMPARE(l1, l2);
            for (int k = 0; k <= 10; ++k) {
                const double t = f1 + (l1 - f1) * k / 10.0;
                QVERIFY2(a->Value(t).Distance(b->Value(t)) < 1e-12, "p-curves differ");
            }
        }
    }

    // Nothing to add on a shape that has all its p-curves, and a second run adds nothing.
    void addsNothingTwice() {
        const TopoDS_Shape shape = nurbsSolids();
        QCOMPARE(addMissingPCurves(shape, kPrecision), 0);
        stripPCurves(shape);
        QVERIFY(addMissingPCurves(shape, kPrecision) > 0);
        QCOMPARE(addMissingPCurves(shape, kPrecision), 0);
    }

    void sameMeshesAsOcctHealing_data() {
        QTest::addColumn<QString>("path");
        for (const char* name :
             {"step/linkrods.step", "step/screw.step", "iges/bearing.iges", "iges/hammer.iges"})
            QTest::newRow(name) << QString::fromStdString((wb::test::kOcctData / name).string());
        QTest::newRow("written without p-curves") << QString::fromStdString(m_noPCurves.string());
        QTest::newRow("coloured IGES faces") << QString::fromStdString(m_colouredIges.string());
        const fs::path sample = fs::path(WB_BINARY_DIR) / "resources/samples/sample_assembly.step";
        QTest::newRow("sample") << QString::fromStdString(sample.string());
    }
    void sameMeshesAsOcctHealing() {
        QFETCH(QString, path);
        // The importers' set-up put the project's container in place of OCCT's.
        QVERIFY(XSAlgo::AlgoContainer()->DynamicType() != STANDARD_TYPE(XSAlgo_AlgoContainer));
        const auto ours = load(path.toStdString());
        QVERIFY(ours);
        wb::test::checkAssembly(*ours);
        useParallelHealing(false);
        QVERIFY(XSAlgo::AlgoContainer()->DynamicType() == STANDARD_TYPE(XSAlgo_AlgoContainer));
        const auto occt = load(path.toStdString());
        useParallelHealing(true);
        QVERIFY(occt);
        compareMeshes(*ours, *occt);
        if (path.endsWith("coloured_faces.igs")) {
            // Five colours over the faces: they stay on the faces, none becomes the part's.
            std::set<std::uint32_t> colours;
            for (const Part& part : ours->parts())
                colours.insert(part.mesh->faceColors.begin(), part.mesh->faceColors.end());
            colours.erase(0u);
            QVERIFY2(colours.size() == 5, "the faces' colours were lost");
        }
    }

    // Separate faces heal in groups on several threads; shapes whose parts share anything, and
    // small ones, are left to OCCT's single pass.
    void independentPartsHealInGroups() {
        BRep_Builder builder;
        TopoDS_Compound faces;
        builder.MakeCompound(faces);
        for (int i = 0; i < 8; ++i) {
            gp_Trsf shift;
            shift.SetTranslation(gp_Vec(30.0 * i, 0, 0));
            const TopoDS_Shape box = BRepPrimAPI_MakeBox(10, 12, 14).Shape().Moved(shift);
            for (TopExp_Explorer it(box, TopAbs_FACE); it.More(); it.Next())
                builder.Add(faces, BRepBuilderAPI_Copy(it.Current()).Shape()); // no sharing
        }
        int calls = 0;
        std::mutex lock;
        const auto process = [&](const TopoDS_Shape& part, Handle(Standard_Transient) & record) {
            const std::lock_guard guard(lock);
            ++calls;
            record = new Standard_Transient;
            return part;
        };
        const auto prepare = [](const TopoDS_Shape&) -> Handle(Standard_Transient) {
            return new Standard_Transient;
        };
        Handle(Standard_Transient) info;
        const auto healed = healIndependentParts(faces, info, prepare, process);
        QVERIFY(healed.has_value());
        QVERIFY(calls >= 2);
        QCOMPARE(int(independentPartsInfo(info).size()), calls);
        TopTools_IndexedMapOfShape before, after;
        TopExp::MapShapes(faces, TopAbs_FACE, before);
        TopExp::MapShapes(*healed, TopAbs_FACE, after);
        QCOMPARE(after.Extent(), before.Extent());
        for (int i = 1; i <= before.Extent(); ++i) // the same faces, in their order
            QVERIFY(after(i).IsSame(before(i)));
        // Faces of one box share edges: one pass.
        info.Nullify();
        const TopoDS_Shape boxes = nurbsSolids();
        TopoDS_Compound shared;
        builder.MakeCompound(shared);
        for (TopExp_Explorer it(boxes, TopAbs_FACE); it.More(); it.Next())
            builder.Add(shared, it.Current());
        QVERIFY(!healIndependentParts(shared, info, prepare, process).has_value());
        QVERIFY(independentPartsInfo(info).empty());
        // Few faces: one pass.
        TopoDS_Compound few;
        builder.MakeCompound(few);
        for (TopExp_Explorer it(faces, TopAbs_FACE); it.More() && few.NbChildren() < 6; it.Next())
            builder.Add(few, it.Current());
        QVERIFY(!healIndependentParts(few, info, prepare, process).has_value());
        // Records that cannot be made apart (OCCT's resource file defines the sequence): one
        // pass, and no group processed.
        calls = 0;
        const auto refuse = [](const TopoDS_Shape&) { return Handle(Standard_Transient)(); };
        QVERIFY(!healIndependentParts(faces, info, refuse, process).has_value());
        QCOMPARE(calls, 0);
        // A group whose processing throws keeps its parts; the others are healed.
        const auto failOne = [&](const TopoDS_Shape& part, Handle(Standard_Transient) & record) {
            const std::lock_guard guard(lock);
            if (++calls == 1) Standard_Failure::Raise("group failed");
            record = new Standard_Transient;
            return part;
        };
        calls = 0;
        const auto partly = healIndependentParts(faces, info, prepare, failOne);
        QVERIFY(partly.has_value());
        TopTools_IndexedMapOfShape kept;
        TopExp::MapShapes(*partly, TopAbs_FACE, kept);
        QCOMPARE(kept.Extent(), before.Extent());
        QCOMPARE(int(independentPartsInfo(info).size()), calls - 1);
    }

    // A file without p-curves meshes completely: every face has triangles.
    void writtenWithoutPCurvesMeshes() {
        const auto a = load(m_noPCurves);
        QVERIFY(a);
        for (const Part& part : a->parts()) {
            std::set<int> faces(part.mesh->faceIds.begin(), part.mesh->faceIds.end());
            QCOMPARE(static_cast<int>(faces.size()), part.mesh->faceCount);
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelHealing)
#include "tst_parallel_healing.moc"
