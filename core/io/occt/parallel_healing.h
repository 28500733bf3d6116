#pragma once
/// Shape healing after STEP and IGES transfers with its costliest step done beforehand on all
/// cores: projecting the edges that lack a p-curve onto their faces. OCCT's healing then finds
/// those p-curves present and runs as before (internal to core/io).

#include <Message_ProgressRange.hxx>

class TopoDS_Shape;

namespace wb::core::io {

/// Replaces OCCT's shape-processing container with one that runs addMissingPCurves() before
/// OCCT's own processing, unless it is installed already. Call after initialising a
/// translator's controller (which sets up OCCT's container first).
void installParallelHealing();

/// For every edge of `shape` without a p-curve on a non-planar face it bounds (seams and
/// degenerated edges excepted), computes the p-curve as OCCT's ShapeFix_Edge::FixAddPCurve
/// does, in parallel over the faces, and adds it. Projections that OCCT's healing would
/// follow up specially (a replaced 3D curve, a singular surface) or that fail are left to it.
/// Returns the number of p-curves added. Stops early when `progress` is cancelled.
int addMissingPCurves(const TopoDS_Shape& shape, double precision,
                      const Message_ProgressRange& progress = Message_ProgressRange());

} // namespace wb::core::io
