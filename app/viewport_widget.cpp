#include "viewport_widget.h"

#include "face_selection.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QSurfaceFormat>
#include <QToolTip>
#include <QWheelEvent>

namespace wb::app {

ViewportWidget::ViewportWidget(QWidget* parent)
    : QOpenGLWidget(parent), m_renderer(std::make_unique<render::SceneRenderer>()) {
    QSurfaceFormat fmt = format();
    fmt.setVersion(3, 3);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setDepthBufferSize(24);
    fmt.setSamples(4);
    setFormat(fmt);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    m_wheelSettle.setSingleShot(true);
    m_wheelSettle.setInterval(250);
    connect(&m_wheelSettle, &QTimer::timeout, this, [this] {
        withContext([&] { m_renderer->setMoving(false); });
        update();
    });
}

ViewportWidget::~ViewportWidget() {
    if (m_glReady) {
        makeCurrent();
        m_renderer->releaseGl();
        doneCurrent();
    }
}

template <typename F> void ViewportWidget::withContext(F&& f) {
    if (!m_glReady) return;
    makeCurrent();
    f();
    doneCurrent();
}

void ViewportWidget::setAssembly(std::shared_ptr<const core::Assembly> assembly, bool fit) {
    m_pendingAssembly = assembly;
    m_pendingFit = fit;
    m_selection.clear();
    m_glyphs.clear(); // they name nodes of the old scene
    m_resultColours.clear();
    m_resultDisplacements.clear();
    withContext([&] {
        m_renderer->setAssembly(assembly);
        m_renderer->setSelection({});
        if (fit) m_renderer->fitAll();
        m_pendingAssembly.reset();
        applyPendingCamera();
    });
    updateFaceTints(); // the renderer dropped them with the old assembly
    update();
    emit assemblyChanged();
}

void ViewportWidget::setHiddenNodes(const std::vector<bool>& hidden) {
    m_hidden = hidden;
    withContext([&] { m_renderer->setHiddenNodes(hidden); });
    update();
}

void ViewportWidget::setSelection(const std::vector<int>& nodes) {
    m_selection = nodes;
    withContext([&] { m_renderer->setSelection(nodes); });
    update();
}

void ViewportWidget::setHighlightedFace(int node, int face) {
    withContext([&] { m_renderer->setHighlightedFace(node, face); });
    update();
}

void ViewportWidget::setDisplayMode(render::DisplayMode mode) {
    m_mode = mode;
    withContext([&] { m_renderer->setDisplayMode(mode); });
    update();
}

CameraView ViewportWidget::cameraView() const {
    const render::Camera& c = m_renderer->camera();
    return {c.eye(), c.target(), c.up(), c.fieldOfView()};
}

void ViewportWidget::setCameraView(const CameraView& view, bool afterNextAssembly) {
    if (afterNextAssembly) {
        m_pendingCamera = view;
        return;
    }
    m_pendingCamera.reset();
    render::Camera& c = m_renderer->camera();
    c.setLookAt(view.eye, view.target, view.up);
    c.setFieldOfView(view.fieldOfView);
    update();
}

void ViewportWidget::applyPendingCamera() {
    if (m_pendingCamera) setCameraView(*m_pendingCamera);
}

void ViewportWidget::fitAll() {
    withContext([&] { m_renderer->fitAll(); });
    update();
}

void ViewportWidget::setStandardView(render::StandardView view) {
    withContext([&] { m_renderer->setStandardView(view); });
    update();
}

std::vector<core::NodeFace> ViewportWidget::facesIn(QRect rect) {
    std::vector<core::NodeFace> faces;
    withContext([&] { faces = m_renderer->pickRect(rect); });
    return faces;
}

QPointF ViewportWidget::project(const QVector3D& point) const {
    const render::Camera& camera = m_renderer->camera();
    const float aspect = float(std::max(width(), 1)) / float(std::max(height(), 1));
    const QVector3D ndc = (camera.projection(aspect) * camera.view()).map(point);
    return {(ndc.x() + 1.0) * 0.5 * width(), (1.0 - ndc.y()) * 0.5 * height()};
}

render::PickResult ViewportWidget::pickAt(QPoint pos) {
    render::PickResult result;
    withContext([&] { result = m_renderer->pick(pos); });
    return result;
}

void ViewportWidget::initializeGL() {
    QString error;
    m_glReady = m_renderer->initialize(&error);
    m_glError = m_glReady ? QString() : error;
    if (!m_glReady) return;
    m_renderer->setDisplayMode(m_mode);
    if (m_pendingAssembly) {
        m_renderer->setAssembly(m_pendingAssembly);
        m_renderer->setHiddenNodes(m_hidden);
        m_renderer->setSelection(m_selection);
        m_pendingAssembly.reset();
        m_renderer->setConditionGlyphs(m_glyphs);
        updateFaceTints();
    }
    applyResult();
    m_renderer->resize(size() * devicePixelRatioF(), devicePixelRatioF());
    if (m_pendingFit) m_renderer->fitAll();
    if (m_renderer->assembly()) applyPendingCamera();
}

void ViewportWidget::paintGL() {
    if (m_glReady) m_renderer->render(defaultFramebufferObject());
}

void ViewportWidget::resizeGL(int w, int h) {
    if (m_glReady) m_renderer->resize(QSize(w, h) * devicePixelRatioF(), devicePixelRatioF());
}

namespace {
/// In face pick mode the left button selects: the right one orbits instead.
Qt::MouseButtons navigationButtons(Qt::MouseButtons buttons, bool facePickMode) {
    if (!facePickMode) return buttons;
    Qt::MouseButtons mapped = buttons & ~(Qt::LeftButton | Qt::RightButton);
    if (buttons & Qt::RightButton) mapped |= Qt::LeftButton;
    return mapped;
}
} // namespace

void ViewportWidget::mousePressEvent(QMouseEvent* e) {
    m_pressPos = e->position().toPoint();
    m_dragged = false;
    m_boxSelecting =
        m_facePickMode && e->button() == Qt::LeftButton && !(e->modifiers() & Qt::ShiftModifier);
    if (m_boxSelecting) return;
    Qt::MouseButtons buttons = navigationButtons(e->buttons(), m_facePickMode);
    if (m_facePickMode && (e->buttons() & Qt::LeftButton)) buttons |= Qt::LeftButton; // Shift pans
    withContext([&] { m_renderer->mousePress(m_pressPos, buttons, e->modifiers()); });
}

void ViewportWidget::mouseMoveEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > 3) m_dragged = true;
    if (m_boxSelecting) {
        if (!m_dragged) return;
        if (!m_rubberBand) m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        m_rubberBand->show();
        return;
    }
    // Mouse tracking (hover values on a result) moves without buttons: nothing to redraw.
    if (e->buttons() == Qt::NoButton) return;
    Qt::MouseButtons buttons = navigationButtons(e->buttons(), m_facePickMode);
    if (m_facePickMode && (e->buttons() & Qt::LeftButton)) buttons |= Qt::LeftButton;
    withContext([&] { m_renderer->mouseMove(pos, buttons, e->modifiers()); });
    update();
}

