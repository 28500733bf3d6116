#pragma once
/// Shape healing after STEP and IGES transfers with its costliest step done beforehand on all
/// cores: projecting the edges that lack a p-curve onto their faces. OCCT's healing then finds
/// those p-curves present and runs as before (internal to core/io).

#include <Message_ProgressRange.hxx>
#include <Standard_Handle.hxx>
#include <Standard_Transient.hxx>

#include <functional>
#include <optional>
#include <vector>

class TopoDS_Shape;

namespace wb::core::io {

/// Replaces OCCT's shape-processing container with one that runs addMissingPCurves() before
/// OCCT's own processing, unless it is installed already. Call after initialising a
/// translator's controller (which sets up OCCT's container first).
void installParallelHealing();
/// Parallel healing on (the default) or OCCT's own container back, for comparisons. Takes
/// effect at once and for translators initialised later. Process-wide.
void useParallelHealing(bool enabled);

/// For every edge of `shape` without a p-curve on a non-planar face it bounds (seams and
/// degenerated edges excepted), computes the p-curve as OCCT's ShapeFix_Edge::FixAddPCurve
/// does, in parallel over the faces, and adds it. Projections that OCCT's healing would
/// follow up specially (a replaced 3D curve, a singular surface) or that fail are left to it.
/// Returns the number of p-curves added. Stops early when `progress` is cancelled.
int addMissingPCurves(const TopoDS_Shape& shape, double precision,
                      const Message_ProgressRange& progress = Message_ProgressRange());

/// Healing in parallel for a shape made of parts that share nothing (no vertex, edge, surface
/// or curve): an IGES file's separate faces, say. A compound of such parts (at least a few
/// dozen faces) is split into groups. `prepare` makes each group's processing record on the
/// calling thread (a null record: the groups cannot be processed apart, and nothing is);
/// `processOne` (OCCT's processing) then runs on each group on its own thread with its record,
/// and the healed parts are put back in one compound, in their order. A group whose processing
/// throws keeps its parts as they were, as OCCT keeps a shape its healing fails on. Returns
/// nothing (and processes nothing) for any other shape. `info` then holds the groups' records
/// for independentPartsInfo().
std::optional<TopoDS_Shape> healIndependentParts(
    const TopoDS_Shape& shape, Handle(Standard_Transient) & info,
    const std::function<Handle(Standard_Transient)(const TopoDS_Shape&)>& prepare,
    const std::function<TopoDS_Shape(const TopoDS_Shape&, Handle(Standard_Transient) &)>&
        processOne);

/// The groups' processing records held by `info` after healIndependentParts; empty for any
/// other record.
std::vector<Handle(Standard_Transient)> independentPartsInfo(const Handle(Standard_Transient) &
                                                             info);

/// Evaluates once, on the calling thread, what B-spline and Bezier curves and surfaces of
/// `shape` compute lazily and keep in themselves, so that threads only read them after.
void primeEvaluationCaches(const TopoDS_Shape& shape);

} // namespace wb::core::io
