#include "study_json.h"

#include "json_fields.h"

#include "core/model/units.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace wb::sim {

using core::ErrorCode;
using core::fail;
using namespace detail;

const char* backendName(Backend b) {
    switch (b) {
    case Backend::Cpu:
        return "cpu";
    case Backend::Cuda:
        return "cuda";
    default:
        return "auto";
    }
}

namespace {

Result<Selector> selector(const Json& v, const std::string& path) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    const Json* box = f.optional("box");
    const Json* faces = f.optional("faces");
    WB_TRY(ok, f.checkUnknown());
    if ((box != nullptr) == (faces != nullptr))
        return fieldError(path, "exactly one of 'box' or 'faces' is required");
    if (box) {
        const std::string bp = path + ".box";
        WB_TRY(isObjB, requireObject(*box, bp));
        Fields b(*box, bp);
        WB_TRY(mn, b.required("min"));
        WB_TRY(mx, b.required("max"));
        WB_TRY(okB, b.checkUnknown());
        BoxSelector s;
        WB_TRY(pmin, point(*mn, bp + ".min"));
        WB_TRY(pmax, point(*mx, bp + ".max"));
        s.min = pmin;
        s.max = pmax;
        for (int i = 0; i < 3; ++i)
            if (s.min[i] > s.max[i]) return fieldError(bp + ".min", "min exceeds max");
        return Selector{s};
    }
    WB_TRY(items, array(faces, path + ".faces"));
    std::vector<FaceRef> refs;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string ip = path + ".faces[" + std::to_string(i) + "]";
        WB_TRY(isObjI, requireObject(items[i], ip));
        Fields fi(items[i], ip);
        WB_TRY(part, fi.required("part"));
        WB_TRY(face, fi.required("face"));
        WB_TRY(okI, fi.checkUnknown());
        WB_TRY(partName, string(*part, ip + ".part"));
        WB_TRY(faceIndex, number(*face, ip + ".face"));
        if (faceIndex < 0 || faceIndex != std::floor(faceIndex))
            return fieldError(ip + ".face", "expected a non-negative integer");
        refs.push_back({partName, static_cast<int>(faceIndex)});
    }
    // An empty list is a study still being set up: solving it reports the empty selection.
    return Selector{refs};
}

} // namespace

Result<Selector> selectorFromJson(const Json& v, const std::string& path) {
    return selector(v, path);
}