void ViewportWidget::mouseReleaseEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    if (m_boxSelecting && e->button() == Qt::LeftButton) {
        m_boxSelecting = false;
        finishFacePick(pos, e->modifiers());
        return;
    }
    withContext([&] { m_renderer->mouseRelease(pos); });
    if (!m_dragged && e->button() == Qt::LeftButton && !m_facePickMode) {
        if (m_clickFilter && m_clickFilter(pos, e->modifiers())) {
            update();
            return;
        }
        const render::PickResult hit = pickAt(pos);
        emit picked(hit.node, hit.face, e->modifiers() & Qt::ControlModifier);
    }
    update();
}

void ViewportWidget::wheelEvent(QWheelEvent* e) {
    const QPoint pos = e->position().toPoint();
    withContext([&] {
        m_renderer->setMoving(true);
        m_renderer->wheel(pos, e->angleDelta().y());
    });
    m_wheelSettle.start();
    update();
    e->accept();
}

void ViewportWidget::setFaceSelection(FaceSelection* selection) {
    if (m_faceSelection) disconnect(m_faceSelection, nullptr, this, nullptr);
    m_faceSelection = selection;
    if (selection)
        connect(selection, &FaceSelection::changed, this, &ViewportWidget::updateFaceTints);
    updateFaceTints();
}

