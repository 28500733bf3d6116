// The analysis registry: every declaration is complete, the study reader and writer follow it
// for every support and load type, and post-processing builds exactly the declared fields.
#include "sim_check.h"

#include "core/sim/analysis.h"
#include "core/sim/postprocess.h"

#include <set>
#include <sstream>

using namespace wb::sim;

namespace {

/// A value of the parameter's range: 2.5 for scalars, (1, -2, 3) for vectors, the first
/// component 1 and the last -3 for components (any between them left out).
std::string paramJson(const ParamSpec& p) {
    if (p.shape == ParamSpec::Shape::Components)
        return "{ \"" + p.components.front() + "\": 1" +
               (p.components.size() > 1 ? ", \"" + p.components.back() + "\": -3" : "") + " }";
    return p.shape == ParamSpec::Shape::Vector ? "[1, -2, 3]" : "2.5";
}

/// A study text with one support or one load of `kind`, every parameter written from `params`
/// (a components parameter as `componentsJson` where that is given).
std::string studyWith(const std::string& analysis, const ConditionKind& kind, bool isSupport,
                      const std::vector<ParamSpec>& params, bool withSelect,
                      const std::string& componentsJson = "") {
    std::ostringstream item;
    item << "{ \"name\": \"c\", \"type\": \"" << kind.type << "\"";
    for (const ParamSpec& p : params)
        item << ", \"" << p.key << "\": "
             << (p.shape == ParamSpec::Shape::Components && !componentsJson.empty() ? componentsJson
                                                                                    : paramJson(p));
    if (withSelect) item << R"(, "select": { "box": { "min": [0, 0, 0], "max": [1, 1, 1] } })";
    item << " }";
    std::ostringstream s;
    s << R"({ "format": "werkbank-study", "version": 1, "analysis": ")" << analysis << R"(",
      "geometry": { "file": "x.stl" }, "mesh": { "voxel_size": 0.001 },
      "materials": [ { "parts": "*", "material": "structural_steel" } ],)";
    s << "\"supports\": [" << (isSupport ? item.str() : "") << "], ";
    s << "\"loads\": [" << (isSupport ? "" : item.str()) << "] }";
    return s.str();
}

void expectError(const std::string& text, const std::string& context) {
    auto s = parseStudy(text);
    SIM_CHECK(!s.has_value());
    if (!s && s.error().context != context) {
        std::cerr << "expected an error at " << context << ", got " << s.error().toString() << "\n";
        ++simtest::failures();
    }
}

void checkDeclaration(const AnalysisKind& a) {
    SIM_CHECK(!a.name.empty());
    SIM_CHECK(findAnalysis(a.name) == &a);
    SIM_CHECK(a.coefficients && a.deriveFields && a.inp.materialCards);
    SIM_CHECK(a.dofsPerNode == (a.op == OperatorKind::Elasticity ? 3 : 1));
    SIM_CHECK(a.bytesPerNode > 0);
    SIM_CHECK(!a.fields.empty() && a.fields.front().name == a.solutionField);
    SIM_CHECK(a.fields.front().components == a.dofsPerNode);
    std::set<std::string> names;
    for (const FieldSpec& f : a.fields)
        SIM_CHECK(names.insert(f.name).second);
    std::set<std::string> types;
    for (const auto* list : {&a.supports, &a.loads})
        for (const ConditionKind& k : *list) {
            SIM_CHECK(k.apply != nullptr);
            SIM_CHECK(types.insert(k.type).second);
        }
    SIM_CHECK(!a.supports.empty());
}

/// A components parameter read as paramJson wrote it (members between the first and the last
/// absent), and refused, naming the path, when empty, when a member is not a number or unknown.
void checkComponents(const AnalysisKind& a, const ConditionKind& k, bool isSupport, bool select,
                     const std::string& list, const ParamSpec& p, const Condition& c) {
    SIM_CHECK(!p.components.empty());
    if (p.components.empty()) return;
    const std::string& first = p.components.front();
    SIM_CHECK(c.component(p.key, first) == 1.0);
    if (p.components.size() > 1) SIM_CHECK(c.component(p.key, p.components.back()) == -3.0);
    for (std::size_t i = 1; i + 1 < p.components.size(); ++i)
        SIM_CHECK(!c.component(p.key, p.components[i]).has_value());
    const std::string at = list + "." + p.key;
    expectError(studyWith(a.name, k, isSupport, k.params, select, "{}"), at);
    expectError(studyWith(a.name, k, isSupport, k.params, select, "[1, 2, 3]"), at);
    expectError(studyWith(a.name, k, isSupport, k.params, select, "{ \"" + first + "\": \"a\" }"),
                at + "." + first);
    expectError(studyWith(a.name, k, isSupport, k.params, select, "{ \"" + first + "\": null }"),
                at + "." + first);
    expectError(studyWith(a.name, k, isSupport, k.params, select, "{ \"w_unknown\": 1 }"),
                at + ".w_unknown");
}

