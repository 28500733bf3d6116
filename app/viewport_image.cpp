// ViewportWidget: the current view drawn offscreen at any size (File › Export Image).
#include "viewport_widget.h"

#include <QImage>
#include <QOpenGLFramebufferObject>

namespace wb::app {

namespace {
constexpr int kMaxSide = 16384;
constexpr int kSamples = 4;
} // namespace

QImage ViewportWidget::renderImage(QSize size, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return QImage();
    };
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxSide ||
        size.height() > kMaxSide)
        return fail(tr("The image size %1×%2 is not between 1 and %3 pixels per side.")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(kMaxSide));
    if (!m_glReady)
        return fail(m_glError.isEmpty() ? tr("OpenGL is not running in the viewport.") : m_glError);
    makeCurrent();
    QImage image;
    {
        QOpenGLFramebufferObjectFormat format;
        format.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
        format.setSamples(kSamples);
        QOpenGLFramebufferObject target(size, format);
        QOpenGLFramebufferObject resolved(size);
        if (target.isValid() && resolved.isValid()) {
            m_renderer->resize(size, 1.0);
            m_renderer->render(target.handle());
            QOpenGLFramebufferObject::blitFramebuffer(&resolved, &target);
            image = resolved.toImage().convertToFormat(QImage::Format_RGB32);
            m_renderer->resize(this->size() * devicePixelRatioF(), devicePixelRatioF());
        }
    }
    doneCurrent();
    if (image.isNull())
        return fail(tr("The graphics driver cannot draw an image of %1×%2 pixels.")
                        .arg(size.width())
                        .arg(size.height()));
    return image;
}

} // namespace wb::app
