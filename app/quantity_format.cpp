#include "quantity_format.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace wb::app {

using sim::Quantity;
using sim::UnitSystem;

/// Translation context of the messages below.
class QuantityText {
    Q_DECLARE_TR_FUNCTIONS(QuantityText)
public:
    static QString readNumber(const QString& number, const QLocale& locale, QString& cText);
    static QString readUnit(const QString& unit, Quantity q, const sim::Unit*& found);
};

namespace {

constexpr QChar kMinus(0x2212);

bool isDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// What people put between digit groups besides '.' and ',': spaces of every width, apostrophes.
bool isGroupMark(QChar c) {
    return c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019);
}

QString unitText(const sim::Unit& u) {
    return QString::fromUtf8(u.symbol);
}

// The display units of `q` in every system, each once ("MPa, Pa, psi").
QString exampleUnits(Quantity q) {
    QStringList units;
    for (UnitSystem s : sim::kUnitSystems)
        if (!units.contains(unitText(sim::displayUnit(q, s))))
            units << unitText(sim::displayUnit(q, s));
    return units.join(QStringLiteral(", "));
}

// The digits of `digits` with `decimal` spelled as `localeDecimal`; other separators dropped.
QString rewritten(const QString& digits, QChar decimal, const QString& localeDecimal) {
    QString out;
    for (QChar c : digits) {
        if (c == decimal)
            out += localeDecimal;
        else if (isDigit(c))
            out += c;
    }
    return out;
}

// "2,500" -> "2,5", "2,000" -> "2".
QString withoutTrailingZeros(QString number, const QString& decimal) {
    if (!number.contains(decimal)) return number;
    while (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(decimal)) number.chop(decimal.size());
    return number;
}

// Whether `sep` in `m` separates digit groups: one to three digits first (not a lone 0), then
// exactly three digits after each `sep`.
bool looksGrouped(const QString& m, QChar sep) {
    const qsizetype first = m.indexOf(sep);
    if (first < 1 || first > 3 || (first == 1 && m[0] == QLatin1Char('0'))) return false;
    for (qsizetype at = first; at >= 0; at = m.indexOf(sep, at + 1)) {
        qsizetype digits = 0;
        while (at + 1 + digits < m.size() && isDigit(m[at + 1 + digits]))
            ++digits;
        if (digits != 3 || (at + 4 < m.size() && m[at + 4] != sep)) return false;
    }
    return true;
}

} // namespace

// Checks the mantissa `number` (digits and separators, no sign or exponent) against `locale`;
// on success sets `cText` to its C spelling and returns an empty string, else the message.
QString QuantityText::readNumber(const QString& number, const QLocale& locale, QString& cText) {
    const QString decimal = locale.decimalPoint();
    const QChar dec = decimal.size() == 1 ? decimal[0] : QLatin1Char('.');
    if (std::any_of(number.begin(), number.end(), isGroupMark)) {
        QString plain = number;
        plain.removeIf(isGroupMark);
        QString ignored;
        const QString error = readNumber(plain, locale, ignored);
        return error.isEmpty() ? tr("Write numbers without group separators: %1.").arg(plain)
                               : error;
    }
    QList<QChar> foreign; // separators that are not the locale's decimal separator
    for (QChar c : {QLatin1Char('.'), QLatin1Char(',')})
        if (c != dec && number.contains(c)) foreign << c;
    if (!foreign.isEmpty()) {
        // The last separator is the decimal one in every convention that has two.
        const qsizetype lastDec = number.lastIndexOf(dec);
        qsizetype lastForeign = -1;
        for (QChar c : foreign)
            lastForeign = std::max(lastForeign, number.lastIndexOf(c));
        if (lastDec >= 0 || foreign.size() > 1) {
            const QChar decimalMeant = lastDec > lastForeign ? dec : number[lastForeign];
            return decimalMeant == dec
                       ? tr("Write numbers without group separators: %1.")
                             .arg(rewritten(number, dec, decimal))
                       : tr("Write numbers without group separators and with "
                            "“%1” as decimal separator: %2.")
                             .arg(decimal, rewritten(number, decimalMeant, decimal));
        }
        const QChar sep = foreign.first();
        if (looksGrouped(number, sep)) {
            if (number.count(sep) > 1)
                return tr("Write numbers without group separators: %1.")
                    .arg(rewritten(number, dec, decimal));
            return tr("“%1” is ambiguous: write %2 or %3, without group separators.")
                .arg(number, rewritten(number, dec, decimal),
                     withoutTrailingZeros(rewritten(number, sep, decimal), decimal));
        }
        if (number.count(sep) > 1) return tr("“%1” is not a number.").arg(number);
        const QString fixed = rewritten(number, sep, decimal);
        if (dec == QLatin1Char(',')) return tr("Use a comma as decimal separator: %1.").arg(fixed);
        if (dec == QLatin1Char('.')) return tr("Use a point as decimal separator: %1.").arg(fixed);
        return tr("Use “%1” as decimal separator: %2.").arg(decimal, fixed);
    }
    if (number.count(dec) > 1) return tr("“%1” is not a number.").arg(number);
    cText = rewritten(number, dec, QStringLiteral("."));
    return {};
}

