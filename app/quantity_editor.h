#pragma once
/// The one editor for physical values in the GUI: a line edit that shows an SI value in the
/// user's unit system ("2,5 mm") and reads what the user types in their locale, with any unit
/// of the quantity ("5 kN", "210 GPa", "20 °C"). See quantity_format.h for what is refused.

#include "core/sim/unit_system.h"

#include <QLineEdit>

#include <expected>
#include <optional>

namespace wb::app {

/// Typing is committed with Return/Enter or by leaving the field: a valid text becomes the
/// value (shown again in the display unit) and valueEdited() is emitted when the value changed;
/// an invalid one is kept for correcting, framed red with the reason as tool tip (also sent by
/// inputRefused()), and the value stays the last valid one. Escape restores the value's text.
/// The unit system follows Preferences until setUnitSystem() is called; the locale is the
/// widget's own when setLocale() was called, else the application default. GUI thread only.
class QuantityEditor : public QLineEdit {
    Q_OBJECT
public:
    /// Which values are valid besides being finite (as sim::ParamSpec::Range).
    enum class Range { Any, NonNegative, Positive };

    explicit QuantityEditor(QWidget* parent = nullptr);
    explicit QuantityEditor(sim::Quantity quantity, QWidget* parent = nullptr);

    /// Sets the quantity (the value, SI, is kept and shown in the new unit).
    void setQuantity(sim::Quantity quantity);
    sim::Quantity quantity() const { return m_quantity; }
    /// Shows values in `system` from now on, whatever the preferences say.
    void setUnitSystem(sim::UnitSystem system);
    sim::UnitSystem unitSystem() const { return m_system; }
    void setRange(Range range);
    Range range() const { return m_range; }
    /// Significant digits shown (default 9: enough for what people type, no binary noise).
    void setSignificantDigits(int digits);

    /// Shows `si`; drops any invalid text. Emits nothing.
    void setValue(double si);
    /// Empties the editor: value() is nullopt until something valid is entered.
    void clearValue();
    /// The last valid value (SI); nullopt when there is none.
    std::optional<double> value() const { return m_value; }
    /// Whether the current text reads as a valid value (hides QLineEdit's, which knows only
    /// validators).
    bool hasAcceptableInput() const;
    /// Why the current text is refused; empty when it is valid or unchanged.
    QString errorText() const { return m_error; }
    /// Reads the text as Return does; true when it was valid (or unchanged).
    bool commit();

signals:
    /// The user entered a new valid value (SI).
    void valueEdited(double si);
    /// The user tried to enter text that is refused; `message` says why and how to write it.
    void inputRefused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLocale numberLocale() const;
    // The SI value of `text`, or the message.
    std::expected<double, QString> read(const QString& text) const;
    void showValue();
    void setError(const QString& message);
    void recheck();

    sim::Quantity m_quantity = sim::Quantity::Dimensionless;
    sim::UnitSystem m_system = sim::kDefaultUnitSystem;
    bool m_systemFixed = false;
    Range m_range = Range::Any;
    int m_digits = 9;
    std::optional<double> m_value;
    QString m_shown; ///< the text setValue() or a commit put there
    QString m_error;
    QString m_toolTip; ///< the tool tip before the error's, restored when the error goes
};

} // namespace wb::app