/// Every support and load type of `a` reads, writes back and reads again unchanged, and is
/// refused where a parameter or the select is missing or not allowed.
void checkConditions(const AnalysisKind& a) {
    for (bool isSupport : {true, false})
        for (const ConditionKind& k : isSupport ? a.supports : a.loads) {
            const bool select = k.select != SelectRule::Forbidden;
            const std::string list = isSupport ? "supports[0]" : "loads[0]";
            auto study = parseStudy(studyWith(a.name, k, isSupport, k.params, select));
            SIM_CHECK(study.has_value());
            if (!study) {
                std::cerr << a.name << " " << k.type << ": " << study.error().toString() << "\n";
                continue;
            }
            const Condition& c = isSupport ? study->supports.at(0) : study->loads.at(0);
            SIM_CHECK(c.type == k.type && c.select.has_value() == select);
            for (const ParamSpec& p : k.params) {
                if (p.shape == ParamSpec::Shape::Components)
                    checkComponents(a, k, isSupport, select, list, p, c);
                else if (p.shape == ParamSpec::Shape::Vector)
                    SIM_CHECK((c.vector(p.key) == Point3{1, -2, 3}));
                else
                    SIM_CHECK(c.scalar(p.key) == 2.5);
            }
            auto again = parseStudy(studyToJson(*study).dump());
            SIM_CHECK(again.has_value());
            if (again) {
                const Condition& d = isSupport ? again->supports.at(0) : again->loads.at(0);
                SIM_CHECK(d.type == c.type && d.params == c.params &&
                          d.select.has_value() == c.select.has_value());
            }
            for (std::size_t i = 0; i < k.params.size(); ++i) {
                std::vector<ParamSpec> fewer = k.params;
                fewer.erase(fewer.begin() + long(i));
                expectError(studyWith(a.name, k, isSupport, fewer, select),
                            list + "." + k.params[i].key);
            }
            if (k.select == SelectRule::Required)
                expectError(studyWith(a.name, k, isSupport, k.params, false), list + ".select");
            if (k.select == SelectRule::Forbidden)
                expectError(studyWith(a.name, k, isSupport, k.params, true), list + ".select");
            for (const AnalysisKind* other : analyses()) {
                const bool declared = isSupport ? other->support(k.type) : other->load(k.type);
                if (!declared)
                    expectError(studyWith(other->name, k, isSupport, k.params, select),
                                list + ".type");
            }
        }
}

/// deriveFields builds exactly the declared fields; fieldExtremes reports the declared extremes.
void checkFields(const AnalysisKind& a) {
    VoxelModel model;
    model.grid = {3, 2, 2, 0.001, {0, 0, 0}};
    model.materials.push_back(*libraryMaterial("structural_steel"));
    model.voxelMaterial.assign(model.grid.voxelCount(), 0);
    model.solidVoxels = model.grid.voxelCount();
    std::vector<double> solution(model.grid.nodeCount() * a.dofsPerNode);
    for (std::size_t i = 0; i < solution.size(); ++i)
        solution[i] = 1e-6 * double(i % 7) + 300.0 * (a.dofsPerNode == 1);
    const auto fields = deriveFields(model, a, solution);
    SIM_CHECK(fields.size() == a.fields.size());
    for (std::size_t i = 0; i < fields.size() && i < a.fields.size(); ++i) {
        SIM_CHECK(fields[i].name == a.fields[i].name);
        SIM_CHECK(fields[i].components == a.fields[i].components);
        SIM_CHECK(fields[i].values.size() ==
                  model.grid.nodeCount() * std::size_t(fields[i].components));
    }
    SIM_CHECK(fields.front().values == solution);
    std::set<std::string> wantMin, wantMax, gotMin, gotMax;
    for (const FieldSpec& f : a.fields) {
        if (f.extremes == Extremes::Min || f.extremes == Extremes::Both) wantMin.insert(f.name);
        if (f.extremes == Extremes::Max || f.extremes == Extremes::Both) wantMax.insert(f.name);
    }
    const FieldExtremes extremes = fieldExtremes(model, a, fields);
    for (const FieldExtreme& e : extremes.min)
        gotMin.insert(e.field);
    for (const FieldExtreme& e : extremes.max)
        gotMax.insert(e.field);
    SIM_CHECK(wantMin == gotMin);
    SIM_CHECK(wantMax == gotMax);
}

} // namespace

int main() {
    SIM_CHECK(analyses().size() >= 2);
    SIM_CHECK(findAnalysis("static_structural") && findAnalysis("steady_thermal"));
    SIM_CHECK(findAnalysis("modal") == nullptr);
    for (const AnalysisKind* a : analyses()) {
        checkDeclaration(*a);
        checkConditions(*a);
        checkFields(*a);
    }
    auto unknown = analysisNamed("modal");
    SIM_CHECK(!unknown && unknown.error().context == "analysis" &&
              unknown.error().message.find("static_structural") != std::string::npos);
    SIM_CHECK(std::string(siUnit(Quantity::Pressure)) == "Pa");
    return simtest::finish("tst_analysis_registry");
}
