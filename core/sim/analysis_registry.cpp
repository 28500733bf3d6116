// The list of analyses. Adding an analysis: one file under analyses/ and one line below.
#include "analysis.h"

#include "analyses/analyses.h"

namespace wb::sim {

const std::vector<const AnalysisKind*>& analyses() {
    static const std::vector<const AnalysisKind*> list = {
        &staticStructuralAnalysis(),
        &steadyThermalAnalysis(),
    };
    return list;
}

const AnalysisKind* findAnalysis(std::string_view name) {
    for (const AnalysisKind* a : analyses())
        if (a->name == name) return a;
    return nullptr;
}

core::Result<const AnalysisKind*> analysisNamed(std::string_view name, const std::string& field) {
    if (const AnalysisKind* a = findAnalysis(name)) return a;
    std::string known;
    for (const AnalysisKind* a : analyses())
        known += (known.empty() ? "" : ", ") + a->name;
    const std::string what = "unknown analysis '" + std::string(name) + "' (known: " + known + ")";
    return core::fail(core::ErrorCode::InvalidArgument, "study.invalid_field", what, field,
                      {field, what});
}

namespace {
const ConditionKind* findKind(const std::vector<ConditionKind>& kinds, std::string_view type) {
    for (const ConditionKind& k : kinds)
        if (k.type == type) return &k;
    return nullptr;
}
} // namespace

const ConditionKind* AnalysisKind::support(std::string_view type) const {
    return findKind(supports, type);
}

const ConditionKind* AnalysisKind::load(std::string_view type) const {
    return findKind(loads, type);
}

const FieldSpec* AnalysisKind::field(std::string_view fieldName) const {
    for (const FieldSpec& f : fields)
        if (f.name == fieldName) return &f;
    return nullptr;
}

} // namespace wb::sim
