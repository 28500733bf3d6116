#include "parallel_healing.h"

#include <BRep_Builder.hxx>
#include <BRep_Tool.hxx>
#include <Geom2d_Curve.hxx>
#include <Geom_BSplineCurve.hxx>
#include <Geom_BSplineSurface.hxx>
#include <Geom_BezierCurve.hxx>
#include <Geom_BezierSurface.hxx>
#include <Geom_Curve.hxx>
#include <Geom_OffsetCurve.hxx>
#include <Geom_OffsetSurface.hxx>
#include <Geom_Plane.hxx>
#include <Geom_RectangularTrimmedSurface.hxx>
#include <Geom_Surface.hxx>
#include <Geom_SweptSurface.hxx>
#include <Geom_TrimmedCurve.hxx>
#include <Interface_Static.hxx>
#include <Resource_Manager.hxx>
#include <ShapeAnalysis_Surface.hxx>
#include <ShapeConstruct_ProjectCurveOnSurface.hxx>
#include <ShapeProcess_ShapeContext.hxx>
#include <Standard_Failure.hxx>
#include <TCollection_AsciiString.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Edge.hxx>
#include <TopoDS_Face.hxx>
#include <TopoDS_Vertex.hxx>
#include <Transfer_TransientProcess.hxx>
#include <XSAlgo.hxx>
#include <XSAlgo_AlgoContainer.hxx>

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

