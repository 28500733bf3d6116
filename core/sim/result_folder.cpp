#include "result_folder.h"

#include "analysis.h"
#include "core/model/atomic_file.h"
#include "study_json.h"

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

namespace {

Json point(const Point3& p) {
    return Json::array({p[0], p[1], p[2]});
}

Json numbers(const std::vector<double>& v) {
    Json a = Json::array();
    for (double x : v)
        a.push_back(x);
    return a;
}
/// Position of the analysis in the registry (the registry only ever appends).
std::uint32_t analysisIndex(const std::string& name) {
    const auto& all = analyses();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i]->name == name) return std::uint32_t(i);
    return 0;
}

Json extremes(const std::vector<FieldExtreme>& list) {
    Json out = Json::object();
    for (const FieldExtreme& e : list) {
        out[e.field] = Json{{"value", e.value}, {"at", point(e.at)}};
        if (!e.singular.empty()) out[e.field]["singular"] = e.singular;
    }
    return out;
}

/// Per support: force and moment (structural) or heat flow (thermal), docs/study-format.md.
Json reactionsJson(const SolveResult& r) {
    const AnalysisKind* kind = findAnalysis(r.analysis);
    const bool thermal = kind && kind->op == OperatorKind::Conduction;
    Json out = Json::array();
    for (const SupportReaction& s : r.reactions) {
        Json rj{{"support", s.support},
                {"name", s.name},
                {"type", s.type},
                {"nodes", s.nodes},
                {"centroid", point(s.centroid)}};
        if (thermal) {
            rj["heat_flow"] = s.heatFlow;
        } else {
            rj["force"] = point(s.force);
            rj["moment"] = point(s.moment);
        }
        out.push_back(std::move(rj));
    }
    return out;
}

} // namespace

Json resultSummary(const SolveResult& r) {
    Json j;
    j["format"] = "werkbank-result";
    j["version"] = 1;
    j["status"] = solveStatusName(r.status);
    if (r.error) j["error"] = Json{{"code", r.error->id}, {"message", r.error->toString()}};
    j["analysis"] = r.analysis;
    j["backend"] = r.backend;
    j["voxels"] = r.model ? r.model->solidVoxels : std::size_t(0);
    j["voxel_size"] = r.model ? r.model->grid.h : 0.0;
    j["dofs"] = r.dofs;
    j["iterations"] = r.iterations;
    j["relative_residual"] = r.relativeResidual;
    j["timings_s"] = Json{{"import", r.timings.import},
                          {"voxelize", r.timings.voxelize},
                          {"setup", r.timings.setup},
                          {"solve", r.timings.solve},
                          {"total", r.timings.total}};
    j["peak_memory_bytes"] = r.peakMemoryBytes;
    j["min"] = extremes(r.min);
    j["max"] = extremes(r.max);
    Json probes = Json::array();
    for (const ProbeResult& p : r.probes) {
        Json pj;
        pj["name"] = p.name;
        pj["point"] = point(p.point);
        for (const auto& [name, values] : p.values)
            pj[name] = values.size() == 1 ? Json(values[0]) : numbers(values);
        probes.push_back(std::move(pj));
    }
    j["probes"] = std::move(probes);
    j["reactions"] = reactionsJson(r);
    return finiteOnly(j);
}

Json failureSummary(const std::string& analysis, const core::Error& error) {
    SolveResult r;
    r.analysis = analysis;
    r.status = SolveStatus::Failed;
    r.error = error;
    return resultSummary(r);
}

core::Result<bool> writeResultFolder(const SolveResult& result, const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir, ec))
        return fail(ErrorCode::InvalidArgument, "io.write_error", "cannot create the folder",
                    dir.string(), {dir.string()});
    if (auto ok = core::writeFileAtomically(dir / "result.json",
                                            dumpJson(resultSummary(result), 2) + "\n");
        !ok)
        return ok;
    if (result.study)
        if (auto ok = core::writeFileAtomically(dir / "study.json",
                                                dumpJson(studyToJson(*result.study), 2) + "\n");
            !ok)
            return ok;
    if (!result.model) return true;
    if (auto ok = writeVtu(result, dir / "result.vtu"); !ok) return ok;
    if (result.assembly)
        if (auto ok = writeSurfaceFile(*result.assembly, dir / "surface.wbm"); !ok) return ok;
    return writeFieldFile(result, dir / "fields.wbf");
}

namespace {

template <typename T> void put(std::ostream& out, T v) {
    out.write(reinterpret_cast<const char*>(&v), sizeof(T));
}
template <typename T> bool get(std::ifstream& in, T& v) {
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof(T)));
}

