#pragma once
/// The study being set up in the window: the core Study, its undo stack and its problems.
/// Every change goes through a QUndoCommand (study_commands.h); GUI thread only.

#include "core/model/bbox.h"
#include "core/sim/study.h"
#include "core/sim/study_problems.h"
#include "core/sim/study_size.h"

#include <QObject>

#include <memory>
#include <vector>

class QUndoStack;

namespace wb::core {
class Assembly;
}

namespace wb::app {

class ThinWallCheck;

/// A place in the study: a group, or an item of a list group (`index` >= 0).
struct StudyItemRef {
    enum class Kind { None, Analysis, Materials, Supports, Loads, Mesh, Probes, Service };
    Kind kind = Kind::None;
    int index = -1; ///< item of a list (Materials, Supports, Loads, Probes); -1 = the group
    bool operator==(const StudyItemRef&) const = default;
    bool isListItem() const { return index >= 0; }
};

/// The study item a field path names ("supports[2].vector" -> Supports, 2); None if none.
StudyItemRef itemForPath(const std::string& path);

class StudyEditor : public QObject {
    Q_OBJECT
public:
    explicit StudyEditor(QObject* parent = nullptr);

    const sim::Study& study() const { return m_study; }
    QUndoStack* undoStack() const { return m_undo; }

    /// The parts of the open model (for problems and face paths); empty when none is open.
    void setModelParts(std::vector<sim::ModelPart> parts);
    const std::vector<sim::ModelPart>& modelParts() const { return m_parts; }
    /// The open model's bounding box in metres (empty when none is open).
    void setModelBox(const core::BBox& metres);
    /// The open model (the scene and the node of the study's geometry in it; null: none), for
    /// the thin-wall check, which runs on a worker once edits settle and adds its warnings to
    /// problems() (problemsChanged() tells).
    void setModelGeometry(std::shared_ptr<const core::Assembly> scene, int root);
    ThinWallCheck* thinWallCheck() const { return m_thinWalls; }
    /// The size of the solve on the open model (voxels, DOF, memory); an error when no model
    /// is open.
    core::Result<sim::StudySize> studySize() const;

    /// Replaces the study without undo (a newly opened project); clears the undo history.
    void reset(const sim::Study& study);
    /// Sets the study from an undo command. Emits changed().
    void setStudy(const sim::Study& study);

    const std::vector<sim::StudyProblem>& problems() const { return m_problems; }
    bool canSolve() const { return sim::canSolve(m_problems); }

    /// A new study for the open model: the first analysis, structural steel on every part, a
    /// medium mesh.
    static sim::Study defaultStudy();

signals:
    void changed();
    /// problems() changed without an edit (a background check finished).
    void problemsChanged();

private:
    void revalidate();
    void requestThinWallCheck();

    sim::Study m_study;
    std::vector<sim::ModelPart> m_parts;
    core::BBox m_box;
    std::vector<sim::StudyProblem> m_problems;
    QUndoStack* m_undo = nullptr;
    ThinWallCheck* m_thinWalls = nullptr;
    std::shared_ptr<const core::Assembly> m_scene;
    int m_geometryRoot = 0;
};

} // namespace wb::app
