#pragma once
/// Editing a user material: one line edit per property in the browser's units, read with the
/// user's locale and range-checked. Kept apart so that the quantity editor can replace it.

#include "core/sim/material_library.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace wb::app {

/// One numeric property of a material as the GUI shows it: value = SI value / scale.
struct MaterialField {
    double sim::Material::*member = nullptr;
    double scale = 1;
    bool required = true;   ///< an optional one may be empty (0 = not given)
    bool positive = false;  ///< must be above 0 (else: not negative)
    bool belowHalf = false; ///< must be below 0.5 (Poisson's ratio)
    QString objectName;     ///< of its editor's line edit
    QString label;          ///< translated
    QString unit;           ///< shown unit, empty for a ratio
};

/// The translated, plural name of a category ("Steels", "Polymers").
QString materialCategoryName(sim::MaterialCategory category);

/// The numeric properties in display order, labels translated now.
QList<MaterialField> materialFields();

/// The locale for numbers shown to the user: QLocale() without group separators, and reading
/// refuses them ("2,5" in English is an error, never 25).
QLocale materialNumberLocale();

/// `field`'s value of `m` as shown: `digits` significant digits, or "–" when 0 and optional.
QString formatMaterialValue(const sim::Material& m, const MaterialField& field, int digits = 6);

/// Shows a modal editor filled from `initial` and returns the material the user accepted, or
/// nullopt when cancelled. `check` is asked before the editor closes (an id already in use,
/// ...): it returns an error text to show, or an empty string to accept.
std::optional<sim::LibraryMaterial>
editUserMaterial(QWidget* parent, const QString& title, const sim::LibraryMaterial& initial,
                 const std::function<QString(const sim::LibraryMaterial&)>& check);

} // namespace wb::app
