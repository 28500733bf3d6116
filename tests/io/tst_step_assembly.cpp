// Files written with OCCT by the test: an instanced, named, coloured STEP assembly in metres,
// a BREP box (face ids, winding, normals), and the bundled sample assembly.

#include "io_test_util.h"

#include <BRepPrimAPI_MakeBox.hxx>
#include <BRepPrimAPI_MakeCylinder.hxx>
#include <BRepTools.hxx>
#include <BRep_Builder.hxx>
#include <Interface_Static.hxx>
#include <Quantity_Color.hxx>
#include <STEPCAFControl_Controller.hxx>
#include <STEPCAFControl_Writer.hxx>
#include <TDataStd_Name.hxx>
#include <TDocStd_Document.hxx>
#include <TopoDS_Compound.hxx>
#include <XCAFApp_Application.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>

#include <map>
#include <set>

using namespace wb::core;
using namespace wb::core::io;

namespace {

constexpr int kBoxCopies = 3;

gp_Trsf shifted(double x, double y, double z) {
    gp_Trsf t;
    t.SetTranslation(gp_Vec(x, y, z));
    return t;
}

// 10 x 20 x 30 mm box used three times and a cylinder once, written with metre units.
bool writeInstancedStep(const std::filesystem::path& path) {
    Handle(TDocStd_Document) doc;
    XCAFApp_Application::GetApplication()->NewDocument("MDTV-XCAF", doc);
    Handle(XCAFDoc_ShapeTool) shapes = XCAFDoc_DocumentTool::ShapeTool(doc->Main());
    Handle(XCAFDoc_ColorTool) colours = XCAFDoc_DocumentTool::ColorTool(doc->Main());
    const TDF_Label box = shapes->AddShape(BRepPrimAPI_MakeBox(10, 20, 30).Shape(), false);
    TDataStd_Name::Set(box, "Box");
    colours->SetColor(box, Quantity_Color(1.0, 0.0, 0.0, Quantity_TOC_sRGB), XCAFDoc_ColorSurf);
    const TDF_Label pin = shapes->AddShape(BRepPrimAPI_MakeCylinder(5, 40).Shape(), false);
    TDataStd_Name::Set(pin, "Pin");
    colours->SetColor(pin, Quantity_Color(0.0, 0.0, 1.0, Quantity_TOC_sRGB), XCAFDoc_ColorSurf);
    const TDF_Label top = shapes->NewShape();
    TDataStd_Name::Set(top, "Fixture");
    for (int i = 0; i < kBoxCopies; ++i) {
        const TDF_Label c =
            shapes->AddComponent(top, box, TopLoc_Location(shifted(100.0 * i, 0, 0)));
        TDataStd_Name::Set(c, ("Box " + std::to_string(i + 1)).c_str());
    }
    shapes->AddComponent(top, pin, TopLoc_Location(shifted(0, 0, 100)));
    shapes->UpdateAssemblies();
    STEPCAFControl_Controller::Init(); // defines the write.step.* parameters
    Interface_Static::SetCVal("write.step.unit", "M");
    STEPCAFControl_Writer writer;
    const bool ok = writer.Transfer(doc, STEPControl_AsIs) &&
                    writer.Write(path.string().c_str()) == IFSelect_RetDone;
    Interface_Static::SetCVal("write.step.unit", "MM");
    return ok;
}

const Part* partNamed(const Assembly& a, const std::string& name) {
    for (const Part& p : a.parts())
        if (p.name == name) return &p;
    return nullptr;
}

} // namespace

class TstStepAssembly : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::filesystem::path dir() const { return m_dir.path().toStdString(); }

