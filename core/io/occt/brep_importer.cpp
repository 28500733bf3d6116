#include "brep_importer.h"

#include "brep_meshing.h"
#include "core/io/builtin_importers.h"
#include "core/io/file_probe.h"
#include "core/io/format_probes.h"
#include "core/io/formats.h"
#include "core/io/import_errors.h"
#include "occt_convert.h"
#include "occt_progress.h"

#include <BRepTools.hxx>
#include <BRep_Builder.hxx>
#include <Standard_Failure.hxx>
#include <TopoDS_Iterator.hxx>
#include <TopoDS_Shape.hxx>

#include <map>

namespace wb::core::io {

namespace {

constexpr double kReadEnd = 0.4;

// One node per child of a top-level compound; children that share geometry share a part.
void buildTree(const TopoDS_Shape& shape, const std::string& name, Assembly& assembly,
               std::vector<TopoDS_Shape>& partShapes) {
    const int top = assembly.addNode(0, name);
    std::vector<TopoDS_Shape> children;
    if (shape.ShapeType() == TopAbs_COMPOUND)
        for (TopoDS_Iterator it(shape); it.More(); it.Next())
            children.push_back(it.Value());
    if (children.size() < 2) {
        assembly.nodes()[top].part = assembly.addPart(Part{name, nullptr, {}, false});
        partShapes.push_back(shape);
        return;
    }
    std::map<const void*, int> partOf;
    for (const TopoDS_Shape& child : children) {
        const void* key = child.TShape().get();
        auto [it, inserted] = partOf.try_emplace(key, 0);
        if (inserted) {
            it->second = assembly.addPart(
                Part{name + " " + std::to_string(assembly.parts().size() + 1), nullptr, {}, false});
            partShapes.push_back(child.Located(TopLoc_Location()));
        }
        const Part& part = assembly.parts()[it->second];
        assembly.addNode(top, part.name, toTransform(child.Location().Transformation()),
                         it->second);
    }
}

} // namespace

FormatInfo BrepImporter::format() const {
    return formatNamed("BREP");
}

int BrepImporter::probe(std::string_view head, std::string_view extension) const {
    return probeFor("BREP")(head, extension);
}

Result<std::shared_ptr<Assembly>> BrepImporter::read(const std::filesystem::path& path,
                                                     const ImportOptions& options) const {
    if (options.cancelled()) return std::unexpected(cancelled(path));
    try {
        TopoDS_Shape shape;
        BRep_Builder builder;
        Handle(OcctProgress) progress = new OcctProgress(options, "reading", 0.0, kReadEnd);
        const bool ok = BRepTools::Read(shape, path.string().c_str(), builder, progress->Start());
        if (options.cancelled()) return std::unexpected(cancelled(path));
        if (!ok) return std::unexpected(readFailed(path, "BREP", "the file cannot be parsed"));
        if (shape.IsNull()) return std::unexpected(noGeometry(path));
        options.report("transferring", kReadEnd);

        auto assembly = std::make_shared<Assembly>();
        assembly->setFormat("BREP");
        assembly->setMetresPerUnit(options.metresPerUnit.value_or(1e-3));
        std::vector<TopoDS_Shape> partShapes;
        buildTree(shape, path.stem().string(), *assembly, partShapes);
        auto meshes = meshShapes(partShapes, options, path, kReadEnd, 1.0);
        if (!meshes) return std::unexpected(meshes.error());
        for (std::size_t i = 0; i < meshes->size(); ++i)
            assembly->parts()[i].mesh = (*meshes)[i];
        return assembly;
    } catch (const Standard_Failure& e) {
        return std::unexpected(readFailed(path, "BREP", e.GetMessageString()));
    }
}

void registerBrepImporters(ImporterRegistry& registry) {
    registry.add(std::make_unique<BrepImporter>());
}

} // namespace wb::core::io