// Finds `unit` among the units of `q`; returns the message when it is none of them.
QString QuantityText::readUnit(const QString& unit, Quantity q, const sim::Unit*& found) {
    const std::string text = unit.toStdString();
    found = sim::findUnit(q, text);
    if (found) return {};
    if (q == Quantity::Dimensionless) return tr("This value takes no unit: remove “%1”.").arg(unit);
    if (const auto other = sim::quantityOfUnit(text); other && *other != q)
        return tr("“%1” is a unit of %2, not of %3; use, for example, %4.")
            .arg(unit, quantityName(*other), quantityName(q), exampleUnits(q));
    if (const sim::Unit* close = sim::suggestUnit(q, text))
        return tr("Unknown unit “%1”; did you mean %2?").arg(unit, unitText(*close));
    return tr("Unknown unit “%1” for %2; use, for example, %3.")
        .arg(unit, quantityName(q), exampleUnits(q));
}

namespace {

// The leading number of `t`: sign, mantissa (digits and separators; spaces and apostrophes
// only between digits) and exponent; `end` is where the unit starts.
struct NumberText {
    bool negative = false;
    qsizetype start = 0; ///< of the mantissa, after the sign
    QString mantissa;
    QString exponent; ///< "e-5" or empty
    qsizetype end = 0;
};

NumberText scanNumber(const QString& t, const QLocale& locale) {
    NumberText n;
    qsizetype i = 0;
    if (t[0] == QLatin1Char('+')) {
        i = 1;
    } else if (t[0] == QLatin1Char('-') || t[0] == kMinus) {
        n.negative = true;
        i = 1;
    } else if (!locale.negativeSign().isEmpty() && t.startsWith(locale.negativeSign())) {
        n.negative = true;
        i = locale.negativeSign().size();
    }
    const QString decimal = locale.decimalPoint();
    const qsizetype start = n.start = i;
    while (i < t.size()) {
        const QChar c = t[i];
        if (isDigit(c) || c == QLatin1Char('.') || c == QLatin1Char(',') ||
            (decimal.size() == 1 && c == decimal[0])) {
            ++i;
        } else if (isGroupMark(c) && i > start) {
            qsizetype j = i;
            while (j < t.size() && isGroupMark(t[j]))
                ++j;
            // Digits after a space are a unit when they spell one ("1/K").
            if (j == t.size() || !isDigit(t[j]) ||
                sim::quantityOfUnit(t.mid(j).trimmed().toStdString()))
                break;
            i = j;
        } else {
            break;
        }
    }
    n.mantissa = t.mid(start, i - start);
    // An exponent: e or E, an optional sign, digits.
    if (i < t.size() && (t[i] == QLatin1Char('e') || t[i] == QLatin1Char('E'))) {
        qsizetype j = i + 1;
        QString sign;
        if (j < t.size() &&
            (t[j] == QLatin1Char('+') || t[j] == QLatin1Char('-') || t[j] == kMinus)) {
            sign = t[j] == QLatin1Char('+') ? QString() : QStringLiteral("-");
            ++j;
        }
        const qsizetype digits = j;
        while (j < t.size() && isDigit(t[j]))
            ++j;
        if (j > digits) {
            n.exponent = QLatin1Char('e') + sign + t.mid(digits, j - digits);
            i = j;
        }
    }
    n.end = i;
    return n;
}

} // namespace

