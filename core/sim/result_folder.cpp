#include "result_folder.h"

#include "analysis.h"

#include <cstring>
#include <fstream>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

namespace {
Json point(const Point3& p) {
    return Json::Array{p[0], p[1], p[2]};
}
Json numbers(const std::vector<double>& v) {
    Json::Array a;
    for (double x : v)
        a.emplace_back(x);
    return a;
}
/// Position of the analysis in the registry (the registry only ever appends).
std::uint32_t analysisIndex(const std::string& name) {
    const auto& all = analyses();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i]->name == name) return std::uint32_t(i);
    return 0;
}
std::unexpected<core::Error> writeError(const std::filesystem::path& p) {
    return fail(ErrorCode::InvalidArgument, "io.write_error", "cannot write file", p.string(),
                {p.string()});
}
} // namespace

Json resultSummary(const SolveResult& r) {
    Json j;
    j.set("format", "werkbank-result");
    j.set("version", 1);
    j.set("status", solveStatusName(r.status));
    if (r.error) {
        Json e;
        e.set("code", r.error->id);
        e.set("message", r.error->toString());
        j.set("error", std::move(e));
    }
    j.set("analysis", r.analysis);
    j.set("backend", r.backend);
    j.set("voxels", r.model ? r.model->solidVoxels : 0);
    j.set("voxel_size", r.model ? r.model->grid.h : 0.0);
    j.set("dofs", r.dofs);
    j.set("iterations", r.iterations);
    j.set("relative_residual", r.relativeResidual);
    Json t;
    t.set("import", r.timings.import);
    t.set("voxelize", r.timings.voxelize);
    t.set("setup", r.timings.setup);
    t.set("solve", r.timings.solve);
    t.set("total", r.timings.total);
    j.set("timings_s", std::move(t));
    j.set("peak_memory_bytes", r.peakMemoryBytes);
    Json mx = Json::Object{};
    for (const FieldMax& m : r.max) {
        Json e;
        e.set("value", m.value);
        e.set("at", point(m.at));
        mx.set(m.field, std::move(e));
    }
    j.set("max", std::move(mx));
    Json::Array probes;
    for (const ProbeResult& p : r.probes) {
        Json pj;
        pj.set("name", p.name);
        pj.set("point", point(p.point));
        for (const auto& [name, values] : p.values)
            pj.set(name, values.size() == 1 ? Json(values[0]) : numbers(values));
        probes.push_back(std::move(pj));
    }
    j.set("probes", std::move(probes));
    return j;
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
    if (ec) return writeError(dir);
    {
        std::ofstream out(dir / "result.json", std::ios::binary);
        out << resultSummary(result).dump(2) << '\n';
        if (!out) return writeError(dir / "result.json");
    }
    if (!result.model) return true;
    if (auto ok = writeVtu(result, dir / "result.vtu"); !ok) return ok;
    return writeFieldFile(result, dir / "fields.wbf");
}

namespace {
template <typename T> void put(std::ofstream& out, T v) {
    out.write(reinterpret_cast<const char*>(&v), sizeof(T));
}
template <typename T> bool get(std::ifstream& in, T& v) {
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof(T)));
}
} // namespace

core::Result<bool> writeFieldFile(const SolveResult& r, const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::binary);
    if (!out) return writeError(file);
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
    if (!out) return writeError(file);
    return true;
}

core::Result<SolveResult> readFieldFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    auto bad = [&] {
        return fail(ErrorCode::InvalidFile, "sim.bad_field_file", "not a valid field file",
                    file.string());
    };
    if (!in) return fail(ErrorCode::NotFound, "io.not_found", "cannot open file", file.string());
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
    if (g.nx <= 0 || g.ny <= 0 || g.nz <= 0 || double(g.nx) * g.ny * g.nz > 4e9) return bad();
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
