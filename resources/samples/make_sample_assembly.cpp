// Writes the bundled sample assembly: a bearing block on a base plate, with names, colours,
// millimetre units and instanced parts (two brackets, six bolts).
//
// Usage: make_sample_assembly OUTPUT.step

#include <BRepAlgoAPI_Cut.hxx>
#include <BRepAlgoAPI_Fuse.hxx>
#include <BRepBuilderAPI_MakeFace.hxx>
#include <BRepBuilderAPI_MakePolygon.hxx>
#include <BRepPrimAPI_MakeBox.hxx>
#include <BRepPrimAPI_MakeCylinder.hxx>
#include <BRepPrimAPI_MakePrism.hxx>
#include <IFSelect_ReturnStatus.hxx>
#include <Interface_Static.hxx>
#include <Message.hxx>
#include <Message_Messenger.hxx>
#include <Message_PrinterOStream.hxx>
#include <Quantity_Color.hxx>
#include <STEPCAFControl_Controller.hxx>
#include <STEPCAFControl_Writer.hxx>
#include <Standard_Failure.hxx>
#include <TDataStd_Name.hxx>
#include <TDocStd_Document.hxx>
#include <TopoDS_Shape.hxx>
#include <XCAFApp_Application.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>
#include <gp_Ax2.hxx>
#include <gp_Pnt.hxx>
#include <gp_Trsf.hxx>
#include <gp_Vec.hxx>

#include <cmath>
#include <iostream>
#include <numbers>

namespace {

constexpr double kPlateLength = 240.0;
constexpr double kPlateWidth = 140.0;
constexpr double kPlateThickness = 12.0;
constexpr double kShaftDiameter = 25.0;
constexpr double kShaftHeight = 80.0; // axis height above the plate's top face
constexpr double kBoltDiameter = 10.0;

TopoDS_Shape cylinder(const gp_Pnt& base, const gp_Dir& axis, double radius, double height) {
    return BRepPrimAPI_MakeCylinder(gp_Ax2(base, axis), radius, height).Shape();
}

// Plate with four corner holes and two bolt holes under each bracket.
TopoDS_Shape makePlate() {
    TopoDS_Shape plate = BRepPrimAPI_MakeBox(kPlateLength, kPlateWidth, kPlateThickness).Shape();
    const double margin = 15.0;
    for (double x : {margin, kPlateLength - margin})
        for (double y : {margin, kPlateWidth - margin})
            plate = BRepAlgoAPI_Cut(plate, cylinder({x, y, -1}, gp::DZ(), 6.0, 20.0)).Shape();
    return plate;
}

// An L-shaped bracket in the XZ plane, extruded along Y, with a bore for the shaft.
TopoDS_Shape makeBracket() {
    const double w = 60.0, t = 12.0, h = kShaftHeight + 30.0, depth = 40.0;
    BRepBuilderAPI_MakePolygon profile;
    for (const gp_Pnt& p :
         {gp_Pnt(-w / 2, 0, 0), gp_Pnt(w / 2, 0, 0), gp_Pnt(w / 2, 0, t), gp_Pnt(t / 2, 0, t),
          gp_Pnt(t / 2, 0, h), gp_Pnt(-t / 2, 0, h), gp_Pnt(-t / 2, 0, t), gp_Pnt(-w / 2, 0, t)})
        profile.Add(p);
    profile.Close();
    const TopoDS_Face face = BRepBuilderAPI_MakeFace(profile.Wire()).Face();
    TopoDS_Shape bracket = BRepPrimAPI_MakePrism(face, gp_Vec(0, depth, 0)).Shape();
    // Thicken the upright around the bore with a boss.
    const TopoDS_Shape boss =
        cylinder({-t / 2, depth / 2, kShaftHeight}, gp::DX(), kShaftDiameter, t);
    bracket = BRepAlgoAPI_Fuse(bracket, boss).Shape();
    bracket = BRepAlgoAPI_Cut(bracket, cylinder({-w, depth / 2, kShaftHeight}, gp::DX(),
                                                kShaftDiameter / 2 + 0.5, 2 * w))
                  .Shape();
    for (double x : {-w / 2 + 9.0, w / 2 - 9.0})
        bracket = BRepAlgoAPI_Cut(bracket, cylinder({x, depth / 2, -1}, gp::DZ(),
                                                    kBoltDiameter / 2 + 0.5, t + 2))
                      .Shape();
    return bracket;
}

TopoDS_Shape makeShaft(double length) {
    TopoDS_Shape shaft = cylinder({0, 0, 0}, gp::DX(), kShaftDiameter / 2, length);
    return BRepAlgoAPI_Fuse(shaft,
                            cylinder({length / 2 - 10, 0, 0}, gp::DX(), kShaftDiameter / 2 + 4, 20))
        .Shape();
}

// Hexagon head M10 bolt standing on the XY plane, axis +Z, shank below.
TopoDS_Shape makeBolt() {
    const double across = 17.0, headHeight = 6.5, shank = 30.0;
    BRepBuilderAPI_MakePolygon hexagon;
    for (int i = 0; i < 6; ++i) {
        const double a = i * std::numbers::pi / 3.0;
        const double r = across / std::sqrt(3.0);
        hexagon.Add(gp_Pnt(r * std::cos(a), r * std::sin(a), 0));
    }
    hexagon.Close();
    const TopoDS_Face face = BRepBuilderAPI_MakeFace(hexagon.Wire()).Face();
    const TopoDS_Shape head = BRepPrimAPI_MakePrism(face, gp_Vec(0, 0, headHeight)).Shape();
    const TopoDS_Shape body = cylinder({0, 0, -shank}, gp::DZ(), kBoltDiameter / 2, shank);
    return BRepAlgoAPI_Fuse(head, body).Shape();
}

gp_Trsf translation(double x, double y, double z) {
    gp_Trsf t;
    t.SetTranslation(gp_Vec(x, y, z));
    return t;
}

class SampleWriter {
public:
    SampleWriter() {
        XCAFApp_Application::GetApplication()->NewDocument("MDTV-XCAF", m_doc);
        m_shapes = XCAFDoc_DocumentTool::ShapeTool(m_doc->Main());
        m_colors = XCAFDoc_DocumentTool::ColorTool(m_doc->Main());
    }

