#include "properties_panel.h"

#include "preferences.h"
#include "quantity_format.h"

#include "core/model/units.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace wb::app {

PropertiesPanel::PropertiesPanel(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int r = 0; r < RowCount; ++r) {
        m_labels[r] = new QLabel(this);
        m_values[r] = new QLabel(this);
        m_values[r]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[r]->setWordWrap(true);
        m_form->addRow(m_labels[r], m_values[r]);
    }
    retranslate();
}

void PropertiesPanel::retranslate() {
    m_labels[Name]->setText(tr("Name:"));
    m_labels[Path]->setText(tr("Path:"));
    m_labels[Part]->setText(tr("Part:"));
    m_labels[Triangles]->setText(tr("Triangles:"));
    m_labels[Faces]->setText(tr("Faces:"));
    m_labels[Size]->setText(tr("Size:"));
    m_labels[Min]->setText(tr("Minimum:"));
    m_labels[Max]->setText(tr("Maximum:"));
    m_labels[FileUnit]->setText(tr("File unit:"));
    refresh();
}

void PropertiesPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void PropertiesPanel::showNode(std::shared_ptr<const core::Assembly> assembly, int node) {
    m_assembly = std::move(assembly);
    m_node = node;
    refresh();
}

void PropertiesPanel::refresh() {
    for (QLabel* v : m_values)
        v->clear();
    if (!m_assembly || m_assembly->nodes().size() <= 1) {
        m_values[Name]->setText(tr("Nothing open"));
        return;
    }
    const core::Assembly& a = *m_assembly;
    const int node = m_node > 0 && m_node < static_cast<int>(a.nodes().size()) ? m_node : 0;
    const QLocale locale;
    const sim::UnitSystem units = Preferences::unitSystem();
    const double scale = a.metresPerUnit();
    m_values[Name]->setText(node == 0 ? tr("Scene") : QString::fromStdString(a.node(node).name));
    m_values[Path]->setText(QString::fromStdString(a.path(node)));
    const int part = a.node(node).part;
    m_values[Part]->setText(part >= 0 ? QString::fromStdString(a.parts()[part].name) : tr("—"));
    m_values[Triangles]->setText(locale.toString(static_cast<qulonglong>(a.triangleCount(node))));
    m_values[Faces]->setText(locale.toString(static_cast<qulonglong>(a.faceCount(node))));
    // The bounding box is in assembly coordinates (the first file's unit).
    const core::BBox box = a.bbox(node);
    const auto length = [&](double v) {
        return formatQuantity(v * scale, sim::Quantity::Length, locale, units);
    };
    if (!box.isEmpty()) {
        const core::Vec3 s = box.size();
        m_values[Size]->setText(
            QStringLiteral("%1 × %2 × %3").arg(length(s.x), length(s.y), length(s.z)));
        auto point = [&](const core::Vec3& p) {
            return QStringLiteral("(%1; %2; %3)").arg(length(p.x), length(p.y), length(p.z));
        };
        m_values[Min]->setText(point(box.min));
        m_values[Max]->setText(point(box.max));
    }
    const QString unitName = QString::fromStdString(core::unitName(scale));
    m_values[FileUnit]->setText(unitName.isEmpty() ? tr("%1 m").arg(locale.toString(scale))
                                                   : unitName);
}

} // namespace wb::app
