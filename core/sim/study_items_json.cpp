// JSON mapping of the study's list items: materials, supports, loads, selectors.
#include "json_fields.h"
#include "study_json.h"

namespace wb::sim {

using namespace detail;

Result<Material> inlineMaterial(const Json& v, const std::string& path) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    Material m;
    WB_TRY(name, f.required("name"));
    WB_TRY(nameText, string(*name, path + ".name"));
    m.name = nameText;
    struct Item {
        const char* key;
        double* target;
        bool positive;
    };
    const Item items[] = {{"youngs_modulus", &m.youngsModulus, true},
                          {"poisson_ratio", &m.poissonRatio, false},
                          {"density", &m.density, false},
                          {"yield_strength", &m.yieldStrength, false},
                          {"thermal_conductivity", &m.thermalConductivity, false}};
    for (const Item& it : items) {
        WB_TRY(field, f.required(it.key));
        WB_TRY(value, number(*field, f.path(it.key)));
        if (value < 0 || (it.positive && value == 0))
            return fieldError(f.path(it.key),
                              it.positive ? "must be positive" : "must not be negative");
        *it.target = value;
    }
    if (m.poissonRatio >= 0.5) return fieldError(f.path("poisson_ratio"), "must be below 0.5");
    WB_TRY(ok, f.checkUnknown());
    return m;
}

Json materialToJson(const Material& m) {
    Json j;
    j["name"] = m.name;
    j["youngs_modulus"] = m.youngsModulus;
    j["poisson_ratio"] = m.poissonRatio;
    j["density"] = m.density;
    j["yield_strength"] = m.yieldStrength;
    j["thermal_conductivity"] = m.thermalConductivity;
    return j;
}

namespace {

/// A number of the spec's range at `at`.
Result<double> rangedNumber(const Json& v, const ParamSpec& spec, const std::string& at) {
    WB_TRY(x, number(v, at));
    if (spec.range == ParamSpec::Range::NonNegative && x < 0)
        return fieldError(at, "must not be negative");
    if (spec.range == ParamSpec::Range::Positive && x <= 0)
        return fieldError(at, "must be positive");
    return x;
}

/// The given members of a components parameter, each under "key.member".
Result<bool> readComponents(const Json& v, const ParamSpec& spec, const std::string& at,
                            std::map<std::string, std::vector<double>, std::less<>>& out) {
    WB_TRY(isObj, requireObject(v, at));
    Fields members(v, at);
    std::string names;
    int given = 0;
    for (const std::string& m : spec.components) {
        names += (names.empty() ? "" : ", ") + m;
        const Json* value = members.optional(m);
        if (!value) continue;
        WB_TRY(x, rangedNumber(*value, spec, members.path(m)));
        out[spec.key + "." + m] = {x};
        ++given;
    }
    WB_TRY(ok, members.checkUnknown());
    if (given == 0) return fieldError(at, "at least one of " + names);
    return true;
}

} // namespace

Result<bool> readParams(Fields& f, const std::vector<ParamSpec>& specs, const std::string& path,
                        std::map<std::string, std::vector<double>, std::less<>>& out) {
    for (const ParamSpec& spec : specs) {
        WB_TRY(value, f.required(spec.key));
        const std::string at = f.path(spec.key);
        if (spec.shape == ParamSpec::Shape::Components) {
            WB_TRY(ok, readComponents(*value, spec, at, out));
            continue;
        }
        if (spec.shape == ParamSpec::Shape::Vector) {
            WB_TRY(p, point(*value, at));
            out[spec.key] = {p[0], p[1], p[2]};
            continue;
        }
        WB_TRY(x, rangedNumber(*value, spec, at));
        out[spec.key] = {x};
    }
    return true;
}

namespace {

/// A support or load of the analysis: type, the parameters its kind declares, select.
Result<Condition> conditionFromJson(const Json& v, const std::string& path,
                                    const AnalysisKind& analysis, bool isSupport) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    Condition c;
    if (const Json* n = f.optional("name")) {
        WB_TRY(name, string(*n, path + ".name"));
        c.name = name;
    }
    WB_TRY(type, f.required("type"));
    WB_TRY(typeName, string(*type, path + ".type"));
    const ConditionKind* kind = isSupport ? analysis.support(typeName) : analysis.load(typeName);
    if (!kind)
        return fieldError(path + ".type", "'" + typeName + "' is not a " +
                                              (isSupport ? "support" : "load") + " of " +
                                              analysis.name);
    c.type = typeName;
    WB_TRY(params, readParams(f, kind->params, path, c.params));
    const Json* sel = f.optional("select");
    if (sel && kind->select == SelectRule::Forbidden)
        return fieldError(path + ".select", "'" + typeName + "' applies to the whole body");
    if (!sel && kind->select == SelectRule::Required)
        return fieldError(path + ".select", "missing required field");
    if (sel) {
        WB_TRY(selector, selectorFromJson(*sel, path + ".select"));
        c.select = selector;
    }
    if (const Json* s = f.optional("suppressed")) {
        WB_TRY(flag, boolean(*s, path + ".suppressed"));
        c.suppressed = flag;
    }
    WB_TRY(ok, f.checkUnknown());
    return c;
}

} // namespace

