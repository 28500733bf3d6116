#pragma once
/// Probes on a result: a field's value at any point (trilinear inside the solid voxel there,
/// none off the solid), the undeformed place of a point seen on the deformed shape, and a table
/// of probes as RFC 4180 CSV in SI units. Pure functions; any thread.

#include "result_view.h"
#include "solve.h"

#include <string>
#include <string_view>
#include <vector>

namespace wb::sim {

/// A probe pinned on a result by the user: a name and a point (metres, the model's
/// coordinates, undeformed). Kept in projects (docs/study-format.md, `result_probes`).
struct PinnedProbe {
    std::string name;
    Point3 point{};
    bool operator==(const PinnedProbe&) const = default;
};

/// Field `name` at `point` (metres): its components, trilinear inside the nearest solid voxel
/// (as sampleFields), or empty when the result has no such field or the point is farther than
/// 1.5 voxels from every solid voxel (as sampleOnSurface: a place the voxel model does not
/// hold).
std::vector<double> sampleFieldAt(const SolveResult& result, const std::string& name,
                                  const Point3& point);

/// Each of `views` at `point`; NaN for each when the point is off the solid.
std::vector<double> probeValues(const SolveResult& result, const std::vector<ScalarView>& views,
                                const Point3& point);

/// The undeformed point that the deformed shape, drawn with displacements times `scale`, shows
/// at `deformed` (metres): p with p + scale·u(p) = deformed, by fixed-point iteration from
/// `deformed`. `deformed` itself when the scale is 0 or the result has no displacement.
Point3 undeformedPoint(const SolveResult& result, const Point3& deformed, double scale);

/// The CSV column of a view with its SI unit in brackets: "von_mises [Pa]",
/// "displacement.x [m]", "safety_factor [1]".
std::string csvColumn(const ScalarView& view);
/// One CSV field as RFC 4180 asks: quoted (quotes doubled) when it holds a comma, a quote, a
/// carriage return or a line feed; as it is otherwise.
std::string csvField(std::string_view text);
/// A number with '.' as decimal mark whatever the locale, in the shortest form that reads back
/// to the same double; empty for NaN or an infinity.
std::string csvNumber(double value);
/// The probes as an RFC 4180 table: a header ("name,x [m],y [m],z [m]," then csvColumn() of
/// each view), then one record per probe with `values[i]` (one per view, SI; NaN: empty);
/// CRLF after every record.
std::string probesCsv(const std::vector<PinnedProbe>& probes, const std::vector<ScalarView>& views,
                      const std::vector<std::vector<double>>& values);

} // namespace wb::sim
