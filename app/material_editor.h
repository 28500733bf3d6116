#pragma once
/// Editing a user material: one quantity editor per property, in the user's unit system, read
/// with the user's locale and any unit of the property ("210 GPa", "7,85 g/cm³") and
/// range-checked.

#include "core/sim/material_library.h"
#include "core/sim/unit_system.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace wb::app {

/// One numeric property of a material as the GUI shows it: in the user's unit system
/// (Preferences::unitSystem()), read with the user's locale and any unit of its quantity.
struct MaterialField {
    double sim::Material::*member = nullptr;
    sim::Quantity quantity = sim::Quantity::Dimensionless;
    bool required = true;   ///< an optional one may be empty (0 = not given)
    bool positive = false;  ///< must be above 0 (else: not negative)
    bool belowHalf = false; ///< must be below 0.5 (Poisson's ratio)
    QString objectName;     ///< of its editor
    QString label;          ///< translated
};

/// The translated, plural name of a category ("Steels", "Polymers").
QString materialCategoryName(sim::MaterialCategory category);

/// The numeric properties in display order, labels translated now.
QList<MaterialField> materialFields();

/// The locale for numbers shown to the user: QLocale() without group separators.
QLocale materialNumberLocale();

/// `field`'s value of `m` as a number in the display unit of `system` with `digits`
/// significant digits, or "–" when 0 and optional.
QString formatMaterialValue(const sim::Material& m, const MaterialField& field,
                            sim::UnitSystem system, int digits = 6);

/// Shows a modal editor filled from `initial` and returns the material the user accepted, or
/// nullopt when cancelled. `check` is asked before the editor closes (an id already in use,
/// ...): it returns an error text to show, or an empty string to accept.
std::optional<sim::LibraryMaterial>
editUserMaterial(QWidget* parent, const QString& title, const sim::LibraryMaterial& initial,
                 const std::function<QString(const sim::LibraryMaterial&)>& check);

} // namespace wb::app
