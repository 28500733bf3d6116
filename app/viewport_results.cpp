// ViewportWidget: a result coloured on the model, its deformed shape, and turning the view to
// a place. The renderer's result calls need no GL context.
#include "viewport_widget.h"

namespace wb::app {

void ViewportWidget::setResult(std::map<int, std::vector<float>> colours,
                               std::map<int, std::vector<float>> displacements) {
    m_resultColours = std::move(colours);
    m_resultDisplacements = std::move(displacements);
    applyResult();
    update();
}

void ViewportWidget::setColourScale(const render::ColourScale& scale) {
    m_colourScale = scale;
    m_renderer->setColourScale(scale);
    update();
}

void ViewportWidget::setDeformationScale(double scale) {
    m_deformationScale = scale;
    m_renderer->setDeformationScale(scale);
    update();
}

void ViewportWidget::clearResult() {
    m_resultColours.clear();
    m_resultDisplacements.clear();
    applyResult();
    update();
}

void ViewportWidget::applyResult() {
    m_renderer->clearResult();
    for (const auto& [node, values] : m_resultColours)
        m_renderer->setResultColours(node, values);
    for (const auto& [node, xyz] : m_resultDisplacements)
        m_renderer->setResultDisplacements(node, xyz);
    m_renderer->setColourScale(m_colourScale);
    m_renderer->setDeformationScale(m_deformationScale);
}

std::shared_ptr<const core::Assembly> ViewportWidget::assembly() const {
    return m_pendingAssembly ? m_pendingAssembly : m_renderer->assembly();
}

void ViewportWidget::centreOn(const QVector3D& point) {
    render::Camera& camera = m_renderer->camera();
    camera.pan(point - camera.target());
    update();
}

} // namespace wb::app
