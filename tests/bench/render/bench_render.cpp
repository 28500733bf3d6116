// Frame-time benchmark of wb::render on this machine's OpenGL (Mesa llvmpipe under Xvfb):
// ~1M and ~5M triangles, as one big mesh and as many instances of a smaller part, offscreen
// at 1280x800 with 4x multisampling. Prints a table; asserts nothing.
//
// Usage: bench_render [frames] [--samples N] [--quick] [--png DIR]
//   --samples: MSAA samples of the target (default 4); --quick: the 1M rows only.

#include "render/offscreen.h"
#include "render/scene_renderer.h"

#include "core/model/assembly.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

using namespace wb;

namespace {

constexpr QSize kSize{1280, 800};

/// A torus with `ring` x `tube` quads (2 triangles each), analytic normals, four faces.
std::shared_ptr<core::Mesh> torus(int ring, int tube, float major, float minor) {
    auto mesh = std::make_shared<core::Mesh>();
    const float pi2 = 2.0f * std::numbers::pi_v<float>;
    mesh->positions.reserve(std::size_t(ring + 1) * (tube + 1) * 3);
    mesh->normals.reserve(mesh->positions.capacity());
    for (int i = 0; i <= ring; ++i) {
        const float u = pi2 * float(i) / float(ring), cu = std::cos(u), su = std::sin(u);
        for (int j = 0; j <= tube; ++j) {
            const float v = pi2 * float(j) / float(tube), cv = std::cos(v), sv = std::sin(v);
            mesh->positions.insert(mesh->positions.end(), {(major + minor * cv) * cu,
                                                           (major + minor * cv) * su, minor * sv});
            mesh->normals.insert(mesh->normals.end(), {cv * cu, cv * su, sv});
        }
    }
    mesh->indices.reserve(std::size_t(ring) * tube * 6);
    mesh->faceIds.reserve(std::size_t(ring) * tube * 2);
    for (int i = 0; i < ring; ++i)
        for (int j = 0; j < tube; ++j) {
            const auto a = std::uint32_t(i * (tube + 1) + j), b = a + std::uint32_t(tube + 1);
            mesh->indices.insert(mesh->indices.end(), {a, b, b + 1, a, b + 1, a + 1});
            const int face = (4 * i / ring) % 4;
            mesh->faceIds.insert(mesh->faceIds.end(), {face, face});
        }
    mesh->faceCount = 4;
    return mesh;
}

std::shared_ptr<core::Assembly> singleMesh(int ring, int tube) {
    auto assembly = std::make_shared<core::Assembly>();
    const int part =
        assembly->addPart({"torus", torus(ring, tube, 50, 18), {0.72f, 0.74f, 0.78f, 1}, true});
    assembly->addNode(0, "torus", {}, part);
    return assembly;
}

std::shared_ptr<core::Assembly> instancedGrid(int count) {
    auto assembly = std::make_shared<core::Assembly>();
    const int part =
        assembly->addPart({"ring", torus(100, 50, 5, 1.8f), {0.8f, 0.55f, 0.2f, 1}, true});
    const int side = int(std::ceil(std::sqrt(double(count))));
    for (int i = 0; i < count; ++i) {
        const int node = assembly->addNode(
            0, "ring" + std::to_string(i),
            core::Transform::translation({14.0 * (i % side), 14.0 * (i / side), 0}), part);
        if (i % 3 == 0) assembly->nodes()[node].color = core::Color{0.3f, 0.5f, 0.8f, 1};
    }
    return assembly;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct Row {
    const char* name;
    std::shared_ptr<core::Assembly> assembly;
};

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    int frames = 15;
    int samples = 4;
    bool quick = false;
    QString pngDir;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == "--png" && i + 1 < argc)
            pngDir = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--samples" && i + 1 < argc)
            samples = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (arg == "--quick")
            quick = true;
        else if (arg.toInt() > 0)
            frames = arg.toInt();
    }

    QOpenGLContext context;
    context.setFormat(render::requiredSurfaceFormat());
    QOffscreenSurface surface;
    if (!context.create()) {
        std::fprintf(stderr, "bench_render: no OpenGL 3.3 core context\n");
        return 1;
    }
    surface.setFormat(context.format());
    surface.create();
    context.makeCurrent(&surface);
    auto* gl = context.functions();
    std::printf("GL_RENDERER: %s\nGL_VERSION: %s\n", gl->glGetString(GL_RENDERER),
                gl->glGetString(GL_VERSION));
    std::printf(
        "%dx%d, %d MSAA samples, median of %d frames (glFinish after each), camera orbiting\n\n",
        kSize.width(), kSize.height(), samples, frames);
    std::printf("| scene | triangles | parts | instances | upload s | shaded ms | shaded+edges ms "
                "| wireframe ms | orbit drag ms | pick ms |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");

    QOpenGLFramebufferObjectFormat format;
    format.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
    format.setSamples(samples);
    QOpenGLFramebufferObject fbo(kSize, format);

    const Row rows[] = {{"1 mesh, 1M", singleMesh(1000, 500)},
                        {"100 x 10k instanced", instancedGrid(100)},
                        {"1 mesh, 5M", singleMesh(2500, 1000)},
                        {"500 x 10k instanced", instancedGrid(500)}};
    for (const Row& row : rows) {
        if (quick && row.assembly->triangleCount() > 2'000'000) continue;
        render::SceneRenderer renderer;
        QString error;
        if (!renderer.initialize(&error)) {
            std::fprintf(stderr, "bench_render: %s\n", qPrintable(error));
            return 1;
        }
        renderer.resize(kSize, 1.0);
        QElapsedTimer timer;
        timer.start();
        renderer.setAssembly(row.assembly);
        renderer.setStandardView(render::StandardView::Iso);
        renderer.render(fbo.handle());
        gl->glFinish();
        const double upload = timer.nsecsElapsed() * 1e-9;

        double ms[3] = {};
        const render::DisplayMode modes[] = {render::DisplayMode::Shaded,
                                             render::DisplayMode::ShadedEdges,
                                             render::DisplayMode::Wireframe};
        for (int m = 0; m < 3; ++m) {
            renderer.setDisplayMode(modes[m]);
            std::vector<double> times;
            for (int f = 0; f < frames; ++f) {
                renderer.camera().orbit(0.02f, 0.0f, renderer.camera().target());
                timer.restart();
                renderer.render(fbo.handle());
                gl->glFinish();
                times.push_back(timer.nsecsElapsed() * 1e-6);
            }
            ms[m] = median(times);
        }
        std::vector<double> picks;
        for (int f = 0; f < std::max(3, frames / 3); ++f) {
            timer.restart();
            renderer.pick({kSize.width() / 2 + f, kSize.height() / 2});
            picks.push_back(timer.nsecsElapsed() * 1e-6);
        }
        // Interactive orbit: a left-button drag in shaded+edges mode, one frame per move.
        renderer.setDisplayMode(render::DisplayMode::ShadedEdges);
        const QPoint centre(kSize.width() / 2, kSize.height() / 2);
        renderer.mousePress(centre, Qt::LeftButton, Qt::NoModifier);
        std::vector<double> drags;
        for (int f = 0; f < frames; ++f) {
            timer.restart();
            renderer.mouseMove(centre + QPoint(4 * (f + 1), f), Qt::LeftButton, Qt::NoModifier);
            renderer.render(fbo.handle());
            gl->glFinish();
            drags.push_back(timer.nsecsElapsed() * 1e-6);
        }
        renderer.mouseRelease(centre + QPoint(4 * frames, frames));
        if (!pngDir.isEmpty()) {
            renderer.setDisplayMode(render::DisplayMode::ShadedEdges);
            renderer.render(fbo.handle());
            fbo.toImage().save(pngDir + "/bench_" + QString::number(&row - rows) + ".png");
        }
        std::printf("| %s | %zu | %zu | %zu | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
                    row.name, row.assembly->triangleCount(), row.assembly->parts().size(),
                    row.assembly->instanceCount(), upload, ms[0], ms[1], ms[2], median(drags),
                    median(picks));
        std::fflush(stdout);
        renderer.releaseGl();
    }
    context.doneCurrent();
    return 0;
}
