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

Result<Support> supportFromJson(const Json& v, const std::string& path, Analysis analysis) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    Support s;
    if (const Json* n = f.optional("name")) {
        WB_TRY(name, string(*n, path + ".name"));
        s.name = name;
    }
    WB_TRY(type, f.required("type"));
    WB_TRY(typeName, string(*type, path + ".type"));
    if (typeName == "fixed" && analysis == Analysis::StaticStructural) {
        s.type = SupportType::Fixed;
    } else if (typeName == "fixed_temperature" && analysis == Analysis::SteadyThermal) {
        s.type = SupportType::FixedTemperature;
        WB_TRY(t, f.required("temperature"));
        WB_TRY(tv, number(*t, path + ".temperature"));
        s.temperature = tv;
    } else {
        return fieldError(path + ".type",
                          "'" + typeName + "' is not a support of " + analysisName(analysis));
    }
    WB_TRY(sel, f.required("select"));
    WB_TRY(selector, selectorFromJson(*sel, path + ".select"));
    s.select = selector;
    WB_TRY(ok, f.checkUnknown());
    return s;
}

namespace {
struct LoadKind {
    const char* name;
    LoadType type;
    Analysis analysis;
    bool needsSelect;
};
constexpr LoadKind kLoadKinds[] = {
    {"force", LoadType::Force, Analysis::StaticStructural, true},
    {"pressure", LoadType::Pressure, Analysis::StaticStructural, true},
    {"gravity", LoadType::Gravity, Analysis::StaticStructural, false},
    {"heat_flux", LoadType::HeatFlux, Analysis::SteadyThermal, true},
    {"convection", LoadType::Convection, Analysis::SteadyThermal, true},
    {"heat_source", LoadType::HeatSource, Analysis::SteadyThermal, false},
};
} // namespace

Result<Load> loadFromJson(const Json& v, const std::string& path, Analysis analysis) {
    WB_TRY(isObj, requireObject(v, path));
    Fields f(v, path);
    Load l;
    if (const Json* n = f.optional("name")) {
        WB_TRY(name, string(*n, path + ".name"));
        l.name = name;
    }
    WB_TRY(type, f.required("type"));
    WB_TRY(typeName, string(*type, path + ".type"));
    const LoadKind* kind = nullptr;
    for (const LoadKind& k : kLoadKinds)
        if (typeName == k.name && k.analysis == analysis) kind = &k;
    if (!kind)
        return fieldError(path + ".type",
                          "'" + typeName + "' is not a load of " + analysisName(analysis));
    l.type = kind->type;
    switch (l.type) {
    case LoadType::Force:
    case LoadType::Gravity: {
        WB_TRY(vec, f.required("vector"));
        WB_TRY(p, point(*vec, path + ".vector"));
        l.vector = p;
        break;
    }
    case LoadType::Convection: {
        WB_TRY(c, f.required("coefficient"));
        WB_TRY(cv, number(*c, path + ".coefficient"));
        if (cv < 0) return fieldError(path + ".coefficient", "must not be negative");
        WB_TRY(t, f.required("ambient_temperature"));
        WB_TRY(tv, number(*t, path + ".ambient_temperature"));
        l.coefficient = cv;
        l.ambientTemperature = tv;
        break;
    }
    default: {
        WB_TRY(val, f.required("value"));
        WB_TRY(vv, number(*val, path + ".value"));
        l.value = vv;
    }
    }
    const Json* sel = f.optional("select");
    if (l.type == LoadType::Gravity && sel)
        return fieldError(path + ".select", "gravity applies to the whole body");
    if (kind->needsSelect && !sel) return fieldError(path + ".select", "missing required field");
    if (sel) {
        WB_TRY(selector, selectorFromJson(*sel, path + ".select"));
        l.select = selector;
    }
    WB_TRY(ok, f.checkUnknown());
    return l;
}

namespace {
Json pointJson(const Point3& p) {
    return Json::array({p[0], p[1], p[2]});
}
const char* loadTypeName(LoadType t) {
    for (const LoadKind& k : kLoadKinds)
        if (k.type == t) return k.name;
    return "";
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
    j["analysis"] = analysisName(s.analysis);
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
    for (const Support& sp : s.supports) {
        Json sj;
        sj["name"] = sp.name;
        sj["type"] = sp.type == SupportType::Fixed ? "fixed" : "fixed_temperature";
        if (sp.type == SupportType::FixedTemperature) sj["temperature"] = sp.temperature;
        sj["select"] = selectorToJson(sp.select);
        sups.push_back(std::move(sj));
    }
    j["supports"] = std::move(sups);
    Json loads = Json::array();
    for (const Load& l : s.loads) {
        Json lj;
        lj["name"] = l.name;
        lj["type"] = loadTypeName(l.type);
        switch (l.type) {
        case LoadType::Force:
        case LoadType::Gravity:
            lj["vector"] = pointJson(l.vector);
            break;
        case LoadType::Convection:
            lj["coefficient"] = l.coefficient;
            lj["ambient_temperature"] = l.ambientTemperature;
            break;
        default:
            lj["value"] = l.value;
        }
        if (l.select) lj["select"] = selectorToJson(*l.select);
        loads.push_back(std::move(lj));
    }
    j["loads"] = std::move(loads);
    Json probes = Json::array();
    for (const Probe& p : s.probes) {
        Json pj;
        pj["name"] = p.name;
        pj["point"] = pointJson(p.point);
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
