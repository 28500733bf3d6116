#include "face_selection.h"

#include "core/sim/face_refs.h"

#include <algorithm>

namespace wb::app {

namespace {
void normalize(std::vector<core::NodeFace>& faces) {
    std::sort(faces.begin(), faces.end());
    faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
}
} // namespace

FaceSelection::FaceSelection(QObject* parent) : QObject(parent) {}

bool FaceSelection::contains(const core::NodeFace& face) const {
    return std::binary_search(m_faces.begin(), m_faces.end(), face);
}

void FaceSelection::setFaces(std::vector<core::NodeFace> faces) {
    normalize(faces);
    if (faces == m_faces) return;
    m_faces = std::move(faces);
    emit changed();
}

void FaceSelection::add(const std::vector<core::NodeFace>& faces) {
    std::vector<core::NodeFace> all = m_faces;
    all.insert(all.end(), faces.begin(), faces.end());
    setFaces(std::move(all));
}

void FaceSelection::toggle(const core::NodeFace& face) {
    const auto it = std::lower_bound(m_faces.begin(), m_faces.end(), face);
    if (it != m_faces.end() && *it == face)
        m_faces.erase(it);
    else
        m_faces.insert(it, face);
    emit changed();
}

void FaceSelection::clear() {
    setFaces({});
}

void FaceSelection::addAllFaces(const core::Assembly& scene, int node) {
    if (node < 0 || node >= int(scene.nodes().size())) return;
    std::vector<core::NodeFace> faces;
    for (const core::Instance& inst : scene.instances(node)) {
        const auto& mesh = scene.parts()[inst.part].mesh;
        for (int f = 0; mesh && f < mesh->faceCount; ++f)
            faces.push_back({inst.node, f});
    }
    add(faces);
}

std::vector<sim::FaceRef> FaceSelection::faceRefs(const core::Assembly& scene) const {
    std::vector<sim::FaceRef> refs;
    // Faces are sorted by node, so the faces of one file's nodes come in runs per node.
    for (std::size_t i = 0; i < m_faces.size();) {
        std::size_t end = i;
        while (end < m_faces.size() && m_faces[end].node == m_faces[i].node)
            ++end;
        const int file = fileNodeOf(scene, m_faces[i].node);
        if (file > 0) {
            const std::vector<core::NodeFace> run(m_faces.begin() + long(i),
                                                  m_faces.begin() + long(end));
            for (sim::FaceRef& ref : sim::toFaceRefs(scene, run, file))
                refs.push_back(std::move(ref));
        }
        i = end;
    }
    return refs;
}

void FaceSelection::setFaceRefs(const core::Assembly& scene, const std::vector<sim::FaceRef>& refs,
                                int fileNode) {
    setFaces(sim::resolveFaceRefs(scene, refs, fileNode));
}

int fileNodeOf(const core::Assembly& scene, int node) {
    if (node <= 0 || node >= int(scene.nodes().size())) return -1;
    while (scene.node(node).parent > 0)
        node = scene.node(node).parent;
    return node;
}

} // namespace wb::app