Result<Support> supportFromJson(const Json& v, const std::string& path,
                                const AnalysisKind& analysis) {
    return conditionFromJson(v, path, analysis, true);
}

Result<Load> loadFromJson(const Json& v, const std::string& path, const AnalysisKind& analysis) {
    return conditionFromJson(v, path, analysis, false);
}

namespace {
Json pointJson(const Point3& p) {
    return Json::array({p[0], p[1], p[2]});
}
void writeParams(Json& j, const std::map<std::string, std::vector<double>, std::less<>>& params) {
    for (const auto& [key, values] : params) {
        // "key.member": a member of a components parameter (ParamSpec::Shape::Components)
        if (const auto dot = key.find('.'); dot != std::string::npos)
            j[key.substr(0, dot)][key.substr(dot + 1)] = values.at(0);
        else if (values.size() == 1)
            j[key] = values[0];
        else
            j[key] = pointJson({values[0], values[1], values[2]});
    }
}
Json conditionToJson(const Condition& c) {
    Json j;
    j["name"] = c.name;
    j["type"] = c.type;
    writeParams(j, c.params);
    if (c.select) j["select"] = selectorToJson(*c.select);
    if (c.suppressed) j["suppressed"] = true;
    return j;
}
} // namespace

Json selectorToJson(const Selector& s) {
    Json j;
    if (const auto* box = std::get_if<BoxSelector>(&s.value)) {
        Json b;
        b["min"] = pointJson(box->min);
        b["max"] = pointJson(box->max);
        j["box"] = std::move(b);
    } else {
        Json faces = Json::array();
        for (const FaceRef& r : std::get<std::vector<FaceRef>>(s.value)) {
            Json fr;
            fr["part"] = r.part;
            fr["face"] = r.face;
            faces.push_back(std::move(fr));
        }
        j["faces"] = std::move(faces);
    }
    return j;
}

Json studyToJson(const Study& s) {
    Json j;
    j["format"] = "werkbank-study";
    j["version"] = 1;
    j["name"] = s.name;
    j["analysis"] = s.analysis;
    writeParams(j, s.settings);
    Json g;
    g["file"] = s.geometryFile;
    g["length_unit"] = s.lengthUnit;
    j["geometry"] = std::move(g);
    Json mesh;
    if (s.voxelSize)
        mesh["voxel_size"] = *s.voxelSize;
    else
        mesh["target_voxels"] = s.targetVoxels.value_or(0);
    j["mesh"] = std::move(mesh);
    Json mats = Json::array();
    for (const MaterialAssignment& m : s.materials) {
        Json mj;
        mj["parts"] = m.parts;
        mj["material"] = m.inlineMaterial ? materialToJson(*m.inlineMaterial) : Json(m.libraryId);
        mats.push_back(std::move(mj));
    }
    j["materials"] = std::move(mats);
    Json sups = Json::array();
    for (const Support& sp : s.supports)
        sups.push_back(conditionToJson(sp));
    j["supports"] = std::move(sups);
    Json loads = Json::array();
    for (const Load& l : s.loads)
        loads.push_back(conditionToJson(l));
    j["loads"] = std::move(loads);
    Json probes = Json::array();
    for (const Probe& p : s.probes) {
        Json pj;
        pj["name"] = p.name;
        pj["point"] = pointJson(p.point);
        if (p.suppressed) pj["suppressed"] = true;
        probes.push_back(std::move(pj));
    }
    j["probes"] = std::move(probes);
    Json solver;
    solver["tolerance"] = s.solver.tolerance;
    solver["max_iterations"] = s.solver.maxIterations;
    solver["backend"] = backendName(s.solver.backend);
    j["solver"] = std::move(solver);
    return j;
}

} // namespace wb::sim
