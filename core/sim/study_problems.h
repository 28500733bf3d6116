#pragma once
/// What keeps a study from running, in the user's terms: checked as the study is edited, before
/// anything is voxelized. Each problem is a message id with arguments (translated at the edge)
/// and the study item it belongs to, so an editor can point at it.

#include "study.h"

#include <string>
#include <vector>

namespace wb::sim {

/// One placed part of the model, as a study names it.
struct ModelPart {
    std::string path; ///< unique instance path ("Assembly/Bolt#2")
    std::string name; ///< the part's own name ("Bolt")
};

struct StudyProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string id;                ///< message id, e.g. "study.no_support"
    std::vector<std::string> args; ///< its arguments
    std::string message;           ///< English, for logs
    std::string item;              ///< the item's field path ("supports[1]"), "" for the study
};

/// Every problem of `study` on a model of `parts` (empty: no geometry is open), errors first.
/// A study with no Error can be solved. Any thread.
std::vector<StudyProblem> studyProblems(const Study& study, const std::vector<ModelPart>& parts);

/// True when none of `problems` is an Error.
bool canSolve(const std::vector<StudyProblem>& problems);

} // namespace wb::sim
