#pragma once
/// The 3D viewport: a QOpenGLWidget that hosts the scene renderer and forwards interaction.

#include "render/scene_renderer.h"

#include <QOpenGLWidget>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QRubberBand;

namespace wb::app {

class FaceSelection;

/// What a project keeps of the camera: its frame (assembly coordinates) and field of view.
struct CameraView {
    QVector3D eye, target, up;
    float fieldOfView = 30; ///< vertical, degrees (the camera is a perspective one)
    bool operator==(const CameraView&) const = default;
};

class ViewportWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit ViewportWidget(QWidget* parent = nullptr);
    ~ViewportWidget() override;

    /// Shows `assembly`; `fit` frames it.
    void setAssembly(std::shared_ptr<const core::Assembly> assembly, bool fit = true);
    void setHiddenNodes(const std::vector<bool>& hidden);
    void setSelection(const std::vector<int>& nodes);
    /// Highlights one B-rep face of the instance at `node`; node < 0 clears.
    void setHighlightedFace(int node, int face);
    void setDisplayMode(render::DisplayMode mode);
    render::DisplayMode displayMode() const { return m_mode; }
    const std::vector<int>& selection() const { return m_selection; }
    /// Last GL initialisation error, empty when the renderer runs.
    QString glError() const { return m_glError; }
    /// Picks the node and face under a widget position (logical pixels).
    render::PickResult pickAt(QPoint pos);
    /// Every face visible in a widget rectangle (logical pixels).
    std::vector<core::NodeFace> facesIn(QRect rect);
    /// Where an assembly-space point appears in the widget (logical pixels), with the current
    /// camera; the point need not be visible.
    QPointF project(const QVector3D& point) const;

    /// The current view drawn at `size` device pixels (4x multisampled) with the same camera,
    /// background and result colours, without overlays (viewport_image.cpp). Null image and
    /// *error when GL does not run or cannot make a target of that size.
    QImage renderImage(QSize size, QString* error = nullptr);

    /// The camera as it is now.
    CameraView cameraView() const;
    /// Sets the camera. With `afterNextAssembly` it waits for the next setAssembly() and is
    /// used there instead of fitting the view (a project opens in the view it was saved with,
    /// once its geometry has been imported); dropPendingCameraView() forgets it.
    void setCameraView(const CameraView& view, bool afterNextAssembly = false);
    void dropPendingCameraView() { m_pendingCamera.reset(); }

    /// The faces shown tinted, and edited in face pick mode; not owned (null: none).
    void setFaceSelection(FaceSelection* selection);
    FaceSelection* faceSelection() const;
    /// Face pick mode: a click selects the face under the cursor (Ctrl+click toggles it), a
    /// left drag draws a box and adds every face visible in it, Escape clears the selection;
    /// the right button orbits, the middle button (or Shift+left) pans.
    bool facePickMode() const { return m_facePickMode; }
    void setFacePickMode(bool on);

    /// Sees each click (a left press and release without a drag) outside face pick mode before
    /// picked() is emitted; returning true consumes it (e.g. pinning a probe). Null: none.
    void setClickFilter(std::function<bool(QPoint pos, Qt::KeyboardModifiers)> filter);

    /// The symbols of supports and loads drawn over the model (render::ConditionGlyph);
    /// setAssembly() drops them. The faces picked keep their tint over the glyphs' tints.
    void setConditionGlyphs(std::vector<render::ConditionGlyph> glyphs);
    /// The id of the glyph under a widget position (logical pixels), or -1.
    int conditionGlyphAt(QPoint pos);
    /// The tooltip shown over a glyph, by its id (empty: none).
    void setGlyphToolTipProvider(std::function<QString(int glyphId)> provider);

    // viewport_results.cpp: a result coloured on the model (render::SceneRenderer's result
    // API). setAssembly() drops it and emits assemblyChanged().
    /// Per node: one value per vertex of its part's mesh; per node: x, y, z per vertex
    /// (assembly units). Replaces the previous result.
    void setResult(std::map<int, std::vector<float>> colours,
                   std::map<int, std::vector<float>> displacements);
    void setColourScale(const render::ColourScale& scale);
    void setDeformationScale(double scale);
    double deformationScale() const { return m_deformationScale; }
    void clearResult();
    bool hasResult() const { return !m_resultColours.empty(); }
    /// The scene shown (or about to be shown).
    std::shared_ptr<const core::Assembly> assembly() const;
    /// Moves the camera (keeping its direction and distance) so that `point`, in assembly
    /// coordinates, is at the centre of the view.
    void centreOn(const QVector3D& point);

public slots:
    void fitAll();
    void setStandardView(wb::render::StandardView view);

signals:
    /// A click (not a drag) on the model outside face pick mode; node < 0 on background.
    /// `additive` with Ctrl.
    void picked(int node, int face, bool additive);
    void facePickModeChanged(bool on);
    /// setAssembly() showed another scene (any result was dropped).
    void assemblyChanged();

protected:
    void initializeGL() override;
    void paintGL() override;
    void resizeGL(int w, int h) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    bool event(QEvent* e) override;

private:
    template <typename F> void withContext(F&& f);
    std::unique_ptr<render::SceneRenderer> m_renderer;
    bool m_glReady = false;
    QString m_glError;
    std::shared_ptr<const core::Assembly> m_pendingAssembly;
    bool m_pendingFit = false;
    std::optional<CameraView> m_pendingCamera; ///< for the next assembly shown
    void applyPendingCamera();
    std::vector<bool> m_hidden;
    std::vector<int> m_selection;
    render::DisplayMode m_mode = render::DisplayMode::ShadedEdges;
    QTimer m_wheelSettle; ///< ends a burst of wheel events: full detail again
    QPoint m_pressPos;
    bool m_dragged = false;
    /// Face pick mode: the selection's colours given to the renderer.
    void updateFaceTints();
    /// Face pick mode: a click or a box with the left button, ended at `pos`.
    void finishFacePick(QPoint pos, Qt::KeyboardModifiers modifiers);
    QPointer<FaceSelection> m_faceSelection;
    bool m_facePickMode = false;
    bool m_boxSelecting = false; ///< the left button went down in face pick mode
    QRubberBand* m_rubberBand = nullptr;
    std::vector<render::ConditionGlyph> m_glyphs;
    std::function<QString(int)> m_glyphToolTip;
    std::function<bool(QPoint, Qt::KeyboardModifiers)> m_clickFilter;
    std::map<int, std::vector<float>> m_resultColours, m_resultDisplacements;
    render::ColourScale m_colourScale;
    double m_deformationScale = 0.0;
    /// Gives the renderer the result (after it was given an assembly).
    void applyResult();
    /// Shows the tooltip of the glyph at `pos`, or hides any; false when there is none.
    bool showGlyphToolTip(QPoint pos, QPoint globalPos);
};

} // namespace wb::app
