#include "study_text.h"

#include "preferences.h"
#include "quantity_format.h"

namespace wb::app {

namespace {
QString arg(const sim::StudyProblem& p, std::size_t i) {
    return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString();
}

/// Argument `i` (a number written by core) as a length in the user's units.
QString lengthArg(const sim::StudyProblem& p, std::size_t i) {
    bool ok = false;
    const double v = arg(p, i).toDouble(&ok); // core writes C numbers
    return ok ? formatQuantity(v, sim::Quantity::Length, QLocale(), Preferences::unitSystem(), 3)
              : arg(p, i);
}

/// Argument `i` (a number written by core) in the user's locale.
QString numberArg(const sim::StudyProblem& p, std::size_t i) {
    bool ok = false;
    const double v = arg(p, i).toDouble(&ok);
    return ok ? formatNumber(v, QLocale(), 3) : arg(p, i);
}
} // namespace

QString StudyText::analysisName(const std::string& a) {
    if (a == "static_structural") return tr("Static structural");
    if (a == "steady_thermal") return tr("Steady-state thermal");
    return QString::fromStdString(a);
}

QString StudyText::conditionTypeName(const std::string& t) {
    if (t == "fixed") return tr("Fixed support");
    if (t == "frictionless") return tr("Frictionless support");
    if (t == "displacement") return tr("Prescribed displacement");
    if (t == "force") return tr("Force");
    if (t == "pressure") return tr("Pressure");
    if (t == "gravity") return tr("Gravity");
    if (t == "fixed_temperature") return tr("Fixed temperature");
    if (t == "heat_flux") return tr("Heat flux");
    if (t == "convection") return tr("Convection");
    if (t == "heat_source") return tr("Heat source");
    return QString::fromStdString(t);
}

QString StudyText::parameterName(const std::string& k) {
    if (k == "vector") return tr("Vector");
    if (k == "value") return tr("Value");
    if (k == "components") return tr("Components");
    if (k == "temperature") return tr("Temperature");
    if (k == "coefficient") return tr("Film coefficient");
    if (k == "ambient_temperature") return tr("Ambient temperature");
    return QString::fromStdString(k);
}

QString StudyText::componentName(const std::string& m) {
    return QString::fromStdString(m).toUpper();
}

QString StudyText::fieldName(const std::string& f) {
    if (f == "displacement") return tr("Displacement");
    if (f == "von_mises") return tr("Von Mises stress");
    if (f == "principal_stress") return tr("Principal stress");
    if (f == "safety_factor") return tr("Safety factor");
    if (f == "temperature") return tr("Temperature");
    if (f == "heat_flux") return tr("Heat flux");
    return QString::fromStdString(f);
}

QString StudyText::conditionName(const sim::Condition& c) {
    return c.name.empty() ? conditionTypeName(c.type) : QString::fromStdString(c.name);
}

QString StudyText::problem(const sim::StudyProblem& p) {
    const std::string& id = p.id;
    if (id == "study.no_geometry") return tr("No geometry: open a model first.");
    if (id == "study.no_support") return tr("No support: the model can move freely.");
    if (id == "study.no_temperature")
        return tr("No temperature and no convection: the temperature level is undetermined.");
    if (id == "study.no_load") return tr("No load: the result will be zero.");
    if (id == "study.part_without_material") return tr("Part '%1' has no material.").arg(arg(p, 0));
    if (id == "study.no_faces") return tr("'%1' has no faces selected.").arg(arg(p, 0));
    if (id == "study.unknown_part")
        return tr("'%1' refers to part '%2', which is not in the model.").arg(arg(p, 0), arg(p, 1));
    if (id == "study.unknown_analysis") return tr("Unknown analysis '%1'.").arg(arg(p, 0));
    if (id == "study.thin_wall")
        return tr("Part '%1' has walls about %2 voxels (%3) thick, thinner than three voxels: the "
                  "voxel model makes them too stiff or loses them. A voxel size of %4 or less "
                  "resolves them.")
            .arg(arg(p, 0), numberArg(p, 1), lengthArg(p, 2), lengthArg(p, 3));
    if (id == "study.part_lost")
        return tr("Part '%1' is smaller than one voxel and is left out of the model: use a "
                  "smaller voxel size.")
            .arg(arg(p, 0));
    if (id == "study.invalid_field")
        return tr("%1: %2").arg(arg(p, 0), arg(p, 1));
    return QString::fromStdString(p.message);
}

} // namespace wb::app
