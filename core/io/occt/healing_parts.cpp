#include "parallel_healing.h"

#include <BRep_Builder.hxx>
#include <BRep_TEdge.hxx>
#include <BRep_TFace.hxx>
#include <BRep_Tool.hxx>
#include <NCollection_DataMap.hxx>
#include <Standard_Failure.hxx>
#include <TopExp.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopTools_ShapeMapHasher.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Compound.hxx>
#include <TopoDS_Iterator.hxx>

#include <tbb/parallel_for.h>

#include <algorithm>
#include <thread>
#include <unordered_map>

namespace wb::core::io {

namespace {

constexpr int kMinFaces = 32;      // below, one thread heals as fast
constexpr int kFacesPerGroup = 16; // at least, so that a group's set-up stays small
constexpr unsigned kGroupsPerThread = 2;

/// The records of the groups healIndependentParts processed.
class PartsInfo : public Standard_Transient {
public:
    std::vector<Handle(Standard_Transient)> parts;
};

// The children of `shape` if they share no vertex, edge, surface or 3D curve with one another.
std::vector<TopoDS_Shape> independentChildren(const TopoDS_Shape& shape, int& faceCount) {
    std::vector<TopoDS_Shape> children;
    faceCount = 0;
    if (shape.ShapeType() != TopAbs_COMPOUND || !shape.Location().IsIdentity() ||
        shape.Orientation() != TopAbs_FORWARD)
        return {};
    std::unordered_map<const void*, std::size_t> owner; // vertex, surface, curve -> child
    const auto claim = [&](const void* key, std::size_t child) {
        if (!key) return true;
        const auto [it, added] = owner.emplace(key, child);
        return added || it->second == child;
    };
    for (TopoDS_Iterator it(shape, false, false); it.More(); it.Next()) {
        const std::size_t child = children.size();
        children.push_back(it.Value());
        TopTools_IndexedMapOfShape vertices, edges, faces;
        TopExp::MapShapes(it.Value(), TopAbs_VERTEX, vertices);
        TopExp::MapShapes(it.Value(), TopAbs_EDGE, edges);
        TopExp::MapShapes(it.Value(), TopAbs_FACE, faces);
        faceCount += faces.Extent();
        for (int i = 1; i <= vertices.Extent(); ++i)
            if (!claim(vertices(i).TShape().get(), child)) return {};
        for (int i = 1; i <= edges.Extent(); ++i) {
            if (!claim(edges(i).TShape().get(), child)) return {};
            double first = 0, last = 0;
            TopLoc_Location location;
            const Handle(Geom_Curve)& curve =
                BRep_Tool::Curve(TopoDS::Edge(edges(i)), location, first, last);
            if (!claim(curve.get(), child)) return {};
        }
        for (int i = 1; i <= faces.Extent(); ++i) {
            TopLoc_Location location;
            if (!claim(BRep_Tool::Surface(TopoDS::Face(faces(i)), location).get(), child))
                return {};
        }
    }
    return children;
}

} // namespace

std::optional<TopoDS_Shape> healIndependentParts(
    const TopoDS_Shape& shape, Handle(Standard_Transient) & info,
    const std::function<Handle(Standard_Transient)(const TopoDS_Shape&)>& prepare,
    const std::function<TopoDS_Shape(const TopoDS_Shape&, Handle(Standard_Transient) &)>&
        processOne) {
    int faceCount = 0;
    const std::vector<TopoDS_Shape> children = independentChildren(shape, faceCount);
    if (children.size() < 2 || faceCount < kMinFaces) return std::nullopt;
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t groups =
        std::min<std::size_t>({children.size(), std::size_t(threads * kGroupsPerThread),
                               std::size_t(std::max(1, faceCount / kFacesPerGroup))});
    if (groups < 2) return std::nullopt;

    BRep_Builder builder;
    std::vector<TopoDS_Compound> inputs(groups);
    for (std::size_t g = 0; g < groups; ++g) {
        builder.MakeCompound(inputs[g]);
        for (std::size_t c = children.size() * g / groups; c < children.size() * (g + 1) / groups;
             ++c)
            builder.Add(inputs[g], children[c]);
    }
    // The records on this thread: making them touches state OCCT shares between them.
    std::vector<Handle(Standard_Transient)> records(groups);
    for (std::size_t g = 0; g < groups; ++g) {
        records[g] = prepare(inputs[g]);
        if (records[g].IsNull()) return std::nullopt;
    }
    primeEvaluationCaches(shape);
    std::vector<TopoDS_Shape> outputs(groups);
    tbb::parallel_for(std::size_t{0}, groups, [&](std::size_t g) {
        try {
            outputs[g] = processOne(inputs[g], records[g]);
        } catch (const Standard_Failure&) {
            outputs[g].Nullify(); // the group keeps its parts; its record is not merged
            records[g].Nullify();
        }
    });
    std::erase_if(records, [](const Handle(Standard_Transient) & r) { return r.IsNull(); });
    TopoDS_Compound healed;
    builder.MakeCompound(healed);
    for (std::size_t g = 0; g < groups; ++g) {
        const TopoDS_Shape& out = outputs[g].IsNull() ? TopoDS_Shape(inputs[g]) : outputs[g];
        for (TopoDS_Iterator it(out, false, false); it.More(); it.Next())
            builder.Add(healed, it.Value());
    }
    Handle(PartsInfo) parts = new PartsInfo;
    parts->parts = std::move(records);
    info = parts;
    return TopoDS_Shape(healed);
}

std::vector<Handle(Standard_Transient)> independentPartsInfo(const Handle(Standard_Transient) &
                                                             info) {
    const Handle(PartsInfo) parts = Handle(PartsInfo)::DownCast(info);
    return parts.IsNull() ? std::vector<Handle(Standard_Transient)>{} : parts->parts;
}

} // namespace wb::core::io
