#pragma once
/// A result summary in the user's words: field extremes, probe values and points in the user's
/// unit system and locale, the solve's status, errors reading result.json, and the out-of-date
/// marker shared by the study tree and the Jobs dock. Any thread for the texts (they use the
/// translators installed at the time); the icon on the GUI thread.

#include "core/model/result.h"
#include "core/sim/result_summary.h"
#include "core/sim/unit_system.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QString>

#include <vector>

namespace wb::app {

class ResultText {
    Q_DECLARE_TR_FUNCTIONS(ResultText)
public:
    /// "Von Mises stress, maximum: 61.23 MPa at (100, 0, 10) mm".
    static QString extreme(const sim::ResultSummary& summary, const sim::FieldExtreme& e,
                           bool maximum, sim::UnitSystem system, const QLocale& locale, int digits);
    /// A field's value: "61.23 MPa", or its components "(0, 0, -1.9) mm"; its quantity is the
    /// one the analysis declares for the field.
    static QString value(const sim::ResultSummary& summary, const std::string& field,
                         const std::vector<double>& values, sim::UnitSystem system,
                         const QLocale& locale, int digits);
    /// "Von Mises stress: 1.2 MPa", a probe's value of one field.
    static QString probeValue(const sim::ResultSummary& summary, const std::string& field,
                              const std::vector<double>& values, sim::UnitSystem system,
                              const QLocale& locale, int digits);
    /// One value of a support's reaction: its label ("Force"), the value in the user's units
    /// ("(0, 0, 1000) N") and a stable key ("force", "moment", "heat_flow").
    struct ReactionValue {
        QString label, value, key;
    };
    /// "Reaction at root": the support's name, or its type's name when it has none.
    static QString reactionTitle(const sim::SupportReaction& reaction);
    /// The force and moment of a structural result's support, the heat flow of a thermal one;
    /// a value that is not finite is left out, components shown withoutResidue().
    static std::vector<ReactionValue> reactionValues(const sim::ResultSummary& summary,
                                                     const sim::SupportReaction& reaction,
                                                     sim::UnitSystem system, const QLocale& locale,
                                                     int digits);
    /// Below this fraction of a vector's largest component, a component is the solver's residue.
    static constexpr double kResidue = 1e-8;
    /// `v` with the components below kResidue of its largest one set to zero (a reaction's
    /// (-1.1e-8, 9e-8, 5223) N is shown as (0, 0, 5223) N).
    static sim::Point3 withoutResidue(const sim::Point3& v);
    /// A probe's name, or "Probe N" (from 1) when it has none.
    static QString probeName(const sim::ProbeResult& probe, int index);
    /// A point in metres as "(100, 0, 10) mm" in the system's length unit ("; " between the
    /// coordinates where the locale's decimal separator is a comma).
    static QString point(const sim::Point3& p, sim::UnitSystem system, const QLocale& locale,
                         int digits);
    /// "Converged", "Not converged", ...
    static QString status(const std::string& status);
    /// Why a result summary cannot be shown (errors of sim::loadResultSummary).
    static QString error(const core::Error& error);
    /// The tooltip of the out-of-date marker.
    static QString outOfDateToolTip();
    /// The marker's short text, "out of date".
    static QString outOfDate();
    /// The out-of-date marker's icon.
    static QIcon outOfDateIcon();
};

} // namespace wb::app
