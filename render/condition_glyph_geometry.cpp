// Where the symbols of supports and loads go: sample points and normals on their faces, the
// faces' triangles for hatching, box edges, tints, and what lies under a pixel.
#include "condition_glyph_layer.h"

#include "condition_glyph_style.h"

#include <algorithm>
#include <cmath>

namespace wb::render {
namespace {

using namespace glyph_style;

struct Sample {
    core::Vec3 point, normal;
};

core::Vec3 normalized(const core::Vec3& v) {
    const double l = v.length();
    return l > 0 ? v * (1.0 / l) : core::Vec3{};
}

/// Up to `count` points spread over the triangles `tris` of a face by area (the centroids of
/// the triangles at evenly spaced area fractions), with the face's normal there.
std::vector<Sample> faceSamples(const core::Mesh& mesh, const std::vector<std::uint32_t>& tris,
                                int count) {
    std::vector<double> cumulative;
    cumulative.reserve(tris.size());
    double total = 0;
    const auto corner = [&](std::uint32_t t, int c) {
        return mesh.vertex(mesh.indices[3 * std::size_t(t) + std::size_t(c)]);
    };
    for (std::uint32_t t : tris) {
        const core::Vec3 a = corner(t, 0), b = corner(t, 1), c = corner(t, 2);
        total += 0.5 * (b - a).cross(c - a).length();
        cumulative.push_back(total);
    }
    std::vector<Sample> samples;
    if (tris.empty() || !(total > 0)) return samples;
    const bool hasNormals = mesh.normals.size() == mesh.positions.size();
    std::size_t last = tris.size();
    for (int i = 0; i < count; ++i) {
        const double target = (i + 0.5) / count * total;
        const std::size_t k = std::min<std::size_t>(
            std::size_t(std::upper_bound(cumulative.begin(), cumulative.end(), target) -
                        cumulative.begin()),
            tris.size() - 1);
        if (k == last) continue;
        last = k;
        const std::uint32_t t = tris[k];
        const core::Vec3 a = corner(t, 0), b = corner(t, 1), c = corner(t, 2);
        core::Vec3 n = (b - a).cross(c - a);
        if (hasNormals) {
            core::Vec3 sum;
            for (int v = 0; v < 3; ++v) {
                const std::size_t index = mesh.indices[3 * std::size_t(t) + std::size_t(v)];
                sum = sum + core::Vec3{mesh.normals[3 * index], mesh.normals[3 * index + 1],
                                       mesh.normals[3 * index + 2]};
            }
            if (sum.length() > 1e-9) n = sum;
        }
        samples.push_back({(a + b + c) * (1.0 / 3.0), normalized(n)});
    }
    return samples;
}

/// The logical pixel (origin top-left) where `p` appears; false behind the eye.
bool toScreen(const QMatrix4x4& viewProjection, const QVector3D& p, const QSizeF& logical,
              QPointF* out) {
    const QVector4D clip = viewProjection.map(QVector4D(p, 1.0f));
    if (!(clip.w() > 1e-9f)) return false;
    *out = {(clip.x() / clip.w() + 1.0) * 0.5 * logical.width(),
            (1.0 - clip.y() / clip.w()) * 0.5 * logical.height()};
    return true;
}

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
    const QPointF ab = b - a, ap = p - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(ap, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = ap - ab * t;
    return std::sqrt(QPointF::dotProduct(d, d));
}

} // namespace

void ConditionGlyphLayer::setGlyphs(std::vector<ConditionGlyph> glyphs) {
    m_glyphs = std::move(glyphs);
    m_built = false;
    m_uploaded = false;
}

void ConditionGlyphLayer::appendTints(std::vector<FaceTint>& tints) const {
    for (const bool emphasised : {false, true})
        for (const ConditionGlyph& g : m_glyphs) {
            if (g.emphasised != emphasised || g.tint <= 0) continue;
            const int alpha = std::min(255, g.tint + (emphasised ? kEmphasisTint : 0));
            const QRgb c = qRgba(qRed(g.color), qGreen(g.color), qBlue(g.color), alpha);
            for (const core::NodeFace& f : g.faces)
                tints.push_back({f, c});
        }
}

float ConditionGlyphLayer::screenMargin() const {
    for (const ConditionGlyph& g : m_glyphs)
        if (!g.arrows.empty()) return kArrowLength * kEmphasisScale + kLiftPixels + 2;
    return 0;
}

void ConditionGlyphLayer::build(const GlyphScene& scene) {
    m_built = true;
    m_uploaded = false;
    m_arrows.clear();
    m_arrowInstance.clear();
    m_arrowGlyph.clear();
    m_facePositions.clear();
    m_faceBatches.clear();
    m_boxPositions.clear();
    m_boxLines.clear();
    if (!scene.assembly) return;
    const core::Assembly& assembly = *scene.assembly;
    const int nodeCount = int(scene.nodeInstance->size());
    for (int g = 0; g < int(m_glyphs.size()); ++g) {
        const ConditionGlyph& glyph = m_glyphs[std::size_t(g)];
        std::vector<core::NodeFace> faces = glyph.faces;
        std::sort(faces.begin(), faces.end());
        faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
        // Many faces: one sample on every stride-th face, so that a glyph stays cheap.
        const std::size_t wanted = faces.size() * glyph.arrows.size() * kSamplesPerFace;
        const int perFace = wanted <= kMaxArrowsPerGlyph ? kSamplesPerFace : 1;
        const std::size_t stride =
            std::max<std::size_t>(1, faces.size() * glyph.arrows.size() / kMaxArrowsPerGlyph);
        std::size_t faceNumber = 0;
        for (std::size_t i = 0; i < faces.size();) {
            const int node = faces[i].node;
            std::size_t end = i;
            while (end < faces.size() && faces[end].node == node)
                ++end;
            const int instance = node >= 0 && node < nodeCount ? (*scene.nodeInstance)[node] : -1;
            const std::vector<core::NodeFace> run(faces.begin() + long(i),
                                                  faces.begin() + long(end));
            i = end;
            if (instance < 0) continue;
            const core::Instance& inst = (*scene.instances)[std::size_t(instance)];
            const auto& mesh = assembly.parts()[std::size_t(inst.part)].mesh;
            if (!mesh || mesh->faceIds.size() != mesh->triangleCount()) continue;
            std::vector<std::vector<std::uint32_t>> tris(run.size());
            for (std::size_t t = 0; t < mesh->triangleCount(); ++t) {
                const auto it = std::lower_bound(run.begin(), run.end(),
                                                 core::NodeFace{node, mesh->faceIds[t]});
                if (it != run.end() && it->face == mesh->faceIds[t])
                    tris[std::size_t(it - run.begin())].push_back(std::uint32_t(t));
            }
            if (glyph.hatch) {
                FaceBatch batch{g, instance, int(m_facePositions.size() / 3), 0};
                for (const auto& list : tris)
                    for (std::uint32_t t : list)
                        for (int c = 0; c < 3; ++c) {
                            const std::size_t v =
                                mesh->indices[3 * std::size_t(t) + std::size_t(c)];
                            m_facePositions.insert(m_facePositions.end(),
                                                   {mesh->positions[3 * v],
                                                    mesh->positions[3 * v + 1],
                                                    mesh->positions[3 * v + 2]});
                        }
                batch.count = int(m_facePositions.size() / 3) - batch.first;
                if (batch.count > 0) m_faceBatches.push_back(batch);
            }
            if (glyph.arrows.empty()) continue;
            for (const auto& list : tris)
                if (!list.empty() && faceNumber++ % stride == 0)
                    addArrows(g, instance, inst, *mesh, list, perFace);
        }
        addBoxEdges(g);
    }
}

void ConditionGlyphLayer::addArrows(int g, int instance, const core::Instance& inst,
                                    const core::Mesh& mesh, const std::vector<std::uint32_t>& tris,
                                    int count) {
    const ConditionGlyph& glyph = m_glyphs[std::size_t(g)];
    const float scale = glyph.emphasised ? kEmphasisScale : 1.0f;
    for (const Sample& local : faceSamples(mesh, tris, count)) {
        const core::Vec3 point = inst.world.apply(local.point);
        const core::Vec3 normal = normalized(inst.world.applyVector(local.normal));
        for (const GlyphArrows& spec : glyph.arrows) {
            core::Vec3 d = spec.direction == GlyphArrows::Direction::Along
                               ? normalized({spec.vector.x(), spec.vector.y(), spec.vector.z()})
                               : normal;
            if (spec.direction == GlyphArrows::Direction::IntoFaces) d = d * -1.0;
            if (d.length() < 0.5) continue;
            ArrowInstance a{};
            const core::Vec3* sources[3] = {&point, &d, &normal};
            float* targets[3] = {a.anchor, a.direction, a.normal};
            for (int k = 0; k < 3; ++k) {
                targets[k][0] = float(sources[k]->x);
                targets[k][1] = float(sources[k]->y);
                targets[k][2] = float(sources[k]->z);
            }
            // Pointing into the face: the arrow ends there, from outside.
            a.size[0] = (spec.head ? kArrowLength : kMarkLength) * scale;
            a.size[1] = d.dot(normal) < -1e-6 ? 1.0f : 0.0f;
            a.size[2] = spec.head ? kHeadStart : 1.0f;
            a.size[3] = spec.head ? kHeadHalfWidth : 0.0f;
            a.shaftHalf = spec.head ? kShaftHalfWidth : kMarkHalfWidth;
            a.color[0] = std::uint8_t(qRed(glyph.color));
            a.color[1] = std::uint8_t(qGreen(glyph.color));
            a.color[2] = std::uint8_t(qBlue(glyph.color));
            a.color[3] = 255;
            m_arrows.push_back(a);
            m_arrowInstance.push_back(instance);
            m_arrowGlyph.push_back(g);
        }
    }
}

void ConditionGlyphLayer::addBoxEdges(int g) {
    BoxLines lines{g, int(m_boxPositions.size() / 3), 0};
    for (const core::BBox& box : m_glyphs[std::size_t(g)].boxes) {
        if (box.isEmpty()) continue;
        const auto corner = [&](int c) {
            return core::Vec3{c & 1 ? box.max.x : box.min.x, c & 2 ? box.max.y : box.min.y,
                              c & 4 ? box.max.z : box.min.z};
        };
        for (int c = 0; c < 8; ++c)
            for (int bit : {1, 2, 4})
                if (!(c & bit))
                    for (const core::Vec3& p : {corner(c), corner(c | bit)})
                        m_boxPositions.insert(m_boxPositions.end(),
                                              {float(p.x), float(p.y), float(p.z)});
    }
    lines.count = int(m_boxPositions.size() / 3) - lines.first;
    if (lines.count > 0) m_boxLines.push_back(lines);
}

int ConditionGlyphLayer::arrowAt(const GlyphScene& scene, const GlyphView& view,
                                 QPointF logicalPos) {
    if (!m_built) build(scene);
    const QSizeF logical(view.pixelSize.width() / view.devicePixelRatio,
                         view.pixelSize.height() / view.devicePixelRatio);
    const QMatrix4x4 viewProjection = view.projection * view.view;
    const float p11 = view.projection(1, 1);
    int best = -1;
    double bestDistance = 1e300;
    for (std::size_t i = 0; i < m_arrows.size(); ++i) {
        const int instance = m_arrowInstance[i];
        if (scene.instanceHidden && std::size_t(instance) < scene.instanceHidden->size() &&
            (*scene.instanceHidden)[std::size_t(instance)])
            continue;
        const ArrowInstance& a = m_arrows[i];
        const QVector3D anchor(a.anchor[0], a.anchor[1], a.anchor[2]);
        const QVector3D d(a.direction[0], a.direction[1], a.direction[2]);
        const QVector3D n(a.normal[0], a.normal[1], a.normal[2]);
        // The vertex shader's arithmetic: the length of a logical pixel at the anchor's depth.
        const float w = viewProjection.map(QVector4D(anchor, 1.0f)).w();
        if (!(w > 0) || p11 == 0) continue;
        const float unitsPerPixel = 2.0f * w / (p11 * float(logical.height()));
        const float length = a.size[0] * unitsPerPixel;
        const QVector3D start =
            anchor + n * (kLiftPixels * unitsPerPixel) - d * (length * a.size[1]);
        QPointF s, e;
        if (!toScreen(viewProjection, start, logical, &s) ||
            !toScreen(viewProjection, start + d * length, logical, &e))
            continue;
        const double reach = std::max(4.0, double(a.size[0] * a.size[3]) + 3.0);
        const double distance = distanceToSegment(logicalPos, s, e);
        if (distance <= reach && distance < bestDistance) {
            bestDistance = distance;
            best = m_glyphs[std::size_t(m_arrowGlyph[i])].id;
        }
    }
    return best;
}

int ConditionGlyphLayer::faceOwner(const core::NodeFace& face) const {
    int owner = -1;
    bool emphasised = false;
    for (const ConditionGlyph& g : m_glyphs) {
        if (emphasised && !g.emphasised) continue;
        if (std::find(g.faces.begin(), g.faces.end(), face) == g.faces.end()) continue;
        owner = g.id;
        emphasised = g.emphasised;
    }
    return owner;
}

int ConditionGlyphLayer::boxOwner(const QVector3D& point) const {
    int owner = -1;
    for (const ConditionGlyph& g : m_glyphs)
        for (const core::BBox& box : g.boxes) {
            if (box.isEmpty()) continue;
            const double slack = 1e-3 * std::max(box.diagonal(), 1e-12);
            bool inside = true;
            for (int a = 0; a < 3; ++a)
                inside = inside && point[a] >= box.min[a] - slack && point[a] <= box.max[a] + slack;
            if (inside) owner = g.id;
        }
    return owner;
}

} // namespace wb::render
