// Study problems (what keeps a study from running) and `suppressed` items.
#include "sim_check.h"

#include "core/sim/study_problems.h"

#include <algorithm>

using namespace wb::sim;

namespace {

const std::vector<ModelPart> kParts = {{"Assembly/Shaft", "Shaft"}, {"Assembly/Bolt", "Bolt"},
                                       {"Assembly/Bolt#2", "Bolt"}};

Study baseStudy() {
    Study s;
    s.name = "t";
    s.geometryFile = "model.step";
    s.targetVoxels = 100000;
    s.materials.push_back({"*", "structural_steel", {}});
    Condition fixed;
    fixed.name = "Root";
    fixed.type = "fixed";
    fixed.select = Selector{std::vector<FaceRef>{{"Assembly/Shaft", 1}}};
    s.supports.push_back(fixed);
    Condition force;
    force.name = "Tip";
    force.type = "force";
    force.setVector("vector", {0, 0, -100});
    force.select = Selector{std::vector<FaceRef>{{"Assembly/Bolt#2", 4}}};
    s.loads.push_back(force);
    return s;
}

bool has(const std::vector<StudyProblem>& list, const std::string& id,
         const std::string& item = "*") {
    return std::any_of(list.begin(), list.end(), [&](const StudyProblem& p) {
        return p.id == id && (item == "*" || p.item == item);
    });
}

void dump(const std::vector<StudyProblem>& list) {
    for (const StudyProblem& p : list)
        std::cerr << "  " << p.id << " [" << p.item << "] " << p.message << "\n";
}

} // namespace

int main() {
    {
        const auto ok = studyProblems(baseStudy(), kParts);
        if (!ok.empty()) dump(ok);
        SIM_CHECK(ok.empty());
        SIM_CHECK(canSolve(ok));
    }
    {   // no geometry open
        const auto p = studyProblems(baseStudy(), {});
        SIM_CHECK(has(p, "study.no_geometry", "geometry"));
        SIM_CHECK(!canSolve(p));
    }
    {   // no support: the model can move freely; suppressing the only support counts as none
        Study s = baseStudy();
        s.supports[0].suppressed = true;
        const auto p = studyProblems(s, kParts);
        SIM_CHECK(has(p, "study.no_support", "supports"));
        SIM_CHECK(!canSolve(p));
        s.supports.clear();
        SIM_CHECK(has(studyProblems(s, kParts), "study.no_support"));
    }
    {   // a part without material names the part; a glob that matches by part name covers it
        Study s = baseStudy();
        s.materials = {{"Assembly/Shaft", "structural_steel", {}}};
        auto p = studyProblems(s, kParts);
        SIM_CHECK(has(p, "study.part_without_material"));
        const auto it = std::find_if(p.begin(), p.end(), [](const StudyProblem& q) {
            return q.id == "study.part_without_material";
        });
        SIM_CHECK(it != p.end() && it->args.size() == 1 && it->args[0] == "Assembly/Bolt");
        s.materials.push_back({"Bolt", "aluminium_6061_t6", {}});
        p = studyProblems(s, kParts);
        SIM_CHECK(!has(p, "study.part_without_material"));
    }
    {   // a support with no faces, and one naming a part the model lacks
        Study s = baseStudy();
        s.supports[0].select = Selector{std::vector<FaceRef>{}};
        SIM_CHECK(has(studyProblems(s, kParts), "study.no_faces", "supports[0]"));
        s.supports[0].select = Selector{std::vector<FaceRef>{{"Assembly/Gone", 0}}};
        SIM_CHECK(has(studyProblems(s, kParts), "study.unknown_part", "supports[0]"));
        // a suppressed load is not checked
        s.supports[0].select = Selector{std::vector<FaceRef>{{"Assembly/Shaft", 0}}};
        s.loads[0].select = Selector{std::vector<FaceRef>{}};
        SIM_CHECK(has(studyProblems(s, kParts), "study.no_faces", "loads[0]"));
        s.loads[0].suppressed = true;
        const auto p = studyProblems(s, kParts);
        SIM_CHECK(!has(p, "study.no_faces"));
        SIM_CHECK(has(p, "study.no_load") && canSolve(p)); // a warning only
    }
    {   // values the study format refuses come back with their field path
        Study s = baseStudy();
        MaterialAssignment custom;
        custom.parts = "Bolt";
        custom.inlineMaterial = Material{"Rubber", 1e6, 0.5, 1100, 1e6, 0.2};
        s.materials.push_back(custom);
        const auto p = studyProblems(s, kParts);
        SIM_CHECK(has(p, "study.invalid_field", "materials[1].material.poisson_ratio"));
    }
    {   // thermal: convection alone fixes the temperature level
        Study s = baseStudy();
        s.analysis = "steady_thermal";
        s.supports.clear();
        s.loads.clear();
        SIM_CHECK(has(studyProblems(s, kParts), "study.no_temperature"));
        Condition conv;
        conv.type = "convection";
        conv.setScalar("coefficient", 10);
        conv.setScalar("ambient_temperature", 293.15);
        conv.select = Selector{std::vector<FaceRef>{{"Assembly/Shaft", 2}}};
        s.loads.push_back(conv);
        const auto p = studyProblems(s, kParts);
        if (!p.empty()) dump(p);
        SIM_CHECK(canSolve(p) && !has(p, "study.no_temperature"));
    }
    {   // unknown analysis
        Study s = baseStudy();
        s.analysis = "modal";
        SIM_CHECK(has(studyProblems(s, kParts), "study.unknown_analysis", "analysis"));
    }
    {   // `suppressed` round-trips through the study format, and only when set
        Study s = baseStudy();
        s.loads[0].suppressed = true;
        s.probes.push_back({"p", {0, 0, 0}, true});
        const std::string text = dumpJson(studyToJson(s));
        auto back = parseStudy(text);
        SIM_CHECK(back && back->loads[0].suppressed && !back->supports[0].suppressed &&
                  back->probes[0].suppressed);
        SIM_CHECK(dumpJson(studyToJson(baseStudy())).find("suppressed") == std::string::npos);
        std::string bad = text;
        bad.replace(bad.find("\"suppressed\": true"), 18, "\"suppressed\": 1");
        auto refused = parseStudy(bad);
        SIM_CHECK(!refused && refused.error().context == "loads[0].suppressed");
    }
    return simtest::failures() ? 1 : 0;
}
