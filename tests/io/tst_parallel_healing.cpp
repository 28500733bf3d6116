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
#include <Interface_Static.hxx>
#include <STEPControl_Controller.hxx>
#include <STEPControl_Writer.hxx>
#include <ShapeAnalysis_Surface.hxx>
#include <ShapeBuild_Edge.hxx>
#include <ShapeFix_Edge.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Compound.hxx>
#include <XSAlgo.hxx>
#include <XSAlgo_AlgoContainer.hxx>

#include <set>

using namespace wb::core;
using namespace wb::core::io;
namespace fs = std::filesystem;

namespace {

constexpr double kPrecision = 1e-4;

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
    for (std::size_t i = 0; i < a.parts().size(); ++i) {
        const Mesh& x = *a.parts()[i].mesh;
        const Mesh& y = *b.parts()[i].mesh;
        QCOMPARE(x.triangleCount(), y.triangleCount());
        QVERIFY(x.positions == y.positions);
        QVERIFY(x.normals == y.normals);
        QVERIFY(x.indices == y.indices);
        QVERIFY(x.faceIds == y.faceIds);
    }
}

} // namespace

class TestParallelHealing : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_noPCurves;

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
        const fs::path sample = fs::path(WB_BINARY_DIR) / "resources/samples/sample_assembly.step";
        if (fs::exists(sample)) QTest::newRow("sample") << QString::fromStdString(sample.string());
    }
    void sameMeshesAsOcctHealing() {
        QFETCH(QString, path);
        const auto ours = load(path.toStdString());
        QVERIFY(ours);
        wb::test::checkAssembly(*ours);
        const Handle(XSAlgo_AlgoContainer) installed = XSAlgo::AlgoContainer();
        XSAlgo::SetAlgoContainer(new XSAlgo_AlgoContainer);
        const auto occt = load(path.toStdString());
        XSAlgo::SetAlgoContainer(installed);
        QVERIFY(occt);
        compareMeshes(*ours, *occt);
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
