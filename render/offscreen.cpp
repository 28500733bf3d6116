#include "offscreen.h"

#include "scene_renderer.h"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>
#include <QThread>

#include <cstdint>
#include <vector>

namespace wb::render {
namespace {

constexpr int kMaxImageSide = 16384;
constexpr int kSamples = 4;

/// Resolves the multisampled `fbo` into a single-sampled one and reads it straight into an
/// opaque RGB32 image, top row first: one blit and one read, no format conversions.
QImage readBack(QOpenGLContext& context, QOpenGLFramebufferObject& fbo) {
    const QSize size = fbo.size();
    QOpenGLFramebufferObject resolved(size, QOpenGLFramebufferObject::NoAttachment);
    if (!resolved.isValid()) return {};
    QOpenGLFramebufferObject::blitFramebuffer(&resolved, &fbo);
    std::vector<std::uint32_t> pixels(std::size_t(size.width()) * std::size_t(size.height()));
    QOpenGLFunctions* gl = context.functions();
    resolved.bind();
    gl->glPixelStorei(GL_PACK_ALIGNMENT, 4);
    gl->glReadPixels(0, 0, size.width(), size.height(), GL_BGRA, GL_UNSIGNED_BYTE, pixels.data());
    resolved.release();
    if (gl->glGetError() != GL_NO_ERROR) return {};
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) return {};
    // GL's rows run bottom-up; RGB32 wants alpha 0xff in every pixel.
    for (int y = 0; y < size.height(); ++y) {
        const std::uint32_t* from =
            pixels.data() + std::size_t(size.height() - 1 - y) * std::size_t(size.width());
        auto* to = reinterpret_cast<std::uint32_t*>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            to[x] = from[x] | 0xff000000u;
    }
    return image;
}

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
        image = readBack(d.context, fbo);
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
