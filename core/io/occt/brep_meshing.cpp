#include "brep_meshing.h"

#include "core/io/import_errors.h"
#include "occt_progress.h"

#include <BRepBndLib.hxx>
#include <BRepGProp_Face.hxx>
#include <BRepMesh_Context.hxx>
#include <BRepMesh_IncrementalMesh.hxx>
#include <BRep_Tool.hxx>
#include <Bnd_Box.hxx>
#include <IMeshTools_Parameters.hxx>
#include <Poly_Triangulation.hxx>
#include <Standard_Failure.hxx>
#include <TopExp.hxx>
#include <TopExp_Explorer.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Face.hxx>

#include <tbb/parallel_for.h>

#include <atomic>
#include <cmath>
#include <optional>

namespace wb::core::io {

namespace {

constexpr std::size_t kParallelPartThreshold = 4;

struct QualityFactors {
    double relative;
    double angular;
};

QualityFactors factorsFor(Quality quality) {
    switch (quality) {
    case Quality::Coarse:
        return {0.004, 0.6};
    case Quality::Fine:
        return {0.00025, 0.17};
    case Quality::Normal:
        break;
    }
    return {0.001, 0.35};
}

// Area-weighted normals of the face's own triangles, used where the surface gives none.
void fallbackNormals(Mesh& mesh, std::size_t firstVertex, std::size_t firstIndex,
                     std::vector<bool>& valid) {
    std::vector<Vec3> sums(mesh.vertexCount() - firstVertex);
    for (std::size_t t = firstIndex; t + 2 < mesh.indices.size(); t += 3) {
        const Vec3 a = mesh.vertex(mesh.indices[t]), b = mesh.vertex(mesh.indices[t + 1]),
                   c = mesh.vertex(mesh.indices[t + 2]);
        const Vec3 n = (b - a).cross(c - a);
        for (int k = 0; k < 3; ++k) {
            Vec3& s = sums[mesh.indices[t + k] - firstVertex];
            s = s + n;
        }
    }
    for (std::size_t v = 0; v < sums.size(); ++v) {
        if (valid[v]) continue;
        const double len = sums[v].length();
        const Vec3 n = len > 0 ? sums[v] * (1.0 / len) : Vec3{0, 0, 1};
        float* out = &mesh.normals[3 * (firstVertex + v)];
        out[0] = static_cast<float>(n.x);
        out[1] = static_cast<float>(n.y);
        out[2] = static_cast<float>(n.z);
    }
}

void appendFace(Mesh& mesh, const TopoDS_Face& face, int faceId, double scale) {
    TopLoc_Location location;
    const Handle(Poly_Triangulation) tri = BRep_Tool::Triangulation(face, location);
    if (tri.IsNull() || tri->NbTriangles() == 0) return;
    const gp_Trsf trsf = location.Transformation();
    const bool reversed = face.Orientation() == TopAbs_REVERSED;
    const std::size_t firstVertex = mesh.vertexCount();
    const std::size_t firstIndex = mesh.indices.size();
    const int nodeCount = tri->NbNodes();

    std::optional<BRepGProp_Face> surface;
    if (tri->HasUVNodes()) surface.emplace(face);
    std::vector<bool> valid(static_cast<std::size_t>(nodeCount), false);
    bool allValid = true;
    for (int i = 1; i <= nodeCount; ++i) {
        const gp_Pnt p = tri->Node(i).Transformed(trsf);
        mesh.positions.insert(mesh.positions.end(),
                              {static_cast<float>(p.X() * scale), static_cast<float>(p.Y() * scale),
                               static_cast<float>(p.Z() * scale)});
        gp_Vec normal(0, 0, 0);
        if (surface) {
            const gp_Pnt2d uv = tri->UVNode(i);
            gp_Pnt onSurface;
            surface->Normal(uv.X(), uv.Y(), onSurface, normal);
        }
        const double len = normal.Magnitude();
        if (len > 1e-12) {
            normal /= len;
            valid[static_cast<std::size_t>(i - 1)] = true;
        } else {
            allValid = false;
        }
        mesh.normals.insert(mesh.normals.end(),
                            {static_cast<float>(normal.X()), static_cast<float>(normal.Y()),
                             static_cast<float>(normal.Z())});
    }
    for (int t = 1; t <= tri->NbTriangles(); ++t) {
        int a = 0, b = 0, c = 0;
        tri->Triangle(t).Get(a, b, c);
        if (reversed) std::swap(b, c);
        if (a < 1 || b < 1 || c < 1 || a > nodeCount || b > nodeCount || c > nodeCount) continue;
        mesh.indices.insert(mesh.indices.end(), {static_cast<std::uint32_t>(firstVertex + a - 1),
                                                 static_cast<std::uint32_t>(firstVertex + b - 1),
                                                 static_cast<std::uint32_t>(firstVertex + c - 1)});
        mesh.faceIds.push_back(faceId);
    }
    if (!allValid) fallbackNormals(mesh, firstVertex, firstIndex, valid);
}

bool hasUnmeshedFace(const TopoDS_Shape& shape) {
    for (TopExp_Explorer it(shape, TopAbs_FACE); it.More(); it.Next()) {
        TopLoc_Location location;
        if (BRep_Tool::Triangulation(TopoDS::Face(it.Current()), location).IsNull()) return true;
    }
    return false;
}

std::shared_ptr<const Mesh> meshOne(const TopoDS_Shape& shape, Quality quality, bool parallel,
                                    const ImportOptions& options, double scale) {
    try {
        const Deflection d = deflectionFor(shape, quality);
        if (d.linear <= 0) return std::make_shared<Mesh>();
        IMeshTools_Parameters params;
        params.Deflection = d.linear;
        params.Angle = d.angular;
        params.InParallel = parallel;
        // Delabella is markedly faster than Watson on the same points; Watson meshes any face
        // that Delabella left without a triangulation.
        for (IMeshTools_MeshAlgoType algo :
             {IMeshTools_MeshAlgoType_Delabella, IMeshTools_MeshAlgoType_Watson}) {
            Handle(OcctProgress) progress = new OcctProgress(options, {}, 0, 0);
            BRepMesh_IncrementalMesh mesher;
            mesher.SetShape(shape);
            mesher.ChangeParameters() = params;
            mesher.Perform(new BRepMesh_Context(algo), progress->Start());
            if (options.cancelled()) return std::make_shared<Mesh>();
            if (!hasUnmeshedFace(shape)) break;
        }
        return meshFromTriangulation(shape, scale);
    } catch (const Standard_Failure&) {
    } catch (const std::exception&) {
    }
    return std::make_shared<Mesh>();
}

} // namespace

Deflection deflectionFor(const TopoDS_Shape& shape, Quality quality) {
    Bnd_Box box;
    BRepBndLib::Add(shape, box, false);
    if (box.IsVoid() || box.IsOpen()) return {};
    const double diagonal = std::sqrt(box.SquareExtent());
    if (!std::isfinite(diagonal) || diagonal <= 0) return {};
    const QualityFactors f = factorsFor(quality);
    return {diagonal * f.relative, f.angular};
}

std::shared_ptr<Mesh> meshFromTriangulation(const TopoDS_Shape& shape, double scale) {
    auto mesh = std::make_shared<Mesh>();
    TopTools_IndexedMapOfShape faces;
    TopExp::MapShapes(shape, TopAbs_FACE, faces);
    mesh->faceCount = faces.Extent();
    for (int i = 1; i <= faces.Extent(); ++i)
        appendFace(*mesh, TopoDS::Face(faces(i)), i - 1, scale);
    return mesh;
}

Result<std::vector<std::shared_ptr<const Mesh>>> meshShapes(const std::vector<TopoDS_Shape>& shapes,
                                                            const ImportOptions& options,
                                                            const std::filesystem::path& path,
                                                            double from, double to, double scale) {
    std::vector<std::shared_ptr<const Mesh>> meshes(shapes.size());
    std::atomic<std::size_t> done{0};
    const bool innerParallel = shapes.size() < kParallelPartThreshold;
    auto work = [&](std::size_t i) {
        if (options.cancelled()) return;
        meshes[i] = meshOne(shapes[i], options.quality, innerParallel, options, scale);
        const std::size_t finished = ++done;
        options.report("meshing", from + (to - from) * double(finished) / double(shapes.size()));
    };
    options.report("meshing", from);
    if (innerParallel) {
        for (std::size_t i = 0; i < shapes.size(); ++i)
            work(i);
    } else {
        tbb::parallel_for(std::size_t{0}, shapes.size(), work);
    }
    if (options.cancelled()) return std::unexpected(cancelled(path));
    for (auto& mesh : meshes)
        if (!mesh) mesh = std::make_shared<Mesh>();
    return meshes;
}

} // namespace wb::core::io