void writeFields(const SolveResult& r, std::ostream& out) {
    const VoxelGrid& g = r.model->grid;
    out.write("WBF1", 4);
    put<std::uint32_t>(out, 1);
    put<std::uint32_t>(out, analysisIndex(r.analysis));
    put<std::int32_t>(out, g.nx);
    put<std::int32_t>(out, g.ny);
    put<std::int32_t>(out, g.nz);
    put<double>(out, g.h);
    for (double o : g.origin)
        put<double>(out, o);
    out.write(reinterpret_cast<const char*>(r.model->voxelMaterial.data()),
              std::streamsize(r.model->voxelMaterial.size() * 2));
    put<std::uint32_t>(out, std::uint32_t(r.fields.size()));
    for (const ResultField& f : r.fields) {
        put<std::uint32_t>(out, std::uint32_t(f.name.size()));
        out.write(f.name.data(), std::streamsize(f.name.size()));
        put<std::uint32_t>(out, std::uint32_t(f.components));
        std::vector<float> vals(f.values.begin(), f.values.end());
        out.write(reinterpret_cast<const char*>(vals.data()), std::streamsize(vals.size() * 4));
    }
}

} // namespace

core::Result<bool> writeFieldFile(const SolveResult& r, const std::filesystem::path& file) {
    return core::writeFileAtomically(file, [&r](std::ostream& out) {
        writeFields(r, out);
        return static_cast<bool>(out);
    });
}

core::Result<SolveResult> readFieldFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    auto bad = [&] {
        return fail(ErrorCode::InvalidFile, "sim.bad_field_file", "not a valid field file",
                    file.string());
    };
    if (!in) return fail(ErrorCode::NotFound, "io.not_found", "cannot open file", file.string());
    std::error_code sizeError;
    const auto fileSize = std::filesystem::file_size(file, sizeError);
    if (sizeError) return bad();
    // what a header promises is checked against the bytes left before anything is allocated
    auto left = [&] {
        const auto at = in.tellg();
        return at < 0 ? 0.0 : double(fileSize) - double(at);
    };
    char magic[4];
    std::uint32_t version = 0, analysis = 0;
    if (!in.read(magic, 4) || std::memcmp(magic, "WBF1", 4) != 0 || !get(in, version) ||
        version != 1 || !get(in, analysis))
        return bad();
    auto model = std::make_shared<VoxelModel>();
    VoxelGrid& g = model->grid;
    if (!get(in, g.nx) || !get(in, g.ny) || !get(in, g.nz) || !get(in, g.h)) return bad();
    for (double& o : g.origin)
        if (!get(in, o)) return bad();
    if (g.nx <= 0 || g.ny <= 0 || g.nz <= 0 || double(g.nx) * g.ny * g.nz > 4e9 ||
        !std::isfinite(g.h) || g.h <= 0 || !std::isfinite(g.origin[0]) ||
        !std::isfinite(g.origin[1]) || !std::isfinite(g.origin[2]) ||
        double(g.voxelCount()) * 2 > left())
        return bad();
    model->voxelMaterial.resize(g.voxelCount());
    if (!in.read(reinterpret_cast<char*>(model->voxelMaterial.data()),
                 std::streamsize(g.voxelCount() * 2)))
        return bad();
    for (auto m : model->voxelMaterial)
        model->solidVoxels += m != kEmptyVoxel;
    SolveResult r;
    if (analysis >= analyses().size()) return bad();
    r.analysis = analyses()[analysis]->name;
    std::uint32_t count = 0;
    if (!get(in, count) || count > 64) return bad();
    for (std::uint32_t f = 0; f < count; ++f) {
        std::uint32_t len = 0, comps = 0;
        if (!get(in, len) || len > 256) return bad();
        ResultField field;
        field.name.resize(len);
        if (!in.read(field.name.data(), len) || !get(in, comps) || comps == 0 || comps > 9)
            return bad();
        field.components = int(comps);
        if (double(g.nodeCount()) * comps * 4 > left()) return bad();
        std::vector<float> vals(g.nodeCount() * comps);
        if (!in.read(reinterpret_cast<char*>(vals.data()), std::streamsize(vals.size() * 4)))
            return bad();
        field.values.assign(vals.begin(), vals.end());
        r.fields.push_back(std::move(field));
    }
    r.model = std::move(model);
    r.status = SolveStatus::Converged;
    return r;
}

} // namespace wb::sim
