#include "xcaf_assembly.h"

#include "brep_meshing.h"
#include "occt_convert.h"

#include <NCollection_DataMap.hxx>
#include <Quantity_ColorRGBA.hxx>
#include <TDF_Label.hxx>
#include <TDF_LabelMapHasher.hxx>
#include <TDF_LabelSequence.hxx>
#include <TDataStd_Name.hxx>
#include <TDocStd_Document.hxx>
#include <TopoDS_Shape.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>

#include <vector>

namespace wb::core::io {

namespace {

class XcafWalker {
public:
    XcafWalker(const Handle(TDocStd_Document) & doc, Assembly& assembly, double scale)
        : m_shapes(XCAFDoc_DocumentTool::ShapeTool(doc->Main())),
          m_colors(XCAFDoc_DocumentTool::ColorTool(doc->Main())), m_assembly(assembly),
          m_scale(scale) {}

    void walk() {
        TDF_LabelSequence roots;
        m_shapes->GetFreeShapes(roots);
        for (const TDF_Label& root : roots) {
            const TopLoc_Location location = XCAFDoc_ShapeTool::GetLocation(root);
            const int node = m_assembly.addNode(0, nameOf(root, "Model"),
                                                toTransform(location.Transformation(), m_scale));
            addContent(root, node);
        }
    }

    const std::vector<TopoDS_Shape>& partShapes() const { return m_partShapes; }

private:
    // Places the content of the shape definition `prototype` under `node`.
    void addContent(const TDF_Label& prototype, int node) {
        if (!XCAFDoc_ShapeTool::IsAssembly(prototype)) {
            Node& target = m_assembly.nodes()[node];
            target.part = partFor(prototype);
            // The part is meshed without its own placement; the node carries it.
            const TopLoc_Location own = XCAFDoc_ShapeTool::GetShape(prototype).Location();
            if (!own.IsIdentity())
                target.local = target.local * toTransform(own.Transformation(), m_scale);
            return;
        }
        TDF_LabelSequence components;
        XCAFDoc_ShapeTool::GetComponents(prototype, components);
        for (const TDF_Label& component : components) {
            TDF_Label referred;
            if (!XCAFDoc_ShapeTool::GetReferredShape(component, referred)) continue;
            const TopLoc_Location location = XCAFDoc_ShapeTool::GetLocation(component);
            const int child =
                m_assembly.addNode(node, nameOf(component, nameOf(referred, "Component")),
                                   toTransform(location.Transformation(), m_scale));
            if (auto colour = colourOf(component)) m_assembly.nodes()[child].color = colour;
            addContent(referred, child);
        }
    }

    int partFor(const TDF_Label& prototype) {
        if (const int* known = m_partOf.Seek(prototype)) return *known;
        Part part;
        part.name = nameOf(prototype, "Part " + std::to_string(m_assembly.parts().size() + 1));
        std::optional<Color> colour = colourOf(prototype);
        if (!colour) colour = subShapeColour(prototype);
        if (colour) {
            part.color = *colour;
            part.hasColor = true;
        }
        const int index = m_assembly.addPart(std::move(part));
        m_partOf.Bind(prototype, index);
        m_partShapes.push_back(XCAFDoc_ShapeTool::GetShape(prototype).Located(TopLoc_Location()));
        return index;
    }

    std::optional<Color> colourOf(const TDF_Label& label) const {
        Quantity_ColorRGBA rgba;
        if (m_colors->GetColor(label, XCAFDoc_ColorSurf, rgba) ||
            m_colors->GetColor(label, XCAFDoc_ColorGen, rgba))
            return toColor(rgba);
        return std::nullopt;
    }

    // A part whose faces or solids carry one colour, not the part label itself.
    std::optional<Color> subShapeColour(const TDF_Label& label) const {
        TDF_LabelSequence subShapes;
        if (!XCAFDoc_ShapeTool::GetSubShapes(label, subShapes)) return std::nullopt;
        for (const TDF_Label& sub : subShapes)
            if (auto colour = colourOf(sub)) return colour;
        return std::nullopt;
    }

    static std::string nameOf(const TDF_Label& label, const std::string& fallback) {
        Handle(TDataStd_Name) name;
        if (label.FindAttribute(TDataStd_Name::GetID(), name)) {
            std::string text = toUtf8(name->Get());
            if (!text.empty()) return text;
        }
        return fallback;
    }

    Handle(XCAFDoc_ShapeTool) m_shapes;
    Handle(XCAFDoc_ColorTool) m_colors;
    Assembly& m_assembly;
    double m_scale;
    NCollection_DataMap<TDF_Label, int, TDF_LabelMapHasher> m_partOf;
    std::vector<TopoDS_Shape> m_partShapes;
};

} // namespace

Handle(TDocStd_Document) newXcafDocument() {
    Handle(TDocStd_Document) doc = new TDocStd_Document("MDTV-XCAF");
    XCAFDoc_DocumentTool::Set(doc->Main(), Standard_False);
    return doc;
}

Result<std::shared_ptr<Assembly>> assemblyFromXcaf(const Handle(TDocStd_Document) & doc,
                                                   const ImportOptions& options,
                                                   const std::filesystem::path& path, double from,
                                                   double scale) {
    auto assembly = std::make_shared<Assembly>();
    XcafWalker walker(doc, *assembly, scale);
    walker.walk();
    auto meshes = meshShapes(walker.partShapes(), options, path, from, 1.0, scale);
    if (!meshes) return std::unexpected(meshes.error());
    for (std::size_t i = 0; i < meshes->size(); ++i)
        assembly->parts()[i].mesh = (*meshes)[i];
    return assembly;
}

} // namespace wb::core::io
