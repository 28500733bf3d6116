#pragma once
/// The faces picked in the viewport, for the supports and loads of a study.

#include "core/model/assembly.h"
#include "core/sim/study.h"

#include <QObject>

#include <vector>

namespace wb::app {

/// A set of faces of placed parts: (scene node, face index) pairs. GUI thread only. Node
/// numbers are the scene's (Document::scene()); the main window clears the set when the scene
/// changes. The viewport shows it and, in face pick mode, edits it.
class FaceSelection : public QObject {
    Q_OBJECT
public:
    explicit FaceSelection(QObject* parent = nullptr);

    /// Sorted, without duplicates.
    const std::vector<core::NodeFace>& faces() const { return m_faces; }
    bool isEmpty() const { return m_faces.empty(); }
    int count() const { return int(m_faces.size()); }
    bool contains(const core::NodeFace& face) const;

    void setFaces(std::vector<core::NodeFace> faces);
    void add(const std::vector<core::NodeFace>& faces);
    /// Adds the face, or removes it when it is selected.
    void toggle(const core::NodeFace& face);
    void clear();
    /// Adds every face of every part placed at or below `node` of `scene`.
    void addAllFaces(const core::Assembly& scene, int node);

    /// The selection as a study's `select.faces`: each part named by its path below the top
    /// node of its file in `scene` (the root's child that holds it), which is the path
    /// `werkbank-cli inspect --json` prints for that file. Ordered by node, then face.
    std::vector<sim::FaceRef> faceRefs(const core::Assembly& scene) const;
    /// Replaces the selection with the faces `refs` name in the file whose top node in `scene`
    /// is `fileNode`; references to nothing there are left out (sim::resolveFaceRefs).
    void setFaceRefs(const core::Assembly& scene, const std::vector<sim::FaceRef>& refs,
                     int fileNode);

signals:
    void changed();

private:
    std::vector<core::NodeFace> m_faces;
};

/// The top node of the file that holds `node` in a scene of files (the root's child above it),
/// or -1 for the root and nodes outside the scene.
int fileNodeOf(const core::Assembly& scene, int node);

} // namespace wb::app
