#include "scene_renderer_impl.h"

#include "feature_edges.h"
#include "mesh_lod.h"
#include "scene_constants.h"
#include "shaders.h"

#include <QOpenGLContext>
#include <QOpenGLVersionFunctionsFactory>

#include <algorithm>
#include <cmath>

namespace wb::render {

using namespace scene;

SceneRenderer::SceneRenderer() : m_impl(std::make_unique<Impl>()) {}
SceneRenderer::~SceneRenderer() = default;

bool SceneRenderer::initialize(QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    QOpenGLContext* context = QOpenGLContext::currentContext();
    if (!context) return fail(QStringLiteral("no current OpenGL context"));
    const auto version = context->format().version();
    if (context->isOpenGLES() || version < qMakePair(3, 3))
        return fail(QStringLiteral("OpenGL 3.3 core is required, the context has %1.%2%3")
                        .arg(version.first)
                        .arg(version.second)
                        .arg(context->isOpenGLES() ? QStringLiteral(" ES") : QString()));
    auto* gl = QOpenGLVersionFunctionsFactory::get<GlFunctions>(context);
    if (!gl || !gl->initializeOpenGLFunctions())
        return fail(QStringLiteral("cannot resolve the OpenGL 3.3 core functions"));
    if (m_impl->ready()) releaseGl();
    Impl& d = *m_impl;
    QString log;
    d.shadedProgram = shaders::buildProgram(shaders::kInstancedVertex, shaders::kShadedFragment, &log);
    if (d.shadedProgram)
        d.faceHighlightProgram = shaders::buildProgram(
            shaders::kInstancedVertex,
            shaders::withDefine(shaders::kShadedFragment, "WB_FACE_HIGHLIGHT").c_str(), &log);
    if (d.faceHighlightProgram)
        d.lineProgram = shaders::buildProgram(shaders::kInstancedVertex, shaders::kLineFragment, &log);
    if (d.lineProgram)
        d.idProgram = shaders::buildProgram(shaders::kInstancedVertex, shaders::kIdFragment, &log);
    if (d.idProgram)
        d.backgroundProgram =
            shaders::buildProgram(shaders::kBackgroundVertex, shaders::kBackgroundFragment, &log);
    if (d.backgroundProgram)
        d.overlayProgram = shaders::buildProgram(shaders::kOverlayVertex, shaders::kOverlayFragment, &log);
    if (d.overlayProgram && !d.glyphs.initialize(gl, &log)) d.overlayProgram.reset();
    if (!d.overlayProgram) {
        d.resetPrograms();
        return fail(QStringLiteral("shader build failed: ") + log);
    }
    d.gl = gl;
    gl->glGetIntegerv(GL_MAX_TEXTURE_BUFFER_SIZE, &d.maxTextureBuffer);
    const QByteArray rendererName =
        QByteArray(reinterpret_cast<const char*>(gl->glGetString(GL_RENDERER))).toLower();
    d.softwareRasterizer = rendererName.contains("llvmpipe") || rendererName.contains("softpipe") ||
                           rendererName.contains("swiftshader") ||
                           rendererName.contains("software");
    gl->glGenVertexArrays(1, &d.emptyVao);
    d.triad.initialize(gl);
    for (auto* program : {d.faceHighlightProgram.get(), d.idProgram.get()}) {
        program->bind();
        program->setUniformValue("uFaceIds", 0);
    }
    d.faceHighlightProgram->bind();
    d.faceHighlightProgram->setUniformValue("uFaceTints", 1);
    for (auto* program : {d.shadedProgram.get(), d.faceHighlightProgram.get(), d.lineProgram.get(),
                          d.idProgram.get()}) {
        program->bind();
        program->setUniformValue("uResults", 2);
        program->setUniformValue("uColourTable", 3);
    }
    d.tintsDirty = true;
    d.partsUploaded = false;
    d.instancesDirty = true;
    return true;
}

void SceneRenderer::releaseGl() {
    Impl& d = *m_impl;
    if (!d.ready()) return;
    d.destroyParts();
    d.destroyFaceTints();
    d.destroyResults();
    d.triad.destroy(d.gl);
    d.glyphs.destroy(d.gl);
    d.pickBuffer.destroy(d.gl);
    d.gl->glDeleteVertexArrays(1, &d.emptyVao);
    d.emptyVao = 0;
    d.resetPrograms();
    d.gl = nullptr;
}

bool SceneRenderer::isInitialized() const {
    return m_impl->ready();
}

void SceneRenderer::setAssembly(std::shared_ptr<const core::Assembly> assembly) {
    Impl& d = *m_impl;
    d.destroyParts();
    d.assembly = std::move(assembly);
    d.instances.clear();
    d.partBoxes.clear();
    d.nodeInstance.clear();
    if (d.assembly) {
        d.instances = d.assembly->instances();
        d.nodeInstance.assign(d.assembly->nodes().size(), -1);
        for (std::size_t i = 0; i < d.instances.size(); ++i)
            d.nodeInstance[d.instances[i].node] = static_cast<int>(i);
        for (const core::Part& part : d.assembly->parts())
            d.partBoxes.push_back(part.mesh ? part.mesh->bbox() : core::BBox{});
        d.camera.setSceneBounds(d.assembly->bbox());
    }
    d.hidden.clear();
    d.selection.clear();
    d.highlightNode = d.highlightFace = -1;
    d.faceTints.clear();
    d.glyphs.setGlyphs({});
    d.resultValues.clear();
    d.resultDisplacements.clear();
    d.resultDirty = true;
    d.tintsDirty = true;
    d.instancesDirty = true;
    fitAll();
}

std::shared_ptr<const core::Assembly> SceneRenderer::assembly() const {
    return m_impl->assembly;
}

void SceneRenderer::setHiddenNodes(const std::vector<bool>& hiddenPerNode) {
    m_impl->hidden = hiddenPerNode;
    m_impl->instancesDirty = true;
}

void SceneRenderer::setSelection(const std::vector<int>& nodes) {
    m_impl->selection = nodes;
    m_impl->instancesDirty = true;
}

void SceneRenderer::setHighlightedFace(int node, int face) {
    m_impl->highlightNode = face >= 0 ? node : -1;
    m_impl->highlightFace = node >= 0 ? face : -1;
}

void SceneRenderer::setDisplayMode(DisplayMode mode) {
    m_impl->mode = mode;
}
DisplayMode SceneRenderer::displayMode() const {
    return m_impl->mode;
}

void SceneRenderer::resize(QSize pixelSize, qreal devicePixelRatio) {
    m_impl->pixelSize = pixelSize.expandedTo({1, 1});
    m_impl->devicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
}

void SceneRenderer::render(GLuint targetFbo) {
    Impl& d = *m_impl;
    if (!d.ready()) return;
    d.syncGpu();
    GlFunctions* gl = d.gl;
    gl->glBindFramebuffer(GL_FRAMEBUFFER, targetFbo);
    gl->glViewport(0, 0, d.pixelSize.width(), d.pixelSize.height());
    const QMatrix4x4 view = d.camera.view(), projection = d.camera.projection(d.aspect());
    d.lastViewProjection = projection * view;
    gl->glDisable(GL_SCISSOR_TEST);
    gl->glDisable(GL_BLEND);
    gl->glDepthMask(GL_TRUE);
    if (d.drawBackgroundPass) {
        gl->glClear(GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    } else {
        gl->glClearColor(0, 0, 0, 0);
        gl->glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    }
    // Software rasterizers shade every sample: drop multisampling while the user drags.
    if (d.softwareRasterizer && (d.drag != Impl::Drag::None || d.moving))
        gl->glDisable(GL_MULTISAMPLE);
    if (d.drawBackgroundPass) d.drawBackground();
    setNoFaceColour();
    d.drawModel(view, projection);
    d.glyphs.draw(gl, d.glyphScene(), d.glyphView());
    d.triad.draw(gl, *d.shadedProgram, *d.overlayProgram, view, d.triadViewport());
    gl->glViewport(0, 0, d.pixelSize.width(), d.pixelSize.height());
    gl->glDisable(GL_DEPTH_TEST);
    gl->glEnable(GL_MULTISAMPLE);
    gl->glBindVertexArray(0);
    gl->glUseProgram(0);
}

QRect SceneRenderer::Impl::triadViewport() const {
    const int side = int(std::lround(kTriadSize * devicePixelRatio));
    const int margin = int(std::lround(kTriadMargin * devicePixelRatio));
    return QRect(margin, margin, side, side);
}

PickResult SceneRenderer::pick(QPoint logicalPos) {
    Impl& d = *m_impl;
    PickResult result;
    QPoint pixel;
    const PickSample sample = d.sampleAt(logicalPos, &pixel);
    if (sample.pickId == 0 || sample.pickId > d.instances.size()) return result;
    const core::Instance& instance = d.instances[sample.pickId - 1];
    result.node = instance.node;
    result.part = instance.part;
    result.face = sample.face;
    result.point = d.unproject(pixel, sample.depth);
    return result;
}

void SceneRenderer::setMoving(bool moving) {
    m_impl->moving = moving;
}

Camera& SceneRenderer::camera() {
    return m_impl->camera;
}

void SceneRenderer::fitAll() {
    core::BBox box = m_impl->visibleBox();
    if (box.isEmpty() && m_impl->assembly) box = m_impl->assembly->bbox();
    m_impl->camera.fit(box, m_impl->aspect());
}

void SceneRenderer::setStandardView(StandardView view) {
    m_impl->camera.setView(view);
    fitAll();
}

void SceneRenderer::Impl::drawBackground() {
    gl->glDisable(GL_DEPTH_TEST);
    backgroundProgram->bind();
    backgroundProgram->setUniformValue("uTopColor", kBackgroundTop);
    backgroundProgram->setUniformValue("uBottomColor", kBackgroundBottom);
    gl->glBindVertexArray(emptyVao);
    gl->glDrawArrays(GL_TRIANGLES, 0, 3);
}

void SceneRenderer::Impl::drawModel(const QMatrix4x4& view, const QMatrix4x4& projection) {
    const bool coarse = coarseWhileMoving && (drag != Drag::None || moving);
    const DisplayMode mode = coarse ? DisplayMode::Shaded : this->mode;
    gl->glEnable(GL_DEPTH_TEST);
    gl->glDepthFunc(GL_LEQUAL);
    const int highlightPick = highlightNode >= 0 && highlightNode < int(nodeInstance.size()) &&
                                      nodeInstance[highlightNode] >= 0
                                  ? nodeInstance[highlightNode] + 1
                                  : 0;
    if (mode != DisplayMode::Wireframe) {
        gl->glEnable(GL_POLYGON_OFFSET_FILL);
        gl->glPolygonOffset(1.0f, 1.0f);
        // Only faces need gl_PrimitiveID, which slows software rasterizers down.
        const bool faces = highlightPick > 0 || hasTints;
        QOpenGLShaderProgram& program = faces ? *faceHighlightProgram : *shadedProgram;
        program.bind();
        program.setUniformValue("uView", view);
        program.setUniformValue("uProjection", projection);
        program.setUniformValue("uSelectionColor", kSelectionColor);
        if (faces) {
            program.setUniformValue("uHighlightPick", highlightPick);
            program.setUniformValue("uHighlightFace", highlightFace);
            program.setUniformValue("uFaceHighlightColor", kFaceHighlightColor);
            gl->glActiveTexture(GL_TEXTURE1);
            gl->glBindTexture(GL_TEXTURE_BUFFER, tintTexture);
        }
        bindResults(program, true, deformationScale);
        for (const GpuPart& part : parts) {
            if (part.instanceCount() == 0) continue;
            // The coarse stand-ins' triangles are not the mesh's: no faces on them.
            if (faces)
                program.setUniformValue("uHasFaceIds",
                                        part.bindFaceIds(gl, 0) && !(coarse && part.hasCoarse()));
            part.drawTriangles(gl, coarse);
        }
        gl->glDisable(GL_POLYGON_OFFSET_FILL);
    }
    drawGhost(view, projection);
    if (mode == DisplayMode::Shaded) return;
    lineProgram->bind();
    bindResults(*lineProgram, false, deformationScale);
    lineProgram->setUniformValue("uView", view);
    lineProgram->setUniformValue("uProjection", projection);
    lineProgram->setUniformValue("uLineColor", kEdgeColor);
    lineProgram->setUniformValue("uSelectionColor", kSelectionColor);
    lineProgram->setUniformValue("uUseInstanceColor", mode == DisplayMode::Wireframe);
    for (const GpuPart& part : parts) {
        if (mode == DisplayMode::Wireframe)
            part.drawAllEdges(gl);
        else
            part.drawFeatureEdges(gl);
    }
}

void SceneRenderer::Impl::resetPrograms() {
    shadedProgram.reset();
    faceHighlightProgram.reset();
    lineProgram.reset();
    idProgram.reset();
    backgroundProgram.reset();
    overlayProgram.reset();
}

void SceneRenderer::Impl::destroyParts() {
    if (ready())
        for (GpuPart& part : parts)
            part.destroy(gl);
    parts.clear();
    partsUploaded = false;
    instancesDirty = true;
}

void SceneRenderer::Impl::syncGpu() {
    if (!ready()) return;
    if (assembly && !partsUploaded) {
        parts.resize(assembly->parts().size());
        std::size_t sceneTriangles = 0;
        for (const core::Instance& instance : instances)
            if (const auto& mesh = assembly->parts()[instance.part].mesh)
                sceneTriangles += mesh->triangleCount();
        coarseWhileMoving = sceneTriangles > kInteractiveTriangles;
        const double keep =
            coarseWhileMoving ? double(kInteractiveTriangles) / sceneTriangles : 1.0;
        for (std::size_t p = 0; p < parts.size(); ++p) {
            const auto& mesh = assembly->parts()[p].mesh;
            if (!mesh || mesh->triangleCount() == 0) continue;
            const MeshEdges edges = meshEdges(*mesh);
            std::vector<std::uint32_t> coarse;
            if (coarseWhileMoving && mesh->triangleCount() > kMinCoarseTriangles)
                coarse = clusteredIndices(
                    *mesh, std::max(kMinCoarseTriangles / 2,
                                    std::size_t(double(mesh->triangleCount()) * keep)));
            parts[p].upload(gl, *mesh, edges.feature, edges.all, maxTextureBuffer, coarse);
        }
        partsUploaded = true;
        instancesDirty = true;
    }
    if (tintsDirty) uploadFaceTints();
    if (resultDirty) uploadResults();
    if (instancesDirty) updateInstances();
}

} // namespace wb::render
