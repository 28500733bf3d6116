#include "result_summary.h"

#include "analysis.h"
#include "json_fields.h"

#include <fstream>
#include <limits>
#include <sstream>

namespace wb::sim {

using namespace detail;
using core::ErrorCode;
using core::fail;

namespace {

constexpr int kResultVersion = 1;

Result<std::uint64_t> count(const Json& v, const std::string& path) {
    if (!v.is_number_integer() || (!v.is_number_unsigned() && v.get<long long>() < 0))
        return fieldError(path, "expected a non-negative whole number");
    return v.get<std::uint64_t>();
}

Result<FieldExtreme> extremeFromJson(const Json& v, const std::string& field,
                                      const std::string& path) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    FieldExtreme e;
    e.field = field;
    WB_TRY(value, f.required("value"));
    WB_TRY(x, number(*value, f.path("value")));
    e.value = x;
    WB_TRY(at, f.required("at"));
    WB_TRY(where, point(*at, f.path("at")));
    e.at = where;
    if (const Json* singular = f.optional("singular")) {
        WB_TRY(kind, string(*singular, f.path("singular")));
        if (kind != "support" && kind != "corner")
            return fieldError(f.path("singular"), "expected \"support\" or \"corner\"");
        e.singular = kind;
    }
    WB_TRY(ok, f.checkUnknown());
    return e;
}

/// `min` or `max`: field name -> extreme, for fields of `kind` only.
Result<std::vector<FieldExtreme>> extremesFromJson(const Json* v, const std::string& path,
                                                    const AnalysisKind& kind) {
    std::vector<FieldExtreme> out;
    if (!v) return out;
    WB_TRY(isObj, requireObject(*v, path));
    for (const auto& [name, value] : v->items()) {
        const std::string at = path + "." + name;
        if (!kind.field(name)) return fieldError(at, "unknown field");
        WB_TRY(e, extremeFromJson(value, name, at));
        out.push_back(std::move(e));
    }
    return out;
}

Result<ProbeResult> probeFromJson(const Json& v, const std::string& path,
                                  const AnalysisKind& kind) {
    WB_TRY(isObj, requireObject(v, path));
    ProbeResult p;
    bool hasPoint = false;
    for (const auto& [key, value] : v.items()) {
        const std::string at = path + "." + key;
        if (key == "name") {
            WB_TRY(name, string(value, at));
            p.name = name;
        } else if (key == "point") {
            WB_TRY(where, point(value, at));
            p.point = where;
            hasPoint = true;
        } else if (const FieldSpec* spec = kind.field(key)) {
            std::vector<double> values;
            if (spec->components == 1) {
                WB_TRY(x, number(value, at));
                values.push_back(x);
            } else {
                if (!value.is_array() || value.size() != std::size_t(spec->components))
                    return fieldError(at, "expected an array of " +
                                              std::to_string(spec->components) + " numbers");
                for (std::size_t i = 0; i < value.size(); ++i) {
                    WB_TRY(x, number(value[i], at + "[" + std::to_string(i) + "]"));
                    values.push_back(x);
                }
            }
            p.values.emplace_back(key, std::move(values));
        } else {
            return fieldError(at, "unknown field");
        }
    }
    if (!hasPoint) return fieldError(path + ".point", "missing required field");
    return p;
}

/// One entry of `reactions`: the members of `kind`'s reaction (force and moment, or heat
/// flow), each optional (a value that was not finite is left out when written).
Result<SupportReaction> reactionFromJson(const Json& v, const std::string& path,
                                         const AnalysisKind& kind) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    SupportReaction r;
    WB_TRY(support, f.required("support"));
    WB_TRY(index, count(*support, f.path("support")));
    r.support = std::size_t(index);
    if (const Json* name = f.optional("name")) {
        WB_TRY(text, string(*name, f.path("name")));
        r.name = text;
    }
    WB_TRY(type, f.required("type"));
    WB_TRY(typeText, string(*type, f.path("type")));
    if (!kind.support(typeText)) return fieldError(f.path("type"), "not a support of the analysis");
    r.type = typeText;
    if (const Json* nodes = f.optional("nodes")) {
        WB_TRY(n, count(*nodes, f.path("nodes")));
        r.nodes = std::size_t(n);
    }
    constexpr double kAbsent = std::numeric_limits<double>::quiet_NaN();
    auto readVector = [&](const char* key, Point3& out) -> Result<bool> {
        out = {kAbsent, kAbsent, kAbsent};
        if (const Json* value = f.optional(key)) {
            WB_TRY(p, point(*value, f.path(key)));
            out = p;
        }
        return true;
    };
    WB_TRY(centroid, readVector("centroid", r.centroid));
    if (kind.op == OperatorKind::Conduction) {
        r.heatFlow = kAbsent;
        if (const Json* flow = f.optional("heat_flow")) {
            WB_TRY(x, number(*flow, f.path("heat_flow")));
            r.heatFlow = x;
        }
    } else {
        WB_TRY(force, readVector("force", r.force));
        WB_TRY(moment, readVector("moment", r.moment));
    }
    WB_TRY(ok, f.checkUnknown());
    return r;
}

