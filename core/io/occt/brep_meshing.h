#pragma once
/// Tessellation of B-rep shapes into Mesh (internal to core/io).

#include "core/io/importer.h"
#include "core/model/mesh.h"

#include <TopoDS_Shape.hxx>

#include <filesystem>
#include <memory>
#include <vector>

namespace wb::core::io {

/// Linear deflection (model units) and angular deflection (radians) for one shape.
struct Deflection {
    double linear = 0;
    double angular = 0;
};

/// Deflection relative to the diagonal of the shape's bounding box; zero when it has none.
Deflection deflectionFor(const TopoDS_Shape& shape, Quality quality);

/// Converts the triangulation of every face of `shape` to a Mesh: faceIds are 0-based
/// indices in TopExp::MapShapes(shape, TopAbs_FACE) order, reversed faces flip their winding,
/// face locations are applied and coordinates are multiplied by `scale`.
std::shared_ptr<Mesh> meshFromTriangulation(const TopoDS_Shape& shape, double scale = 1.0);

/// Tessellates every shape (in parallel) and converts it. result[i] belongs to shapes[i] and
/// is empty (no triangles) for a shape without faces or one that failed. Reports the
/// "meshing" stage from `from` to `to`; returns io.cancelled when the token is set.
Result<std::vector<std::shared_ptr<const Mesh>>>
meshShapes(const std::vector<TopoDS_Shape>& shapes, const ImportOptions& options,
           const std::filesystem::path& path, double from, double to, double scale = 1.0);

} // namespace wb::core::io
