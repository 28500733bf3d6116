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

struct OffscreenRenderer::Impl {
    QOpenGLContext context;
    QOffscreenSurface surface;
    SceneRenderer renderer;
    bool ready = false;

    ~Impl() {
        if (ready && context.makeCurrent(&surface)) {
            renderer.releaseGl();
            context.doneCurrent();
        }
    }
};

OffscreenRenderer::OffscreenRenderer() : m_impl(std::make_unique<Impl>()) {}
OffscreenRenderer::~OffscreenRenderer() = default;

bool OffscreenRenderer::create(QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(QStringLiteral("offscreen rendering needs a QGuiApplication"));
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return fail(QStringLiteral("offscreen rendering must run on the GUI thread"));
    Impl& d = *m_impl;
    d.context.setFormat(requiredSurfaceFormat());
    if (!d.context.create())
        return fail(QStringLiteral("cannot create an OpenGL 3.3 core context"));
    d.surface.setFormat(d.context.format());
    d.surface.create();
    if (!d.surface.isValid()) return fail(QStringLiteral("cannot create an offscreen surface"));
    if (!d.context.makeCurrent(&d.surface))
        return fail(QStringLiteral("cannot make the OpenGL context current"));
    QString initError;
    d.ready = d.renderer.initialize(&initError);
    d.context.doneCurrent();
    return d.ready || fail(initError);
}

QImage OffscreenRenderer::render(std::shared_ptr<const core::Assembly> assembly, QSize size,
                                 StandardView view, DisplayMode mode, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return QImage();
    };
    Impl& d = *m_impl;
    if (!d.ready) return fail(QStringLiteral("the offscreen renderer is not created"));
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxImageSide ||
        size.height() > kMaxImageSide)
        return fail(
            QStringLiteral("invalid image size %1x%2").arg(size.width()).arg(size.height()));
    if (!d.context.makeCurrent(&d.surface))
        return fail(QStringLiteral("cannot make the OpenGL context current"));
    QImage image;
    {
        QOpenGLFramebufferObjectFormat fboFormat;
        fboFormat.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
        fboFormat.setSamples(kSamples);
        QOpenGLFramebufferObject fbo(size, fboFormat);
        if (!fbo.isValid()) {
            d.context.doneCurrent();
            return fail(QStringLiteral("cannot create a %1x%2 framebuffer")
                            .arg(size.width())
                            .arg(size.height()));
        }
        d.renderer.resize(size, 1.0);
        d.renderer.setAssembly(std::move(assembly));
        d.renderer.setDisplayMode(mode);
        d.renderer.setStandardView(view);
        d.renderer.render(fbo.handle());
        image = fbo.toImage().convertToFormat(QImage::Format_RGB32);
        d.renderer.setAssembly(nullptr); // frees the model's GPU buffers
    }
    d.context.doneCurrent();
    if (image.isNull()) return fail(QStringLiteral("reading back the rendered image failed"));
    return image;
}

QImage renderImage(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                   DisplayMode mode, QString* error) {
    OffscreenRenderer renderer;
    if (!renderer.create(error)) return {};
    return renderer.render(std::move(assembly), size, view, mode, error);
}

} // namespace wb::render