Result<bool> readCounts(Fields& f, ResultSummary& s) {
    struct Count {
        const char* key;
        std::uint64_t* target;
    };
    for (const Count& c : {Count{"voxels", &s.voxels}, Count{"dofs", &s.dofs},
                           Count{"peak_memory_bytes", &s.peakMemoryBytes}})
        if (const Json* v = f.optional(c.key)) {
            WB_TRY(n, count(*v, f.path(c.key)));
            *c.target = n;
        }
    if (const Json* v = f.optional("iterations")) {
        WB_TRY(n, count(*v, "iterations"));
        if (n > std::uint64_t(std::numeric_limits<int>::max()))
            return fieldError("iterations", "too large");
        s.iterations = int(n);
    }
    for (const auto& [key, target] : {std::pair{"voxel_size", &s.voxelSize},
                                      std::pair{"relative_residual", &s.relativeResidual}})
        if (const Json* v = f.optional(key)) {
            WB_TRY(x, number(*v, key));
            *target = x;
        }
    if (const Json* t = f.optional("timings_s")) {
        WB_TRY(isObj, requireObject(*t, "timings_s"));
        Fields timings(*t, "timings_s");
        for (const char* key : {"import", "voxelize", "setup", "solve", "total"})
            if (const Json* v = timings.optional(key)) {
                WB_TRY(x, number(*v, timings.path(key)));
                if (std::string_view(key) == "total") s.totalSeconds = x;
            }
        WB_TRY(ok, timings.checkUnknown());
    }
    return true;
}

Result<bool> readError(const Json& v, ResultSummary& s) {
    WB_TRY(isObj, requireObject(v, "error"));
    Fields f(v, "error");
    WB_TRY(code, f.required("code"));
    WB_TRY(codeText, string(*code, "error.code"));
    s.errorCode = codeText;
    if (const Json* m = f.optional("message")) {
        WB_TRY(message, string(*m, "error.message"));
        s.errorMessage = message;
    }
    return f.checkUnknown();
}

} // namespace

const FieldExtreme* ResultSummary::minimum(std::string_view field) const {
    for (const FieldExtreme& e : min)
        if (e.field == field) return &e;
    return nullptr;
}

const FieldExtreme* ResultSummary::maximum(std::string_view field) const {
    for (const FieldExtreme& e : max)
        if (e.field == field) return &e;
    return nullptr;
}

