#pragma once
/// Properties of the selected assembly node.

#include "core/model/assembly.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;

namespace wb::app {

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget* parent = nullptr);
    /// Shows `node` of `assembly` (node <= 0 shows the whole scene).
    void showNode(std::shared_ptr<const core::Assembly> assembly, int node);
    /// Re-reads the unit system and language.
    void refresh();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    enum Row { Name, Path, Part, Triangles, Faces, Size, Min, Max, FileUnit, RowCount };
    std::shared_ptr<const core::Assembly> m_assembly;
    int m_node = 0;
    QFormLayout* m_form = nullptr;
    QLabel* m_labels[RowCount] = {};
    QLabel* m_values[RowCount] = {};
};

} // namespace wb::app