FaceSelection* ViewportWidget::faceSelection() const {
    return m_faceSelection;
}

void ViewportWidget::setFacePickMode(bool on) {
    if (on == m_facePickMode) return;
    m_facePickMode = on;
    m_boxSelecting = false;
    if (m_rubberBand) m_rubberBand->hide();
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    emit facePickModeChanged(on);
}

void ViewportWidget::updateFaceTints() {
    std::vector<render::FaceTint> tints;
    if (m_faceSelection) {
        tints.reserve(m_faceSelection->faces().size());
        // One colour, a little lighter or darker per face, so that neighbouring selected
        // faces stay apart.
        for (const core::NodeFace& f : m_faceSelection->faces()) {
            const int shade = int((unsigned(f.face) * 7u + unsigned(f.node) * 3u) % 4u);
            const QColor c = QColor(34, 190, 84).lighter(88 + 12 * shade);
            tints.push_back({f, qRgba(c.red(), c.green(), c.blue(), 230)});
        }
    }
    m_renderer->setFaceTints(std::move(tints));
    update();
}

void ViewportWidget::finishFacePick(QPoint pos, Qt::KeyboardModifiers modifiers) {
    if (m_rubberBand) m_rubberBand->hide();
    if (!m_faceSelection) return;
    if (m_dragged) {
        m_faceSelection->add(facesIn(QRect(m_pressPos, pos).normalized()));
        return;
    }
    const render::PickResult hit = pickAt(pos);
    const bool onFace = hit.hit() && hit.face >= 0;
    if (modifiers & Qt::ControlModifier) {
        if (onFace) m_faceSelection->toggle({hit.node, hit.face});
    } else if (onFace) {
        m_faceSelection->setFaces({{hit.node, hit.face}});
    } else {
        m_faceSelection->clear();
    }
}

void ViewportWidget::keyPressEvent(QKeyEvent* e) {
    if (m_facePickMode && e->key() == Qt::Key_Escape && m_faceSelection) {
        m_faceSelection->clear();
        e->accept();
        return;
    }
    QOpenGLWidget::keyPressEvent(e);
}

void ViewportWidget::setClickFilter(std::function<bool(QPoint, Qt::KeyboardModifiers)> filter) {
    m_clickFilter = std::move(filter);
}

void ViewportWidget::setConditionGlyphs(std::vector<render::ConditionGlyph> glyphs) {
    m_glyphs = std::move(glyphs);
    m_renderer->setConditionGlyphs(m_glyphs);
    update();
}

int ViewportWidget::conditionGlyphAt(QPoint pos) {
    int id = -1;
    if (!m_glyphs.empty()) withContext([&] { id = m_renderer->conditionGlyphAt(pos); });
    return id;
}

void ViewportWidget::setGlyphToolTipProvider(std::function<QString(int)> provider) {
    m_glyphToolTip = std::move(provider);
}

bool ViewportWidget::showGlyphToolTip(QPoint pos, QPoint globalPos) {
    const int id = m_glyphToolTip ? conditionGlyphAt(pos) : -1;
    const QString text = id >= 0 ? m_glyphToolTip(id) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    QToolTip::showText(globalPos, text, this);
    return true;
}

bool ViewportWidget::event(QEvent* e) {
    // Hovering a support's or load's face or arrow names it.
    if (e->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(e);
        if (!showGlyphToolTip(help->pos(), help->globalPos())) e->ignore();
        return true;
    }
    // Escape clears the picked faces before any window shortcut (cancel import) sees it.
    if (e->type() == QEvent::ShortcutOverride && m_facePickMode && m_faceSelection &&
        !m_faceSelection->isEmpty() && static_cast<QKeyEvent*>(e)->key() == Qt::Key_Escape) {
        e->accept();
        return true;
    }
    return QOpenGLWidget::event(e);
}

} // namespace wb::app