namespace wb::core::io {

namespace {

// The edges of one face that need a p-curve, and what the projection gave for each.
struct FaceJob {
    TopoDS_Face face;
    std::vector<TopoDS_Edge> edges;
    std::vector<Handle(Geom2d_Curve)> curves;
};

std::vector<FaceJob> collectJobs(const TopoDS_Shape& shape) {
    std::vector<FaceJob> jobs;
    TopTools_IndexedMapOfShape faces;
    TopExp::MapShapes(shape, TopAbs_FACE, faces);
    // A surface shared by several faces takes each edge's p-curve once.
    std::vector<std::pair<const void*, const void*>> seen;
    for (int f = 1; f <= faces.Extent(); ++f) {
        const TopoDS_Face& face = TopoDS::Face(faces(f));
        TopLoc_Location location;
        const Handle(Geom_Surface)& surface = BRep_Tool::Surface(face, location);
        if (surface.IsNull() || surface->IsKind(STANDARD_TYPE(Geom_Plane))) continue;
        FaceJob job;
        job.face = face;
        TopTools_IndexedMapOfShape edges;
        std::vector<int> uses;
        for (TopExp_Explorer it(face, TopAbs_EDGE); it.More(); it.Next()) {
            const int index = edges.Add(it.Current());
            if (index > static_cast<int>(uses.size())) uses.push_back(0);
            ++uses[static_cast<std::size_t>(index - 1)];
        }
        for (int e = 1; e <= edges.Extent(); ++e) {
            const TopoDS_Edge& edge = TopoDS::Edge(edges(e));
            // A seam (used twice by the face) gets two p-curves: left to OCCT.
            if (uses[static_cast<std::size_t>(e - 1)] > 1 || BRep_Tool::Degenerated(edge)) continue;
            double first = 0, last = 0;
            if (!BRep_Tool::CurveOnSurface(edge, face, first, last).IsNull()) continue;
            if (BRep_Tool::Curve(edge, first, last).IsNull()) continue;
            const std::pair<const void*, const void*> key{edge.TShape().get(), surface.get()};
            if (location.IsIdentity()) {
                if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
                seen.push_back(key);
            }
            job.edges.push_back(edge);
        }
        if (job.edges.empty()) continue;
        job.curves.resize(job.edges.size());
        jobs.push_back(std::move(job));
    }
    return jobs;
}

// B-spline and Bezier curves and surfaces compute their parametric resolution on first use and
// keep it in the object: done here, on one thread, so that the projections only read it.
void primeResolution(Handle(Geom_Curve) curve) {
    for (int depth = 0; !curve.IsNull() && depth < 8; ++depth) {
        double r = 0;
        if (auto bspline = Handle(Geom_BSplineCurve)::DownCast(curve)) {
            bspline->Resolution(1.0, r);
            return;
        }
        if (auto bezier = Handle(Geom_BezierCurve)::DownCast(curve)) {
            bezier->Resolution(1.0, r);
            return;
        }
        if (auto trimmed = Handle(Geom_TrimmedCurve)::DownCast(curve))
            curve = trimmed->BasisCurve();
        else if (auto offset = Handle(Geom_OffsetCurve)::DownCast(curve))
            curve = offset->BasisCurve();
        else
            return;
    }
}

void primeResolution(Handle(Geom_Surface) surface) {
    for (int depth = 0; !surface.IsNull() && depth < 8; ++depth) {
        double u = 0, v = 0;
        if (auto bspline = Handle(Geom_BSplineSurface)::DownCast(surface)) {
            bspline->Resolution(1.0, u, v);
            return;
        }
        if (auto bezier = Handle(Geom_BezierSurface)::DownCast(surface)) {
            bezier->Resolution(1.0, u, v);
            return;
        }
        if (auto swept = Handle(Geom_SweptSurface)::DownCast(surface)) {
            primeResolution(swept->BasisCurve());
            return;
        }
        if (auto trimmed = Handle(Geom_RectangularTrimmedSurface)::DownCast(surface))
            surface = trimmed->BasisSurface();
        else if (auto offset = Handle(Geom_OffsetSurface)::DownCast(surface))
            surface = offset->BasisSurface();
        else
            return;
    }
}

} // namespace

void primeEvaluationCaches(const TopoDS_Shape& shape) {
    TopTools_IndexedMapOfShape faces, edges;
    TopExp::MapShapes(shape, TopAbs_FACE, faces);
    TopExp::MapShapes(shape, TopAbs_EDGE, edges);
    for (int f = 1; f <= faces.Extent(); ++f) {
        TopLoc_Location location;
        primeResolution(BRep_Tool::Surface(TopoDS::Face(faces(f)), location));
    }
    for (int e = 1; e <= edges.Extent(); ++e) {
        TopLoc_Location location;
        double first = 0, last = 0;
        primeResolution(BRep_Tool::Curve(TopoDS::Edge(edges(e)), location, first, last));
    }
}

namespace {

// The projection ShapeFix_Edge::FixAddPCurve makes for a non-seam edge, or null where that
// method would go on with more than adding the p-curve.
Handle(Geom2d_Curve) project(const TopoDS_Edge& edge, const Handle(ShapeAnalysis_Surface) & surface,
                             ShapeConstruct_ProjectCurveOnSurface& projector, double precision) {
    double first = 0, last = 0;
    const Handle(Geom_Curve) curve = BRep_Tool::Curve(edge, first, last);
    TopoDS_Vertex v1, v2;
    TopExp::Vertices(edge, v1, v2);
    const double tolFirst = v1.IsNull() ? -1 : BRep_Tool::Tolerance(v1);
    const double tolLast = v2.IsNull() ? -1 : BRep_Tool::Tolerance(v2);
    Handle(Geom_Curve) projected = curve;
    Handle(Geom2d_Curve) result;
    projector.Init(surface, precision);
    projector.Perform(projected, first, last, result, tolFirst, tolLast);
    if (projected != curve || projector.Status(ShapeExtend_DONE3) ||
        projector.Status(ShapeExtend_DONE4) || projector.Status(ShapeExtend_FAIL))
        return {};
    return result;
}

// The processing record OCCT's ProcessShape would make for `part`, or null where its processing
// of separate groups would race: when the resource file defines the sequence, ProcessShape
// writes the run's tolerances into the resource manager that all records share.
Handle(Standard_Transient)
    groupRecord(const TopoDS_Shape& part, const char* resources, const char* sequence) {
    const char* file = Interface_Static::CVal(resources);
    const char* steps = Interface_Static::CVal(sequence);
    Handle(ShapeProcess_ShapeContext) context =
        new ShapeProcess_ShapeContext(part, file ? file : resources);
    context->SetDetalisation(TopAbs_EDGE);
    const TCollection_AsciiString operators =
        TCollection_AsciiString(steps ? steps : sequence) + ".exec.op";
    if (context->ResourceManager()->Find(operators.ToCString())) return {};
    return context;
}

class ParallelHealingContainer : public XSAlgo_AlgoContainer {
public:
    TopoDS_Shape ProcessShape(const TopoDS_Shape& shape, const Standard_Real precision,
                              const Standard_Real maxTolerance, const Standard_CString resources,
                              const Standard_CString sequence, Handle(Standard_Transient) & info,
                              const Message_ProgressRange& progress,
                              const Standard_Boolean nonManifold) const override {
        if (shape.IsNull() || precision <= 0)
            return XSAlgo_AlgoContainer::ProcessShape(shape, precision, maxTolerance, resources,
                                                      sequence, info, progress, nonManifold);
        addMissingPCurves(shape, precision, progress);
        if (info.IsNull())
            if (auto healed = healIndependentParts(
                    shape, info,
                    [&](const TopoDS_Shape& part) {
                        return groupRecord(part, resources, sequence);
                    },
                    [&](const TopoDS_Shape& part, Handle(Standard_Transient) & partInfo) {
                        return XSAlgo_AlgoContainer::ProcessShape(
                            part, precision, maxTolerance, resources, sequence, partInfo,
                            Message_ProgressRange(), nonManifold);
                    }))
                return *healed;
        return XSAlgo_AlgoContainer::ProcessShape(shape, precision, maxTolerance, resources,
                                                  sequence, info, progress, nonManifold);
    }

