#pragma once
/// A finished result shown on the model in the viewport: the field file of a result folder
/// read off the GUI thread, a scalar view sampled at every instance's mesh vertices (off the
/// GUI thread), coloured through a ColourScale with the legend as an overlay in the viewport's
/// corner, and the deformed shape. Its Results toolbar picks the field, colour map, bands,
/// range and deformation scale, and turns probe mode on (ProbeTool).

#include "core/model/assembly.h"
#include "core/sim/result_view.h"
#include "render/colour_map.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolBar;

namespace wb::app {

class ProbeTool;
class QuantityEditor;
class ResultLegend;
class ViewportWidget;

class ResultDisplay : public QObject {
    Q_OBJECT
public:
    /// How the colour range follows the field.
    enum class RangeMode { Automatic, Locked, Custom };
    /// The deformation presets: none, automatic (the largest displacement is 5% of the
    /// model's diagonal), actual size, and multiples of the automatic scale.
    enum class Deformation { Undeformed, Automatic, Actual, HalfAuto, TwiceAuto, FiveAuto };

    /// The legend is put over `viewport`; add toolBar() to a window. GUI thread only.
    explicit ResultDisplay(ViewportWidget* viewport, QObject* parent = nullptr);
    ~ResultDisplay() override;

    /// Reads `dir`/fields.wbf in the background and shows it on the viewport's model:
    /// loaded() or failed() follows. Whatever is shown stays until the new result is read.
    void open(const QString& dir);
    /// Shows a result that streams in while its job runs (no folder, no result.json): the
    /// field shown stays when the new result has it, the colours change in place once the new
    /// ones are sampled, and the range follows the field unless locked or typed. Shown until
    /// open() or close().
    void showLive(std::shared_ptr<const sim::SolveResult> result);
    /// True while the result shown is a live one (showLive).
    bool isLive() const { return m_live; }
    /// Removes the result from the viewport; the model stays.
    void close();

    bool isBusy() const;
    bool hasResult() const { return m_result != nullptr; }
    QString resultDir() const { return m_dir; }
    /// The last error (translated), empty after a success.
    QString errorText() const { return m_error; }
    std::shared_ptr<const sim::SolveResult> result() const { return m_result; }

    /// The views offered and the one shown.
    const std::vector<sim::ScalarView>& views() const { return m_views; }
    sim::ScalarView currentView() const { return m_view; }
    /// Shows the view with `id` ("von_mises", "displacement.z"); false when there is none.
    bool setView(const QString& id);
    const render::ColourScale& colourScale() const { return m_scale; }
    /// 0: continuous.
    void setBands(int bands);
    void setRainbow(bool rainbow);
    void setRangeMode(RangeMode mode);
    RangeMode rangeMode() const { return m_rangeMode; }
    /// A typed range (SI); switches to RangeMode::Custom.
    void setRange(double min, double max);
    void setDeformation(Deformation preset);
    /// The scale the displacements are drawn with, and the automatic one.
    double deformationScale() const { return m_deformationScale; }
    double automaticDeformationScale() const { return m_autoScale; }
    /// Turns the view to the field's minimum (false) or maximum (true).
    void showExtreme(bool maximum);

    ResultLegend* legend() const { return m_legend; }
    /// Hover values and probes on the result shown (its probe mode is in toolBar()).
    ProbeTool* probeTool() const { return m_probes; }
    QToolBar* toolBar() const { return m_toolBar; }

signals:
    void loaded();
    void failed(const QString& message);
    /// The viewport got the colours of the current view (after each change of view or scene).
    void displayUpdated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Sampled {
        std::map<int, std::vector<float>> values, displacements;
    };
    // result_display.cpp
    void onRead(const QString& dir, std::shared_ptr<const sim::SolveResult> result,
                const QString& error);
    /// Samples the current view (and the displacements when `withDisplacements`) in the
    /// background, then feeds the viewport.
    void resample(bool withDisplacements);
    static Sampled sample(std::shared_ptr<const sim::SolveResult> result,
                          std::shared_ptr<const core::Assembly> scene, sim::ScalarView view,
                          bool withDisplacements);
    double metresPerUnit() const;
    /// The automatic deformation scale for the scene shown.
    void updateAutoScale();
    /// Recomputes the colour scale from the settings and gives it to viewport and legend.
    void updateScale();
    void applyDeformation();
    void placeLegend();

    // result_display_controls.cpp
    void createToolBar();
    void retranslate();
    void fillFields();
    void syncControls();

    QPointer<ViewportWidget> m_viewport;
    ResultLegend* m_legend = nullptr;
    ProbeTool* m_probes = nullptr;
    QString m_dir, m_error;
    std::shared_ptr<const sim::SolveResult> m_result;
    std::vector<sim::ScalarView> m_views;
    sim::ScalarView m_view;
    sim::ScalarRange m_fieldRange;
    render::ColourScale m_scale;
    int m_bands = 10;
    bool m_rainbow = false;
    RangeMode m_rangeMode = RangeMode::Automatic;
    double m_rangeMin = 0, m_rangeMax = 1; ///< the locked or typed range
    Deformation m_deformation = Deformation::Automatic;
    double m_autoScale = 0, m_deformationScale = 0;
    bool m_customDeformation = false;                  ///< set by the slider
    bool m_live = false;                               ///< shown by showLive
    std::map<int, std::vector<float>> m_displacements; ///< of the scene shown
    std::map<std::string, std::string> m_singular;     ///< result.json: singular maxima
    int m_readGeneration = 0, m_sampleGeneration = 0;
    int m_pendingReads = 0, m_pendingSamples = 0;

    QToolBar* m_toolBar = nullptr;
    QLabel *m_fieldLabel = nullptr, *m_rangeLabel = nullptr, *m_deformLabel = nullptr;
    QComboBox *m_fieldBox = nullptr, *m_mapBox = nullptr, *m_bandsBox = nullptr;
    QComboBox *m_rangeBox = nullptr, *m_deformBox = nullptr;
    QuantityEditor *m_minEdit = nullptr, *m_maxEdit = nullptr;
    QSlider* m_deformSlider = nullptr;
    QAction* m_closeAction = nullptr;
};

} // namespace wb::app