private slots:
    void instancedStepSharesParts() {
        const auto path = dir() / "fixture.step";
        QVERIFY(writeInstancedStep(path));
        auto result = importFile(path);
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        const Assembly& a = **result;
        wb::test::checkAssembly(a);
        QCOMPARE(a.format(), std::string("STEP"));
        QCOMPARE(a.metresPerUnit(), 1.0); // the file's unit, not OCCT's millimetres
        QCOMPARE(a.parts().size(), std::size_t{2});
        QCOMPARE(a.instanceCount(), std::size_t{kBoxCopies + 1});
        std::map<int, int> uses;
        for (const Instance& inst : a.instances())
            ++uses[inst.part];
        const Part* box = partNamed(a, "Box");
        const Part* pin = partNamed(a, "Pin");
        QVERIFY(box && pin);
        const int boxIndex = static_cast<int>(box - a.parts().data());
        QCOMPARE(uses[boxIndex], kBoxCopies);
        QVERIFY(box->hasColor && pin->hasColor);
        QVERIFY(box->color.r > 0.95f && box->color.g < 0.05f && box->color.b < 0.05f);
        QVERIFY(pin->color.b > 0.95f && pin->color.r < 0.05f);
        QCOMPARE(box->mesh->faceCount, 6);
        // Coordinates stay in metres: the box is 0.01 x 0.02 x 0.03 and copies are 0.1 apart.
        const BBox boxBox = box->mesh->bbox();
        QVERIFY(std::abs(boxBox.size().x - 0.01) < 1e-6);
        QVERIFY(std::abs(boxBox.size().z - 0.03) < 1e-6);
        const BBox all = a.bbox();
        QVERIFY(std::abs(all.max.x - 0.21) < 1e-6);
        QVERIFY(std::abs(all.max.z - 0.14) < 1e-6);
        bool namedInstance = false;
        for (const Node& n : a.nodes())
            namedInstance = namedInstance || n.name == "Box 2";
        QVERIFY(namedInstance);
    }

    void brepFaceIdsAndWinding() {
        // A box placed away from the origin: faces keep MapShapes order, and every
        // triangle's winding agrees with its vertex normals, which point outwards.
        const auto path = dir() / "box.brep";
        const TopoDS_Shape box = BRepPrimAPI_MakeBox(gp_Pnt(5, 5, 5), 10, 10, 10)
                                     .Shape()
                                     .Moved(TopLoc_Location(shifted(1, 2, 3)));
        QVERIFY(BRepTools::Write(box, path.string().c_str()));
        auto result = importFile(path);
        QVERIFY(result);
        const Assembly& a = **result;
        QCOMPARE(a.parts().size(), std::size_t{1});
        const Mesh& m = *a.parts()[0].mesh;
        QCOMPARE(m.faceCount, 6);
        QCOMPARE(m.triangleCount(), std::size_t{12});
        std::set<int> ids(m.faceIds.begin(), m.faceIds.end());
        QCOMPARE(ids.size(), std::size_t{6});
        const BBox b = a.bbox();
        QVERIFY(std::abs(b.min.x - 6) < 1e-6 && std::abs(b.max.z - 18) < 1e-6);
        const Vec3 centre = b.center();
        for (std::size_t t = 0; t < m.triangleCount(); ++t) {
            const std::uint32_t i0 = m.indices[3 * t], i1 = m.indices[3 * t + 1],
                                i2 = m.indices[3 * t + 2];
            const Vec3 p0 = m.vertex(i0), p1 = m.vertex(i1), p2 = m.vertex(i2);
            const Vec3 geometric = (p1 - p0).cross(p2 - p0);
            const Vec3 normal{m.normals[3 * i0], m.normals[3 * i0 + 1], m.normals[3 * i0 + 2]};
            QVERIFY(geometric.dot(normal) > 0);
            QVERIFY(normal.dot(p0 - centre) > 0);
        }
    }

    void brepCompoundInstances() {
        // A compound holding one solid three times at different places: one shared part.
        const auto path = dir() / "compound.brep";
        const TopoDS_Shape cube = BRepPrimAPI_MakeBox(1, 1, 1).Shape();
        TopoDS_Compound compound;
        BRep_Builder builder;
        builder.MakeCompound(compound);
        for (int i = 0; i < 3; ++i)
            builder.Add(compound, cube.Moved(TopLoc_Location(shifted(2.0 * i, 0, 0))));
        QVERIFY(BRepTools::Write(compound, path.string().c_str()));
        auto result = importFile(path);
        QVERIFY(result);
        QCOMPARE((*result)->parts().size(), std::size_t{1});
        QCOMPARE((*result)->instanceCount(), std::size_t{3});
        QVERIFY(std::abs((*result)->bbox().max.x - 5.0) < 1e-6);
    }

    void sampleAssembly() {
        const std::filesystem::path path =
            std::filesystem::path(WB_BINARY_DIR) / "resources/samples/sample_assembly.step";
        QVERIFY2(std::filesystem::exists(path), "the build writes the sample assembly");
        auto result = importFile(path);
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        const Assembly& a = **result;
        wb::test::checkAssembly(a);
        QCOMPARE(a.metresPerUnit(), 1e-3);
        QCOMPARE(a.parts().size(), std::size_t{4});
        QCOMPARE(a.instanceCount(), std::size_t{12});
        for (const Part& p : a.parts())
            QVERIFY2(p.hasColor, p.name.c_str());
        QVERIFY(partNamed(a, "Bolt M10x30"));
        QVERIFY(partNamed(a, "Base plate"));
    }
};

QTEST_GUILESS_MAIN(TstStepAssembly)
#include "tst_step_assembly.moc"
