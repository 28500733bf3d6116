#include "study_editor.h"

#include "thin_wall_check.h"

#include "core/model/assembly.h"

#include <QUndoStack>

#include <regex>

namespace wb::app {

StudyItemRef itemForPath(const std::string& path) {
    using Kind = StudyItemRef::Kind;
    static const std::regex listItem(R"(^(materials|supports|loads|probes)(\[(\d+)\])?)");
    std::smatch m;
    if (std::regex_search(path, m, listItem)) {
        const std::string list = m[1];
        const Kind kind = list == "materials"  ? Kind::Materials
                          : list == "supports" ? Kind::Supports
                          : list == "loads"    ? Kind::Loads
                                               : Kind::Probes;
        return {kind, m[3].matched ? std::stoi(m[3]) : -1};
    }
    if (path.starts_with("mesh")) return {Kind::Mesh, -1};
    if (path.starts_with("analysis")) return {Kind::Analysis, -1};
    if (path.starts_with("geometry")) return {Kind::Analysis, -1};
    return {};
}

StudyEditor::StudyEditor(QObject* parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_thinWalls(new ThinWallCheck(this)) {
    m_study = defaultStudy();
    revalidate();
    connect(m_thinWalls, &ThinWallCheck::problemsChanged, this, [this] {
        revalidate();
        emit problemsChanged();
    });
}

sim::Study StudyEditor::defaultStudy() {
    sim::Study s;
    s.analysis = "static_structural";
    s.targetVoxels = 200000;
    s.materials.push_back({"*", "structural_steel", {}});
    return s;
}

void StudyEditor::setModelParts(std::vector<sim::ModelPart> parts) {
    m_parts = std::move(parts);
    revalidate();
    emit changed();
}

void StudyEditor::setModelGeometry(std::shared_ptr<const core::Assembly> scene, int root) {
    m_scene = std::move(scene);
    m_geometryRoot = root;
    requestThinWallCheck();
}

void StudyEditor::requestThinWallCheck() {
    m_thinWalls->request(m_study, m_scene, m_geometryRoot);
}

void StudyEditor::setModelBox(const core::BBox& metres) {
    m_box = metres;
    emit changed();
}

core::Result<sim::StudySize> StudyEditor::studySize() const {
    return sim::estimateStudySize(m_study, m_box);
}

void StudyEditor::reset(const sim::Study& study) {
    m_undo->clear();
    m_study = study;
    requestThinWallCheck();
    revalidate();
    emit changed();
}

void StudyEditor::setStudy(const sim::Study& study) {
    m_study = study;
    requestThinWallCheck();
    revalidate();
    emit changed();
}

void StudyEditor::revalidate() {
    m_problems = sim::studyProblems(m_study, m_parts);
    const auto& walls = m_thinWalls->problems();
    m_problems.insert(m_problems.end(), walls.begin(), walls.end());
}

} // namespace wb::app
