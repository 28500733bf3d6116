#pragma once
/// Three QuantityEditors side by side for a vector value (a force, an acceleration, a
/// displacement): x, y and z of one quantity, each read like a scalar.

#include "quantity_editor.h"

#include <QWidget>

#include <array>
#include <optional>

namespace wb::app {

/// A vector of three SI values.
using SiVector = std::array<double, 3>;

/// valueEdited() carries all three components when one of them was edited; value() is
/// nullopt until each component has a value. GUI thread only.
class VectorQuantityEditor : public QWidget {
    Q_OBJECT
public:
    explicit VectorQuantityEditor(sim::Quantity quantity, QWidget* parent = nullptr);

    void setQuantity(sim::Quantity quantity);
    void setUnitSystem(sim::UnitSystem system);
    /// Shows `si`. Emits nothing.
    void setValue(const SiVector& si);
    std::optional<SiVector> value() const;
    /// The editor of component `i` (0 = x, 1 = y, 2 = z), named "x", "y", "z".
    QuantityEditor* component(int i) const { return m_editors[std::size_t(i)]; }

signals:
    void valueEdited(const wb::app::SiVector& si);

private:
    std::array<QuantityEditor*, 3> m_editors{};
};

} // namespace wb::app