Result<Study> studyFromJson(const Json& json) {
    if (!json.is_object()) return fieldError("", "a study must be a JSON object");
    Study s;
    Fields f(json, "");
    WB_TRY(format, f.required("format"));
    WB_TRY(formatName, string(*format, "format"));
    if (formatName != "werkbank-study") return fieldError("format", "expected 'werkbank-study'");
    WB_TRY(version, f.required("version"));
    WB_TRY(versionNumber, number(*version, "version"));
    if (versionNumber != 1) return fieldError("version", "unsupported version");
    if (const Json* name = f.optional("name")) {
        WB_TRY(n, string(*name, "name"));
        s.name = n;
    }
    WB_TRY(analysis, f.required("analysis"));
    WB_TRY(analysisText, string(*analysis, "analysis"));
    WB_TRY(kind, analysisNamed(analysisText));
    s.analysis = kind->name;
    WB_TRY(settings, readParams(f, kind->studyParams, "", s.settings));

    WB_TRY(geometry, f.required("geometry"));
    WB_TRY(geomObj, requireObject(*geometry, "geometry"));
    Fields g(*geometry, "geometry");
    WB_TRY(file, g.required("file"));
    WB_TRY(fileName, string(*file, "geometry.file"));
    s.geometryFile = fileName;
    if (const Json* unit = g.optional("length_unit")) {
        WB_TRY(u, string(*unit, "geometry.length_unit"));
        if (!core::metresPerUnit(u)) return fieldError("geometry.length_unit", "unknown unit");
        s.lengthUnit = u;
    }
    WB_TRY(gOk, g.checkUnknown());

    WB_TRY(mesh, f.required("mesh"));
    WB_TRY(meshObj, requireObject(*mesh, "mesh"));
    Fields m(*mesh, "mesh");
    const Json* vs = m.optional("voxel_size");
    const Json* tv = m.optional("target_voxels");
    WB_TRY(mOk, m.checkUnknown());
    if ((vs != nullptr) == (tv != nullptr))
        return fieldError("mesh", "exactly one of 'voxel_size' or 'target_voxels' is required");
    if (vs) {
        WB_TRY(size, number(*vs, "mesh.voxel_size"));
        if (size <= 0) return fieldError("mesh.voxel_size", "must be positive");
        s.voxelSize = size;
    } else {
        WB_TRY(count, number(*tv, "mesh.target_voxels"));
        if (count < 1 || count != std::floor(count) || count > 1e10)
            return fieldError("mesh.target_voxels", "expected a positive integer");
        s.targetVoxels = static_cast<long long>(count);
    }

    WB_TRY(mats, f.required("materials"));
    WB_TRY(matList, array(mats, "materials"));
    // No material yet is a study still being set up: solving it names the part without one.
    for (std::size_t i = 0; i < matList.size(); ++i) {
        const std::string mp = "materials[" + std::to_string(i) + "]";
        WB_TRY(isObj, requireObject(matList[i], mp));
        Fields fm(matList[i], mp);
        MaterialAssignment a;
        if (const Json* parts = fm.optional("parts")) {
            WB_TRY(p, string(*parts, mp + ".parts"));
            a.parts = p;
        }
        WB_TRY(mat, fm.required("material"));
        WB_TRY(okM, fm.checkUnknown());
        if (mat->is_string()) {
            const std::string id = mat->get<std::string>();
            if (!libraryMaterial(id))
                return fieldError(mp + ".material", "unknown material '" + id + "'");
            a.libraryId = id;
        } else {
            WB_TRY(im, inlineMaterial(*mat, mp + ".material"));
            a.inlineMaterial = im;
        }
        s.materials.push_back(std::move(a));
    }

    WB_TRY(sups, array(f.optional("supports"), "supports"));
    for (std::size_t i = 0; i < sups.size(); ++i) {
        WB_TRY(sup, supportFromJson(sups[i], "supports[" + std::to_string(i) + "]", *kind));
        s.supports.push_back(std::move(sup));
    }
    WB_TRY(loads, array(f.optional("loads"), "loads"));
    for (std::size_t i = 0; i < loads.size(); ++i) {
        WB_TRY(load, loadFromJson(loads[i], "loads[" + std::to_string(i) + "]", *kind));
        s.loads.push_back(std::move(load));
    }
    WB_TRY(probes, array(f.optional("probes"), "probes"));
    for (std::size_t i = 0; i < probes.size(); ++i) {
        const std::string pp = "probes[" + std::to_string(i) + "]";
        WB_TRY(isObj, requireObject(probes[i], pp));
        Fields fp(probes[i], pp);
        Probe p;
        if (const Json* n = fp.optional("name")) {
            WB_TRY(nm, string(*n, pp + ".name"));
            p.name = nm;
        }
        WB_TRY(pt, fp.required("point"));
        if (const Json* sp = fp.optional("suppressed")) {
            WB_TRY(flag, boolean(*sp, pp + ".suppressed"));
            p.suppressed = flag;
        }
        WB_TRY(okP, fp.checkUnknown());
        WB_TRY(ptv, point(*pt, pp + ".point"));
        p.point = ptv;
        s.probes.push_back(std::move(p));
    }
    if (const Json* solver = f.optional("solver")) {
        WB_TRY(isObj, requireObject(*solver, "solver"));
        Fields fs(*solver, "solver");
        if (const Json* t = fs.optional("tolerance")) {
            WB_TRY(tol, number(*t, "solver.tolerance"));
            if (tol <= 0 || tol >= 1)
                return fieldError("solver.tolerance", "expected 0 < tolerance < 1");
            s.solver.tolerance = tol;
        }
        if (const Json* mi = fs.optional("max_iterations")) {
            WB_TRY(n, number(*mi, "solver.max_iterations"));
            if (n < 1 || n != std::floor(n) || n > 1e9)
                return fieldError("solver.max_iterations", "expected a positive integer");
            s.solver.maxIterations = static_cast<int>(n);
        }
        if (const Json* b = fs.optional("backend")) {
            WB_TRY(name, string(*b, "solver.backend"));
            if (name == "auto")
                s.solver.backend = Backend::Auto;
            else if (name == "cpu")
                s.solver.backend = Backend::Cpu;
            else if (name == "cuda")
                s.solver.backend = Backend::Cuda;
            else
                return fieldError("solver.backend", "expected auto, cpu or cuda");
        }
        WB_TRY(okS, fs.checkUnknown());
    }
    WB_TRY(ok, f.checkUnknown());
    return s;
}

Result<Study> parseStudy(std::string_view text) {
    auto json = parseJson(text);
    if (!json) return std::unexpected(json.error());
    return studyFromJson(*json);
}

Result<Study> loadStudy(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(ErrorCode::NotFound, "study.not_found", "cannot open study file", file.string(),
                    {file.string()});
    std::stringstream ss;
    ss << in.rdbuf();
    auto study = parseStudy(ss.str());
    if (!study) {
        if (study.error().id == "json.syntax")
            study.error().context = file.string() + ":" + study.error().context;
        return study;
    }
    study->baseDir = file.parent_path();
    return study;
}

} // namespace wb::sim
