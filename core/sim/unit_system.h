#pragma once
/// Unit systems: the unit each quantity is shown in (mm-N-MPa-°C, SI, inch-lbf-psi-°F) and the
/// units a user may type for it. Values stay SI inside; these tables convert at the edges.
/// Numbers (decimal separators, locales) are the GUI's business: this is plain C++ that the
/// solver-only build compiles too. Tables are static and immutable; any thread.

#include "quantity.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wb::sim {

/// What the GUI shows values in. New systems are appended.
enum class UnitSystem {
    MillimetreNewtonMegapascal, ///< mm, N, MPa, °C (the default)
    SI,                         ///< m, N, Pa, K
    InchPound,                  ///< in, lbf, psi, °F
};
inline constexpr UnitSystem kDefaultUnitSystem = UnitSystem::MillimetreNewtonMegapascal;
inline constexpr UnitSystem kUnitSystems[] = {UnitSystem::MillimetreNewtonMegapascal,
                                              UnitSystem::SI, UnitSystem::InchPound};

/// A unit of one quantity: `si = value * factor + offset`.
struct Unit {
    const char* symbol = "";  ///< as shown, UTF-8 ("mm", "°C", "W/(m²·K)"); "" when none
    double factor = 1;        ///< SI per unit
    double offset = 0;        ///< the SI value at 0 (absolute temperatures only)
    const char* aliases = ""; ///< further spellings accepted when typed, separated by '|'
};

/// A stable name for settings and files: "mm_n_mpa_c", "si", "in_lbf_psi_f".
const char* unitSystemKey(UnitSystem s);
/// The system named `key` (as unitSystemKey); nullopt when none is.
std::optional<UnitSystem> unitSystemFromKey(std::string_view key);

/// The unit `q` is shown in under `s`.
const Unit& displayUnit(Quantity q, UnitSystem s);
/// Every unit typed text may name for `q`, the SI unit first; each system's display unit is
/// among them. Dimensionless has one unit without a symbol.
std::span<const Unit> acceptedUnits(Quantity q);

/// The canonical form of a unit spelling that findUnit() compares: no spaces, parentheses,
/// multiplication dots or carets; "²" "³" as digits, "µ"/"μ" as "u", "°"/"º"/"deg" as "deg",
/// "℃" "℉" spelled out, "Btu" as "BTU", "hr" as "h". Case is kept ("mm" is not "Mm").
std::string normaliseUnitText(std::string_view text);
/// The unit of `q` that `text` spells (symbol or alias, compared after normaliseUnitText);
/// nullptr when `q` has none. Empty text finds nothing (not even Dimensionless' unit).
const Unit* findUnit(Quantity q, std::string_view text);
/// A unit of `q` that `text` spells when case is ignored, if exactly one does (for a hint such
/// as "did you mean MPa?"); nullptr otherwise.
const Unit* suggestUnit(Quantity q, std::string_view text);
/// The first quantity with a unit spelled `text` (to say that "kN" is a force, not a
/// pressure); nullopt when no quantity has one.
std::optional<Quantity> quantityOfUnit(std::string_view text);

/// `value` in unit `u` as SI.
inline double toSi(double value, const Unit& u) {
    return value * u.factor + u.offset;
}
/// An SI value in unit `u`.
inline double fromSi(double si, const Unit& u) {
    return (si - u.offset) / u.factor;
}
/// `value` in the display unit of `q` under `s` as SI.
double toSi(double value, Quantity q, UnitSystem s);
/// An SI value of `q` in its display unit under `s`.
double fromSi(double si, Quantity q, UnitSystem s);

} // namespace wb::sim
