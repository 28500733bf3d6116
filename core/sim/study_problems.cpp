#include "study_problems.h"

#include "analysis.h"
#include "study_json.h"
#include "surface.h"

#include <algorithm>
#include <set>

namespace wb::sim {

namespace {

using Severity = StudyProblem::Severity;

class Collector {
public:
    void add(Severity s, std::string id, std::string message, std::string item,
             std::vector<std::string> args = {}) {
        m_list.push_back({s, std::move(id), std::move(args), std::move(message), std::move(item)});
    }
    std::vector<StudyProblem> take() {
        std::stable_sort(m_list.begin(), m_list.end(), [](const auto& a, const auto& b) {
            return a.severity == Severity::Error && b.severity != Severity::Error;
        });
        return std::move(m_list);
    }

private:
    std::vector<StudyProblem> m_list;
};

std::string displayName(const Condition& c) {
    return c.name.empty() ? c.type : c.name;
}

bool hasMaterial(const Study& study, const ModelPart& part) {
    return std::any_of(study.materials.begin(), study.materials.end(), [&](const auto& m) {
        return globMatch(m.parts, part.path) || globMatch(m.parts, part.name);
    });
}

/// Selections: a face list that is empty or names a part the model lacks.
void checkSelections(const std::vector<Condition>& items, const char* list,
                     const AnalysisKind& kind, bool supports,
                     const std::set<std::string, std::less<>>& known, Collector& out) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Condition& c = items[i];
        if (c.suppressed) continue;
        const std::string path = std::string(list) + "[" + std::to_string(i) + "]";
        const ConditionKind* ck = supports ? kind.support(c.type) : kind.load(c.type);
        if (!ck) continue; // reported by the study check
        if (ck->select != SelectRule::Required) continue;
        const auto* faces = c.select ? std::get_if<std::vector<FaceRef>>(&c.select->value)
                                     : nullptr;
        if (!c.select || (faces && faces->empty())) {
            out.add(Severity::Error, "study.no_faces",
                    "'" + displayName(c) + "' has no faces selected", path, {displayName(c)});
            continue;
        }
        if (!faces || known.empty()) continue;
        for (const FaceRef& f : *faces)
            if (!known.contains(f.part)) {
                out.add(Severity::Error, "study.unknown_part",
                        "'" + displayName(c) + "' refers to part '" + f.part +
                            "', which is not in the model",
                        path, {displayName(c), f.part});
                break;
            }
    }
}

bool anyActive(const std::vector<Condition>& items, auto predicate) {
    return std::any_of(items.begin(), items.end(),
                       [&](const Condition& c) { return !c.suppressed && predicate(c); });
}

} // namespace

std::vector<StudyProblem> studyProblems(const Study& study, const std::vector<ModelPart>& parts) {
    Collector out;
    const AnalysisKind* kind = findAnalysis(study.analysis);
    if (!kind) {
        out.add(Severity::Error, "study.unknown_analysis",
                "unknown analysis '" + study.analysis + "'", "analysis", {study.analysis});
        return out.take();
    }
    if (parts.empty())
        out.add(Severity::Error, "study.no_geometry", "no geometry: open a model first",
                "geometry");

    // Field values the study format refuses (a negative coefficient, Poisson's ratio 0.5, ...):
    // the study reader is the one place that knows them.
    Study check = study;
    if (check.geometryFile.empty()) check.geometryFile = "model";
    if (auto parsed = studyFromJson(studyToJson(check)); !parsed) {
        const core::Error& e = parsed.error();
        out.add(Severity::Error, e.id, e.toString(), e.context, e.args);
    }

    const bool holdsAny =
        anyActive(study.supports, [](const Condition&) { return true; }) ||
        anyActive(study.loads, [&](const Condition& c) {
            const ConditionKind* ck = kind->load(c.type);
            return ck && ck->holdsModel;
        });
    if (!holdsAny) {
        if (kind->op == OperatorKind::Elasticity)
            out.add(Severity::Error, "study.no_support", "no support: the model can move freely",
                    "supports");
        else
            out.add(Severity::Error, "study.no_temperature",
                    "no temperature or convection: the temperature level is undetermined",
                    "supports");
    }
    if (!anyActive(study.loads, [](const Condition&) { return true; }) &&
        kind->op == OperatorKind::Elasticity)
        out.add(Severity::Warning, "study.no_load", "no load: the result will be zero", "loads");

    std::set<std::string, std::less<>> known;
    for (const ModelPart& p : parts) {
        known.insert(p.path);
        known.insert(p.name);
    }
    std::set<std::string> reported;
    for (const ModelPart& p : parts)
        if (!hasMaterial(study, p) && reported.insert(p.path).second)
            out.add(Severity::Error, "study.part_without_material",
                    "part '" + p.path + "' has no material", "materials", {p.path});
    checkSelections(study.supports, "supports", *kind, true, known, out);
    checkSelections(study.loads, "loads", *kind, false, known, out);
    return out.take();
}

bool canSolve(const std::vector<StudyProblem>& problems) {
    return std::none_of(problems.begin(), problems.end(),
                        [](const StudyProblem& p) { return p.severity == Severity::Error; });
}

} // namespace wb::sim