Result<ResultSummary> parseResultSummary(std::string_view text) {
    WB_TRY(json, parseJson(text));
    if (!json.is_object()) return fieldError("", "a result summary must be a JSON object");
    Fields f(json, "");
    WB_TRY(format, f.required("format"));
    WB_TRY(formatText, string(*format, "format"));
    if (formatText != "werkbank-result") return fieldError("format", "expected 'werkbank-result'");
    WB_TRY(version, f.required("version"));
    if (!version->is_number_integer() || version->get<long long>() < 1)
        return fieldError("version", "expected a positive whole number");
    if (version->get<long long>() > kResultVersion) {
        const std::string v = std::to_string(version->get<long long>());
        return fail(ErrorCode::Unsupported, "result.newer_version",
                    "the result was written by a newer version of Werkbank (format version " + v +
                        ")",
                    "version", {v});
    }
    ResultSummary s;
    WB_TRY(status, f.required("status"));
    WB_TRY(statusText, string(*status, "status"));
    if (statusText != "converged" && statusText != "not_converged" && statusText != "cancelled" &&
        statusText != "failed")
        return fieldError("status", "expected converged, not_converged, cancelled or failed");
    s.status = statusText;
    if (const Json* e = f.optional("error")) {
        WB_TRY(ok, readError(*e, s));
    }
    WB_TRY(analysis, f.required("analysis"));
    WB_TRY(analysisText, string(*analysis, "analysis"));
    WB_TRY(kind, analysisNamed(analysisText));
    s.analysis = kind->name;
    if (const Json* b = f.optional("backend")) {
        WB_TRY(backend, string(*b, "backend"));
        s.backend = backend;
    }
    WB_TRY(counts, readCounts(f, s));
    WB_TRY(mins, extremesFromJson(f.optional("min"), "min", *kind));
    s.min = std::move(mins);
    WB_TRY(maxs, extremesFromJson(f.optional("max"), "max", *kind));
    s.max = std::move(maxs);
    WB_TRY(probes, array(f.optional("probes"), "probes"));
    for (std::size_t i = 0; i < probes.size(); ++i) {
        WB_TRY(probe, probeFromJson(probes[i], "probes[" + std::to_string(i) + "]", *kind));
        s.probes.push_back(std::move(probe));
    }
    WB_TRY(reactions, array(f.optional("reactions"), "reactions"));
    for (std::size_t i = 0; i < reactions.size(); ++i) {
        WB_TRY(reaction,
               reactionFromJson(reactions[i], "reactions[" + std::to_string(i) + "]", *kind));
        s.reactions.push_back(std::move(reaction));
    }
    WB_TRY(ok, f.checkUnknown());
    return s;
}

Result<ResultSummary> loadResultSummary(const std::filesystem::path& dir) {
    const std::filesystem::path file = dir / "result.json";
    const std::string name = file.string();
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status))
        return fail(ErrorCode::NotFound, "result.missing", "the result folder has no result.json",
                    name, {name});
    if (!std::filesystem::is_regular_file(status))
        return fail(ErrorCode::InvalidFile, "io.unreadable", "not a readable file", name, {name});
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return fail(ErrorCode::InvalidFile, "io.unreadable", "cannot read the file", name, {name});
    if (size == 0)
        return fail(ErrorCode::InvalidFile, "io.empty_file", "the file is empty", name, {name});
    if (size > kMaxResultSummaryBytes)
        return fail(ErrorCode::InvalidFile, "io.file_too_large",
                    "the file is too large for a result summary", name,
                    {name, std::to_string(size)});
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || text.view().size() != size)
        return fail(ErrorCode::InvalidFile, "io.unreadable", "cannot read the file", name, {name});
    auto summary = parseResultSummary(text.view());
    if (summary) return summary;
    core::Error e = summary.error();
    if (e.id == "result.newer_version") {
        e.args = {name, e.args.empty() ? std::string() : e.args.front()};
        e.context = name;
        return std::unexpected(e);
    }
    // A syntax error names "line:column"; a field error its path and what is wrong with it.
    const std::string where = e.context;
    const std::string what = e.id == "study.invalid_field" && e.args.size() >= 2 ? e.args[1]
                             : !e.args.empty()                                   ? e.args.front()
                                                                                 : e.message;
    return fail(ErrorCode::InvalidFile, "result.invalid", e.message,
                where.empty() ? name : name + ":" + where, {name, where, what});
}

} // namespace wb::sim
