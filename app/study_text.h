#pragma once
/// Translated names for the study's registry ids (analyses, support and load types,
/// parameters, result fields) and the text of study problems.

#include "core/sim/study_problems.h"

#include <QCoreApplication>
#include <QString>

namespace wb::app {

class StudyText {
    Q_DECLARE_TR_FUNCTIONS(StudyText)
public:
    static QString analysisName(const std::string& analysis);
    static QString conditionTypeName(const std::string& type);
    static QString parameterName(const std::string& key);
    static QString componentName(const std::string& member);
    static QString fieldName(const std::string& field);
    /// The problem in the user's words ("No support: the model can move freely.").
    static QString problem(const sim::StudyProblem& problem);
    /// A support's or load's name, or its translated type when it has none.
    static QString conditionName(const sim::Condition& c);
};

} // namespace wb::app