QuantityParse parseQuantity(const QString& text, Quantity q, const QLocale& locale,
                            UnitSystem system) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::unexpected(q == Quantity::Dimensionless
                                   ? QuantityText::tr("The value is empty: enter a number.")
                                   : QuantityText::tr("The value is empty: enter a number, optionally "
                                            "with a unit such as %1.")
                                         .arg(unitSymbol(q, system)));
    const NumberText n = scanNumber(t, locale);
    if (!std::any_of(n.mantissa.begin(), n.mantissa.end(), isDigit)) {
        static const QStringList kNonFinite = {QStringLiteral("nan"), QStringLiteral("inf"),
                                               QStringLiteral("infinity"), QStringLiteral("∞")};
        const QString word = t.mid(n.start).section(QLatin1Char(' '), 0, 0).toLower();
        if (kNonFinite.contains(word))
            return std::unexpected(QuantityText::tr("“%1” is not a finite number.").arg(t));
        return std::unexpected(QuantityText::tr("“%1” is not a number.").arg(t));
    }
    QString cText;
    if (QString error = QuantityText::readNumber(n.mantissa, locale, cText); !error.isEmpty())
        return std::unexpected(error);
    const std::string c =
        ((n.negative ? QStringLiteral("-") : QString()) + cText + n.exponent).toStdString();
    double number = 0;
    const auto [end, ec] = std::from_chars(c.data(), c.data() + c.size(), number);
    if (ec == std::errc::result_out_of_range)
        return std::unexpected(QuantityText::tr("“%1” is out of range.").arg(t.left(n.end)));
    if (ec != std::errc() || end != c.data() + c.size())
        return std::unexpected(QuantityText::tr("“%1” is not a number.").arg(t));

    const QString unit = t.mid(n.end).trimmed();
    const sim::Unit* u = &sim::displayUnit(q, system);
    if (!unit.isEmpty())
        if (QString error = QuantityText::readUnit(unit, q, u); !error.isEmpty())
            return std::unexpected(error);
    const double si = sim::toSi(number, *u);
    if (!std::isfinite(si)) return std::unexpected(QuantityText::tr("“%1” is out of range.").arg(t));
    if (q == Quantity::Temperature && si < 0)
        return std::unexpected(QuantityText::tr("%1 is below absolute zero.").arg(t));
    return si == 0 ? 0.0 : si; // no negative zero
}

QString formatNumber(double value, const QLocale& locale, int significantDigits) {
    if (value == 0) value = 0; // no "-0"
    QString s = QString::number(value, 'g', std::clamp(significantDigits, 1, 17));
    // An exponent as people type it: "2.1e+11" -> "2.1e11", "1.2e-05" -> "1.2e-5".
    if (const qsizetype e = s.indexOf(QLatin1Char('e')); e >= 0) {
        QString power = s.mid(e + 1);
        const bool negative = power.startsWith(QLatin1Char('-'));
        if (power.startsWith(QLatin1Char('-')) || power.startsWith(QLatin1Char('+')))
            power.remove(0, 1);
        while (power.size() > 1 && power.startsWith(QLatin1Char('0')))
            power.remove(0, 1);
        s = s.left(e) + QLatin1Char('e') + (negative ? QStringLiteral("-") : QString()) + power;
    }
    return s.replace(QLatin1Char('.'), locale.decimalPoint());
}

QString formatQuantity(double si, Quantity q, const QLocale& locale, UnitSystem system,
                       int significantDigits) {
    const QString number = formatNumber(sim::fromSi(si, q, system), locale, significantDigits);
    const QString unit = unitSymbol(q, system);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString unitSymbol(Quantity q, UnitSystem system) {
    return unitText(sim::displayUnit(q, system));
}

QString quantityName(Quantity q) {
    switch (q) {
    case Quantity::Length:
        return QuantityText::tr("length");
    case Quantity::Force:
        return QuantityText::tr("force");
    case Quantity::Pressure:
        return QuantityText::tr("pressure");
    case Quantity::Acceleration:
        return QuantityText::tr("acceleration");
    case Quantity::Temperature:
        return QuantityText::tr("temperature");
    case Quantity::HeatFlux:
        return QuantityText::tr("heat flux");
    case Quantity::HeatTransferCoefficient:
        return QuantityText::tr("heat transfer coefficient");
    case Quantity::VolumetricHeat:
        return QuantityText::tr("heat generation per volume");
    case Quantity::TemperatureDifference:
        return QuantityText::tr("temperature difference");
    case Quantity::Density:
        return QuantityText::tr("density");
    case Quantity::ThermalConductivity:
        return QuantityText::tr("thermal conductivity");
    case Quantity::ThermalExpansion:
        return QuantityText::tr("thermal expansion coefficient");
    case Quantity::SpecificHeat:
        return QuantityText::tr("specific heat");
    case Quantity::Moment:
        return QuantityText::tr("moment");
    case Quantity::HeatFlow:
        return QuantityText::tr("heat flow");
    case Quantity::Dimensionless:
        break;
    }
    return QuantityText::tr("number");
}

QString unitSystemName(UnitSystem system) {
    switch (system) {
    case UnitSystem::SI:
        return QuantityText::tr("SI (m, N, Pa, K)");
    case UnitSystem::InchPound:
        return QuantityText::tr("Inch (in, lbf, psi, °F)");
    case UnitSystem::MillimetreNewtonMegapascal:
        break;
    }
    return QuantityText::tr("Millimetre (mm, N, MPa, °C)");
}

} // namespace wb::app