    TDF_Label part(const TopoDS_Shape& shape, const char* name, double r, double g, double b) {
        const TDF_Label label = m_shapes->AddShape(shape, Standard_False);
        TDataStd_Name::Set(label, name);
        m_colors->SetColor(label, Quantity_Color(r, g, b, Quantity_TOC_sRGB), XCAFDoc_ColorSurf);
        return label;
    }

    TDF_Label assembly(const char* name) {
        const TDF_Label label = m_shapes->NewShape();
        TDataStd_Name::Set(label, name);
        return label;
    }

    void place(const TDF_Label& parent, const TDF_Label& child, const gp_Trsf& where,
               const std::string& name) {
        const TDF_Label component = m_shapes->AddComponent(parent, child, TopLoc_Location(where));
        TDataStd_Name::Set(component, name.c_str());
    }

    bool write(const char* path) {
        m_shapes->UpdateAssemblies();
        STEPCAFControl_Controller::Init(); // defines the write.step.* parameters
        Interface_Static::SetCVal("write.step.unit", "MM");
        Interface_Static::SetCVal("write.step.schema", "AP214IS");
        STEPCAFControl_Writer writer;
        writer.SetColorMode(Standard_True);
        writer.SetNameMode(Standard_True);
        return writer.Transfer(m_doc, STEPControl_AsIs) && writer.Write(path) == IFSelect_RetDone;
    }

private:
    Handle(TDocStd_Document) m_doc;
    Handle(XCAFDoc_ShapeTool) m_shapes;
    Handle(XCAFDoc_ColorTool) m_colors;
};

bool buildAndWrite(const char* path) {
    SampleWriter w;
    const double shaftLength = kPlateLength - 40.0;
    const TDF_Label plate = w.part(makePlate(), "Base plate", 0.45, 0.52, 0.60);
    const TDF_Label bracket = w.part(makeBracket(), "Bearing bracket", 0.95, 0.55, 0.10);
    const TDF_Label shaft = w.part(makeShaft(shaftLength), "Shaft", 0.78, 0.80, 0.82);
    const TDF_Label bolt = w.part(makeBolt(), "Bolt M10x30", 0.20, 0.20, 0.22);

    const TDF_Label root = w.assembly("Bearing block");
    const TDF_Label support = w.assembly("Bracket with bolts");
    w.place(support, bracket, gp_Trsf(), "Bracket");
    const double boltZ = 12.0; // bolt heads sit on the bracket foot
    w.place(support, bolt, translation(-21.0, 20.0, boltZ), "Bolt 1");
    w.place(support, bolt, translation(21.0, 20.0, boltZ), "Bolt 2");

    w.place(root, plate, gp_Trsf(), "Base plate");
    const double y = (kPlateWidth - 40.0) / 2;
    gp_Trsf left = translation(45.0, y, kPlateThickness);
    gp_Trsf right;
    right.SetRotation(gp_Ax1(gp_Pnt(0, 20.0, 0), gp::DZ()), std::numbers::pi);
    right.PreMultiply(translation(kPlateLength - 45.0, y, kPlateThickness));
    w.place(root, support, left, "Support left");
    w.place(root, support, right, "Support right");
    w.place(root, shaft, translation(20.0, kPlateWidth / 2, kPlateThickness + kShaftHeight),
            "Shaft");
    const double margin = 15.0;
    int index = 1;
    for (double x : {margin, kPlateLength - margin})
        for (double yy : {margin, kPlateWidth - margin})
            w.place(root, bolt, translation(x, yy, kPlateThickness),
                    "Anchor bolt " + std::to_string(index++));
    return w.write(path);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_sample_assembly OUTPUT.step\n";
        return 2;
    }
    // Keep the build log quiet: OCCT's transfer statistics go nowhere, failures to stderr.
    Message::DefaultMessenger()->RemovePrinters(STANDARD_TYPE(Message_PrinterOStream));
    Message::DefaultMessenger()->AddPrinter(
        new Message_PrinterOStream("cerr", Standard_False, Message_Fail));
    try {
        if (!buildAndWrite(argv[1])) {
            std::cerr << "make_sample_assembly: cannot write " << argv[1] << '\n';
            return 1;
        }
    } catch (const Standard_Failure& e) {
        std::cerr << "make_sample_assembly: " << e.GetMessageString() << '\n';
        return 1;
    }
    return 0;
}
