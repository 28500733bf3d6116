#include "viewport_widget.h"

#include <QMouseEvent>
#include <QSurfaceFormat>
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
    withContext([&] {
        m_renderer->setAssembly(assembly);
        m_renderer->setSelection({});
        if (fit) m_renderer->fitAll();
        m_pendingAssembly.reset();
    });
    update();
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

void ViewportWidget::fitAll() {
    withContext([&] { m_renderer->fitAll(); });
    update();
}

void ViewportWidget::setStandardView(render::StandardView view) {
    withContext([&] { m_renderer->setStandardView(view); });
    update();
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
    }
    m_renderer->resize(size() * devicePixelRatioF(), devicePixelRatioF());
    if (m_pendingFit) m_renderer->fitAll();
}

void ViewportWidget::paintGL() {
    if (m_glReady) m_renderer->render(defaultFramebufferObject());
}

void ViewportWidget::resizeGL(int w, int h) {
    if (m_glReady) m_renderer->resize(QSize(w, h) * devicePixelRatioF(), devicePixelRatioF());
}

void ViewportWidget::mousePressEvent(QMouseEvent* e) {
    m_pressPos = e->position().toPoint();
    m_dragged = false;
    withContext([&] { m_renderer->mousePress(m_pressPos, e->buttons(), e->modifiers()); });
}

void ViewportWidget::mouseMoveEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > 3) m_dragged = true;
    withContext([&] { m_renderer->mouseMove(pos, e->buttons(), e->modifiers()); });
    update();
}

void ViewportWidget::mouseReleaseEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    withContext([&] { m_renderer->mouseRelease(pos); });
    if (!m_dragged && e->button() == Qt::LeftButton) {
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

} // namespace wb::app
