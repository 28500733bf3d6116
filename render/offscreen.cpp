#include "offscreen.h"

#include "scene_renderer.h"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QThread>

namespace wb::render {
namespace {

constexpr int kMaxImageSide = 16384;
constexpr int kSamples = 4;

} // namespace

QSurfaceFormat requiredSurfaceFormat(int samples) {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    if (samples > 0) format.setSamples(samples);
    return format;
}

QImage renderImage(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                   DisplayMode mode, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return QImage();
    };
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(QStringLiteral("offscreen rendering needs a QGuiApplication"));
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return fail(QStringLiteral("offscreen rendering must run on the GUI thread"));
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxImageSide ||
        size.height() > kMaxImageSide)
        return fail(
            QStringLiteral("invalid image size %1x%2").arg(size.width()).arg(size.height()));

    QOpenGLContext context;
    context.setFormat(requiredSurfaceFormat());
    if (!context.create()) return fail(QStringLiteral("cannot create an OpenGL 3.3 core context"));
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid()) return fail(QStringLiteral("cannot create an offscreen surface"));
    if (!context.makeCurrent(&surface))
        return fail(QStringLiteral("cannot make the OpenGL context current"));

    QImage image;
    {
        SceneRenderer renderer;
        QString initError;
        if (!renderer.initialize(&initError)) {
            context.doneCurrent();
            return fail(initError);
        }
        QOpenGLFramebufferObjectFormat fboFormat;
        fboFormat.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
        fboFormat.setSamples(kSamples);
        QOpenGLFramebufferObject fbo(size, fboFormat);
        if (!fbo.isValid()) {
            renderer.releaseGl();
            context.doneCurrent();
            return fail(QStringLiteral("cannot create a %1x%2 framebuffer")
                            .arg(size.width())
                            .arg(size.height()));
        }
        renderer.resize(size, 1.0);
        renderer.setAssembly(std::move(assembly));
        renderer.setDisplayMode(mode);
        renderer.setStandardView(view);
        renderer.render(fbo.handle());
        image = fbo.toImage().convertToFormat(QImage::Format_RGB32);
        renderer.releaseGl();
    }
    context.doneCurrent();
    if (image.isNull()) return fail(QStringLiteral("reading back the rendered image failed"));
    return image;
}

} // namespace wb::render
