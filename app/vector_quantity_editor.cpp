#include "vector_quantity_editor.h"

#include <QHBoxLayout>

namespace wb::app {

VectorQuantityEditor::VectorQuantityEditor(sim::Quantity quantity, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    static constexpr const char* kNames[] = {"x", "y", "z"};
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        auto* editor = new QuantityEditor(quantity, this);
        editor->setObjectName(QLatin1String(kNames[i]));
        editor->setAccessibleName(QLatin1String(kNames[i]));
        layout->addWidget(editor);
        connect(editor, &QuantityEditor::valueEdited, this, [this] {
            if (const auto v = value()) emit valueEdited(*v);
        });
        m_editors[i] = editor;
    }
    setFocusProxy(m_editors[0]);
}

void VectorQuantityEditor::setQuantity(sim::Quantity quantity) {
    for (QuantityEditor* e : m_editors)
        e->setQuantity(quantity);
}

void VectorQuantityEditor::setUnitSystem(sim::UnitSystem system) {
    for (QuantityEditor* e : m_editors)
        e->setUnitSystem(system);
}

void VectorQuantityEditor::setValue(const SiVector& si) {
    for (std::size_t i = 0; i < m_editors.size(); ++i)
        m_editors[i]->setValue(si[i]);
}

std::optional<SiVector> VectorQuantityEditor::value() const {
    SiVector v{};
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        const auto c = m_editors[i]->value();
        if (!c) return std::nullopt;
        v[i] = *c;
    }
    return v;
}

} // namespace wb::app