    void MergeTransferInfo(const Handle(Transfer_TransientProcess) & process,
                           const Handle(Standard_Transient) & info,
                           const Standard_Integer startItem) const override {
        // The parts' processing records, one after the other; anything else as OCCT does.
        const std::vector<Handle(Standard_Transient)> parts = independentPartsInfo(info);
        if (parts.empty()) XSAlgo_AlgoContainer::MergeTransferInfo(process, info, startItem);
        for (const Handle(Standard_Transient) & part : parts)
            XSAlgo_AlgoContainer::MergeTransferInfo(process, part, startItem);
    }
    using XSAlgo_AlgoContainer::MergeTransferInfo;

    DEFINE_STANDARD_RTTI_INLINE(ParallelHealingContainer, XSAlgo_AlgoContainer)
};

std::mutex g_containerLock;
bool g_parallelHealing = true;

} // namespace

void installParallelHealing() {
    const std::lock_guard guard(g_containerLock);
    const bool ours = !Handle(ParallelHealingContainer)::DownCast(XSAlgo::AlgoContainer()).IsNull();
    if (g_parallelHealing && !ours) XSAlgo::SetAlgoContainer(new ParallelHealingContainer);
    if (!g_parallelHealing && ours) XSAlgo::SetAlgoContainer(new XSAlgo_AlgoContainer);
}

void useParallelHealing(bool enabled) {
    {
        const std::lock_guard guard(g_containerLock);
        g_parallelHealing = enabled;
    }
    installParallelHealing();
}

int addMissingPCurves(const TopoDS_Shape& shape, double precision,
                      const Message_ProgressRange& progress) {
    std::vector<FaceJob> jobs = collectJobs(shape);
    if (jobs.empty()) return 0;
    for (const FaceJob& job : jobs) {
        TopLoc_Location location;
        primeResolution(BRep_Tool::Surface(job.face, location));
        for (const TopoDS_Edge& edge : job.edges) {
            double first = 0, last = 0;
            primeResolution(BRep_Tool::Curve(edge, location, first, last));
        }
    }
    std::atomic<bool> stop{false};
    tbb::parallel_for(std::size_t{0}, jobs.size(), [&](std::size_t j) {
        FaceJob& job = jobs[j];
        // Each face its own surface analyser: it caches evaluations and is not shareable.
        Handle(ShapeAnalysis_Surface) surface =
            new ShapeAnalysis_Surface(BRep_Tool::Surface(job.face));
        Handle(ShapeConstruct_ProjectCurveOnSurface) projector =
            new ShapeConstruct_ProjectCurveOnSurface;
        for (std::size_t e = 0; e < job.edges.size(); ++e) {
            if (stop || progress.UserBreak()) {
                stop = true;
                return;
            }
            try {
                job.curves[e] = project(job.edges[e], surface, *projector, precision);
            } catch (const Standard_Failure&) {
                job.curves[e].Nullify(); // OCCT's healing meets the same failure itself
            }
        }
    });
    if (stop) return 0;
    // Adding them changes edges shared between faces: one thread, as FixAddPCurve would.
    BRep_Builder builder;
    int added = 0;
    for (const FaceJob& job : jobs) {
        TopLoc_Location location;
        const Handle(Geom_Surface)& surface = BRep_Tool::Surface(job.face, location);
        for (std::size_t e = 0; e < job.edges.size(); ++e) {
            if (job.curves[e].IsNull()) continue;
            builder.UpdateEdge(job.edges[e], job.curves[e], surface, location, 0.);
            ++added;
        }
    }
    return added;
}

} // namespace wb::core::io
