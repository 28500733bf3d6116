#pragma once
/// The pinned probes drawn over the viewport: a ring and the probe's name at each probe's
/// place on the model (on the deformed shape when one is drawn), following the camera. A
/// transparent overlay that lets every mouse event through to the viewport. GUI thread only.

#include <QWidget>

#include <QPointF>
#include <QPointer>

#include <vector>

namespace wb::app {

class ProbeTable;
class ViewportWidget;

class ProbeMarkers : public QWidget {
    Q_OBJECT
public:
    ProbeMarkers(ProbeTable* table, ViewportWidget* viewport);

    /// Where each probe is drawn now (widget pixels), in the table's order.
    const std::vector<QPointF>& positions() const { return m_positions; }
    /// Recomputes the positions from the camera and the deformation scale; repaints on a
    /// change.
    void reposition();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ProbeTable* m_table;
    QPointer<ViewportWidget> m_viewport;
    std::vector<QPointF> m_positions;
};

} // namespace wb::app
