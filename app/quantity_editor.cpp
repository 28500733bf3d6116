#include "quantity_editor.h"

#include "preferences.h"
#include "quantity_format.h"

#include <QEvent>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

namespace wb::app {

QuantityEditor::QuantityEditor(QWidget* parent)
    : QuantityEditor(sim::Quantity::Dimensionless, parent) {}

QuantityEditor::QuantityEditor(sim::Quantity quantity, QWidget* parent)
    : QLineEdit(parent), m_quantity(quantity), m_system(Preferences::unitSystem()) {
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            [this](sim::UnitSystem system) {
                if (m_systemFixed || system == m_system) return;
                const bool unchanged = text() == m_shown;
                m_system = system;
                if (unchanged) showValue();
            });
    connect(this, &QLineEdit::textEdited, this, &QuantityEditor::recheck);
    showValue();
}

void QuantityEditor::setQuantity(sim::Quantity quantity) {
    m_quantity = quantity;
    showValue();
}

void QuantityEditor::setUnitSystem(sim::UnitSystem system) {
    m_systemFixed = true;
    m_system = system;
    showValue();
}

void QuantityEditor::setRange(Range range) {
    m_range = range;
    if (!m_error.isEmpty()) recheck();
}

void QuantityEditor::setSignificantDigits(int digits) {
    m_digits = std::clamp(digits, 1, 17);
    if (text() == m_shown) showValue();
}

void QuantityEditor::setValue(double si) {
    m_value = si;
    showValue();
}

void QuantityEditor::clearValue() {
    m_value.reset();
    showValue();
}

bool QuantityEditor::hasAcceptableInput() const {
    return read(text()).has_value();
}

QLocale QuantityEditor::numberLocale() const {
    return testAttribute(Qt::WA_SetLocale) ? locale() : QLocale();
}

std::expected<double, QString> QuantityEditor::read(const QString& text) const {
    QuantityParse si = parseQuantity(text, m_quantity, numberLocale(), m_system);
    if (!si) return si;
    if (m_range == Range::NonNegative && *si < 0)
        return std::unexpected(tr("The value must not be negative."));
    if (m_range == Range::Positive && *si <= 0)
        return std::unexpected(tr("The value must be greater than zero."));
    return si;
}

bool QuantityEditor::commit() {
    if (text() == m_shown) {
        setError({});
        return true;
    }
    const auto si = read(text());
    if (!si) {
        setError(si.error());
        if (isVisible()) QToolTip::showText(mapToGlobal(QPoint(0, height())), si.error(), this);
        emit inputRefused(si.error());
        return false;
    }
    const bool changed = !m_value || *m_value != *si;
    m_value = *si;
    showValue();
    if (changed) emit valueEdited(*si);
    return true;
}

void QuantityEditor::showValue() {
    m_shown = m_value ? formatQuantity(*m_value, m_quantity, numberLocale(), m_system, m_digits)
                      : QString();
    setText(m_shown);
    setPlaceholderText(unitSymbol(m_quantity, m_system));
    setError({});
}

void QuantityEditor::setError(const QString& message) {
    if (message == m_error) return;
    if (m_error.isEmpty()) m_toolTip = toolTip();
    m_error = message;
    setToolTip(m_error.isEmpty() ? m_toolTip : m_error);
    setProperty("invalid", !m_error.isEmpty());
    if (m_error.isEmpty()) {
        setPalette(QPalette());
        return;
    }
    // The field's own colours, tinted red, so that every style and theme still reads well.
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Base);
    const QColor red(220, 40, 40);
    tinted.setColor(QPalette::Base,
                    QColor((base.red() * 3 + red.red()) / 4, (base.green() * 3 + red.green()) / 4,
                           (base.blue() * 3 + red.blue()) / 4));
    setPalette(tinted);
}

// While an error is shown, typing updates it (and clears it once the text is valid).
void QuantityEditor::recheck() {
    if (m_error.isEmpty()) return;
    if (text() == m_shown) {
        setError({});
        return;
    }
    const auto si = read(text());
    setError(si ? QString() : si.error());
}

void QuantityEditor::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // A refused text keeps the key, so that a dialog's default button does not accept it.
        if (!commit()) {
            event->accept();
            return;
        }
    } else if (key == Qt::Key_Escape && (text() != m_shown || !m_error.isEmpty())) {
        showValue();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void QuantityEditor::focusOutEvent(QFocusEvent* event) {
    if (event->reason() != Qt::PopupFocusReason) commit();
    QLineEdit::focusOutEvent(event);
}

void QuantityEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        if (text() == m_shown)
            showValue();
        else if (!m_error.isEmpty())
            recheck(); // the message in the new language
    }
    QLineEdit::changeEvent(event);
}

} // namespace wb::app
