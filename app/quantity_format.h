#pragma once
/// Values with units as users read and type them: the locale's decimal separator, an optional
/// unit typed with the value ("2,5 mm", "210 GPa", "20 °C"), the user's unit system. Values are
/// SI inside. Text that another locale would read differently is refused with a hint, never
/// guessed: "2.5" in a German session, "2,500" in an English one. Pure functions; any thread
/// (the messages use the translators installed at the time).

#include "core/sim/unit_system.h"

#include <QLocale>
#include <QString>

#include <expected>

namespace wb::app {

/// The SI value read from a text, or a translated message that says what is wrong with it and
/// how to write it.
using QuantityParse = std::expected<double, QString>;

/// Reads `text` as a value of `q`: a number in `locale` (its decimal separator, no group
/// separators, an optional exponent "2,1e11"), then an optional unit of `q` (any of
/// sim::acceptedUnits(q)); without a unit the number is in the display unit of `system`.
/// Refused: empty text, NaN, infinities, garbage, the other decimal separator ("2.5" under a
/// decimal comma), group separators ("2.500", "1 000"), a unit of another quantity, an unknown
/// unit, an absolute temperature below absolute zero.
QuantityParse parseQuantity(const QString& text, sim::Quantity q, const QLocale& locale,
                            sim::UnitSystem system);

/// `si` in the display unit of `q` under `system` with `significantDigits` significant digits
/// and the locale's decimal separator, without group separators and with an ASCII exponent
/// where one is needed ("2,5 mm", "12345,6 N", "2,1e11 Pa"); what parseQuantity reads back.
QString formatQuantity(double si, sim::Quantity q, const QLocale& locale, sim::UnitSystem system,
                       int significantDigits = 6);
/// A plain number formatted as formatQuantity() does it, without a unit.
QString formatNumber(double value, const QLocale& locale, int significantDigits = 6);

/// The display unit of `q` under `system` as shown ("mm", "W/(m²·K)"); empty for Dimensionless.
QString unitSymbol(sim::Quantity q, sim::UnitSystem system);
/// The translated name of a quantity ("pressure").
QString quantityName(sim::Quantity q);
/// The translated name of a unit system with its main units ("SI (m, N, Pa, K)").
QString unitSystemName(sim::UnitSystem system);

} // namespace wb::app
