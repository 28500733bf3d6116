#include "offscreen.h"

#include "scene_renderer.h"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace wb::render {
namespace {

constexpr int kMaxImageSide = 16384;
constexpr int kSamples = 4;
constexpr int kWarmUpSide = 16;

/// Premultiplied `pixel` (0xAARRGGBB) over the opaque `background`.
std::uint32_t over(std::uint32_t pixel, QRgb background) {
    const std::uint32_t alpha = pixel >> 24;
    if (alpha == 0xff) return pixel;
    if (alpha == 0) return background | 0xff000000u;
    const std::uint32_t rest = 255 - alpha;
    std::uint32_t out = 0xff000000u;
    for (int shift = 0; shift < 24; shift += 8) {
        const std::uint32_t c = (pixel >> shift) & 0xff, b = (background >> shift) & 0xff;
        out |= std::min<std::uint32_t>(255, c + (rest * b + 127) / 255) << shift;
    }
    return out;
}

/// Resolves the multisampled `fbo` into a single-sampled one and reads it straight into an
/// opaque RGB32 image, top row first: a blit and a read per rectangle of `content` (GL
/// convention), where the frame has more than background; every other pixel is background.
/// The frame was drawn over transparent black; each pixel is put over the renderer's gradient
/// here, which is exact for the premultiplied colours multisampling resolves to.
QImage readBack(QOpenGLContext& context, QOpenGLFramebufferObject& fbo,
                QOpenGLFramebufferObject& resolved, const std::vector<QRect>& content) {
    const QSize size = fbo.size();
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) return {};
    for (int y = 0; y < size.height(); ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(image.scanLine(y));
        std::fill(row, row + size.width(),
                  SceneRenderer::backgroundAt(y, size.height()) | 0xff000000u);
    }
    QOpenGLFunctions* gl = context.functions();
    while (gl->glGetError() != GL_NO_ERROR) {
    }
    std::vector<std::uint32_t> pixels;
    for (const QRect& rect : content) {
        if (rect.isEmpty()) continue;
        pixels.resize(std::size_t(rect.width()) * std::size_t(rect.height()));
        QOpenGLFramebufferObject::blitFramebuffer(&resolved, rect, &fbo, rect);
        resolved.bind();
        gl->glPixelStorei(GL_PACK_ALIGNMENT, 4);
        gl->glReadPixels(rect.x(), rect.y(), rect.width(), rect.height(), GL_BGRA, GL_UNSIGNED_BYTE,
                         pixels.data());
        resolved.release();
        if (gl->glGetError() != GL_NO_ERROR) return {};
        // GL's rows run bottom-up.
        for (int r = 0; r < rect.height(); ++r) {
            const int y = size.height() - 1 - (rect.y() + r);
            auto* to = reinterpret_cast<std::uint32_t*>(image.scanLine(y)) + rect.x();
            const std::uint32_t* from = pixels.data() + std::size_t(r) * std::size_t(rect.width());
            // Not the pixel there: the other rectangle may have put the model on it already.
            const std::uint32_t background = SceneRenderer::backgroundAt(y, size.height());
            for (int x = 0; x < rect.width(); ++x)
                to[x] = over(from[x], background);
        }
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
    /// The multisampled target and its resolve target, kept for the next image of the same
    /// size (allocating and clearing them costs as much as a small frame).
    std::unique_ptr<QOpenGLFramebufferObject> target, resolved;

    ~Impl() {
        if (ready && context.makeCurrent(&surface)) {
            renderer.releaseGl();
            target.reset();
            resolved.reset();
            context.doneCurrent();
        }
    }
    /// Targets of `size`; false when the driver cannot make them.
    bool targetsFor(QSize size) {
        if (target && target->size() == size) return true;
        QOpenGLFramebufferObjectFormat format;
        format.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
        format.setSamples(kSamples);
        target = std::make_unique<QOpenGLFramebufferObject>(size, format);
        resolved = std::make_unique<QOpenGLFramebufferObject>(
            size, QOpenGLFramebufferObject::NoAttachment);
        if (target->isValid() && resolved->isValid()) return true;
        target.reset();
        resolved.reset();
        return false;
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
    d.renderer.setDrawBackground(false); // put under the frame at read-back
    d.context.doneCurrent();
    return d.ready || fail(initError);
}

QImage OffscreenRenderer::render(std::shared_ptr<const core::Assembly> assembly, QSize size,
                                 StandardView view, DisplayMode mode, QString* error,
                                 const std::function<void(SceneRenderer&)>& setUp) {
    return draw(std::move(assembly), size, view, mode, Pass::Image, error, {}, setUp);
}

QImage OffscreenRenderer::draw(std::shared_ptr<const core::Assembly> assembly, QSize size,
                               StandardView view, DisplayMode mode, Pass pass, QString* error,
                               const std::function<bool()>& stillWaiting,
                               const std::function<void(SceneRenderer&)>& setUp) {
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
    if (!d.targetsFor(size)) {
        d.context.doneCurrent();
        return fail(QStringLiteral("cannot create a %1x%2 framebuffer")
                        .arg(size.width())
                        .arg(size.height()));
    }
    // Warming up draws into a corner: the targets, shader variants and resolve are those of the
    // real frame, the rasterizing is not.
    const bool image = pass == Pass::Image;
    d.renderer.resize(image ? size : QSize(kWarmUpSide, kWarmUpSide), 1.0);
    d.renderer.setAssembly(std::move(assembly));
    d.renderer.setDisplayMode(mode);
    if (setUp) setUp(d.renderer);
    d.renderer.setStandardView(view);
    d.renderer.render(d.target->handle());
    QImage out;
    if (image) {
        out = readBack(d.context, *d.target, *d.resolved, d.renderer.contentRects());
    } else {
        // The resolve has its own shader variant; skipped when the model has come meanwhile.
        if (!stillWaiting || stillWaiting())
            QOpenGLFramebufferObject::blitFramebuffer(d.resolved.get(), d.target.get());
        d.context.functions()->glFinish();
        out = QImage(1, 1, QImage::Format_RGB32);
    }
    d.renderer.setAssembly(nullptr); // frees the model's GPU buffers
    d.context.doneCurrent();
    if (out.isNull()) return fail(QStringLiteral("reading back the rendered image failed"));
    return out;
}

bool OffscreenRenderer::warmUp(QSize size, DisplayMode mode, QString* error,
                               const std::function<bool()>& stillWaiting) {
    // A unit cube: shaded faces, feature edges and the axis triad, the state of a real frame.
    auto mesh = std::make_shared<core::Mesh>();
    for (int c = 0; c < 8; ++c)
        mesh->positions.insert(mesh->positions.end(),
                               {float(c & 1), float((c >> 1) & 1), float((c >> 2) & 1)});
    mesh->indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
                     2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
    for (int f = 0; f < 6; ++f)
        mesh->faceIds.insert(mesh->faceIds.end(), {f, f});
    mesh->faceCount = 6;
    mesh->computeNormals();
    auto assembly = std::make_shared<core::Assembly>();
    core::Part part;
    part.name = "cube";
    part.mesh = std::move(mesh);
    assembly->addNode(0, "cube", {}, assembly->addPart(std::move(part)));
    return !draw(std::move(assembly), size, StandardView::Iso, mode, Pass::WarmUp, error,
                 stillWaiting)
                .isNull();
}

QImage renderImage(std::shared_ptr<const core::Assembly> assembly, QSize size, StandardView view,
                   DisplayMode mode, QString* error) {
    OffscreenRenderer renderer;
    if (!renderer.create(error)) return {};
    return renderer.render(std::move(assembly), size, view, mode, error);
}

} // namespace wb::render
