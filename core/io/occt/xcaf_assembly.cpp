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
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS_Shape.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>

#include <algorithm>
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
    /// Per part: the colours of its faces (Mesh::faceColors), empty when none has one.
    std::vector<std::vector<std::uint32_t>>& partFaceColours() { return m_partFaceColours; }

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
        std::vector<std::uint32_t> faceColours = faceColoursOf(prototype);
        std::optional<Color> colour = colourOf(prototype);
        if (!colour) colour = commonColour(faceColours);
        if (colour) {
            part.color = *colour;
            part.hasColor = true;
        }
        const int index = m_assembly.addPart(std::move(part));
        m_partOf.Bind(prototype, index);
        m_partShapes.push_back(XCAFDoc_ShapeTool::GetShape(prototype).Located(TopLoc_Location()));
        m_partFaceColours.push_back(std::move(faceColours));
        return index;
    }

    std::optional<Color> colourOf(const TDF_Label& label) const {
        Quantity_ColorRGBA rgba;
        if (m_colors->GetColor(label, XCAFDoc_ColorSurf, rgba) ||
            m_colors->GetColor(label, XCAFDoc_ColorGen, rgba))
            return toColor(rgba);
        return std::nullopt;
    }

    // The colours that sub-shapes of the part (solids, shells, faces) give its faces, indexed as
    // meshFromTriangulation numbers them (TopExp::MapShapes order); empty when there are none.
    // A smaller sub-shape's colour wins over a larger one's, as OCCT's XCAFPrs dispatches them.
    std::vector<std::uint32_t> faceColoursOf(const TDF_Label& prototype) const {
        TDF_LabelSequence subShapes;
        if (!XCAFDoc_ShapeTool::GetSubShapes(prototype, subShapes)) return {};
        std::vector<std::pair<TopoDS_Shape, std::uint32_t>> coloured;
        for (const TDF_Label& sub : subShapes)
            if (auto colour = colourOf(sub)) {
                const TopoDS_Shape shape = XCAFDoc_ShapeTool::GetShape(sub);
                if (!shape.IsNull()) coloured.emplace_back(shape, packColor(*colour));
            }
        if (coloured.empty()) return {};
        std::stable_sort(coloured.begin(), coloured.end(), [](const auto& a, const auto& b) {
            return a.first.ShapeType() < b.first.ShapeType(); // compounds first, faces last
        });
        // Sub-shapes are stored as they lie in the part's shape, with or without its own
        // placement: look for their faces in both.
        const TopoDS_Shape placed = XCAFDoc_ShapeTool::GetShape(prototype);
        TopTools_IndexedMapOfShape faces, unplacedFaces;
        TopExp::MapShapes(placed, TopAbs_FACE, faces);
        if (!placed.Location().IsIdentity())
            TopExp::MapShapes(placed.Located(TopLoc_Location()), TopAbs_FACE, unplacedFaces);
        std::vector<std::uint32_t> result(std::size_t(faces.Extent()), 0);
        bool any = false;
        for (const auto& [shape, rgba] : coloured)
            for (TopExp_Explorer it(shape, TopAbs_FACE); it.More(); it.Next()) {
                int index = faces.FindIndex(it.Current());
                if (index == 0) index = unplacedFaces.FindIndex(it.Current());
                if (index == 0) continue;
                result[std::size_t(index - 1)] = rgba;
                any = true;
            }
        if (!any) result.clear();
        return result;
    }

    // The colour every face has, if they all have the same one.
    static std::optional<Color> commonColour(const std::vector<std::uint32_t>& faceColours) {
        if (faceColours.empty() || faceColours.front() == 0) return std::nullopt;
        for (std::uint32_t c : faceColours)
            if (c != faceColours.front()) return std::nullopt;
        return unpackColor(faceColours.front());
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
    std::vector<std::vector<std::uint32_t>> m_partFaceColours;
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
    for (std::size_t i = 0; i < meshes->size(); ++i) {
        std::vector<std::uint32_t>& faceColours = walker.partFaceColours()[i];
        if (!faceColours.empty() && faceColours.size() == std::size_t((*meshes)[i]->faceCount)) {
            // Fresh from meshShapes and owned by no one else yet.
            std::const_pointer_cast<Mesh>((*meshes)[i])->faceColors = std::move(faceColours);
        }
        assembly->parts()[i].mesh = (*meshes)[i];
    }
    return assembly;
}

} // namespace wb::core::io
