#pragma once
/// Probing a result shown in the viewport: hovering the model shows the current view's value
/// under the cursor (picked on the GPU, sampled trilinearly in the voxel field; throttled so
/// that the GUI thread stays free), and in probe mode a click pins a probe (ProbeTable) drawn
/// as a marker on the model. GUI thread only.

#include "core/sim/result_view.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;

namespace wb::app {

class ProbeMarkers;
class ProbeTable;
class ViewportWidget;

class ProbeTool : public QObject {
    Q_OBJECT
public:
    explicit ProbeTool(ViewportWidget* viewport, QObject* parent = nullptr);
    ~ProbeTool() override;

    ProbeTable* table() const { return m_table; }
    /// Probe mode (checkable, Ctrl+Shift+P; Escape in the viewport leaves it): a click on the
    /// model pins a probe instead of selecting. Enabled while a result is shown; face pick mode turns it off and back.
    QAction* probeModeAction() const { return m_modeAction; }
    bool probeMode() const;
    void setProbeMode(bool on);

    /// The result shown (null: none) and the view hovering shows.
    void setResult(std::shared_ptr<const sim::SolveResult> result, const sim::ScalarView& view);
    void setView(const sim::ScalarView& view);

    /// The model point under a widget position: undeformed (the deformed shape is picked
    /// where it is drawn), metres; nullopt on the background or without a result.
    std::optional<sim::Point3> pointAt(QPoint pos);
    /// The text hovering shows at `pos` ("Von Mises stress: 12.35 MPa"); empty off the model,
    /// where the model has no value, or without a result.
    QString hoverTextAt(QPoint pos);
    /// The hover text shown now; empty when none is shown.
    QString hoverText() const;
    /// Pins a probe at the model point under `pos` (as a click in probe mode); its row in
    /// table(), or -1 off the model.
    int pinAt(QPoint pos);

signals:
    void probeModeChanged(bool on);
    /// A probe was pinned by a click (its row in table()).
    void probePinned(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHover();
    void hideHover();
    void retranslate();
    double metresPerUnit() const;

    QPointer<ViewportWidget> m_viewport;
    ProbeTable* m_table = nullptr;
    ProbeMarkers* m_markers = nullptr;
    QLabel* m_hoverLabel = nullptr;
    QAction* m_modeAction = nullptr;
    std::shared_ptr<const sim::SolveResult> m_result;
    sim::ScalarView m_view;
    QTimer m_hoverTimer; ///< coalesces mouse moves: one pick per interval at most
    QPoint m_hoverPos;
};

} // namespace wb::app
