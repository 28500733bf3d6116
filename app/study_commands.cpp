#include "study_commands.h"

#include "core/sim/analysis.h"

#include <QCoreApplication>

namespace wb::app {

using Kind = StudyItemRef::Kind;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("wb::app::StudyCommand", text);
}

std::vector<sim::Condition>* conditions(sim::Study& s, Kind kind) {
    if (kind == Kind::Supports) return &s.supports;
    if (kind == Kind::Loads) return &s.loads;
    return nullptr;
}

sim::Condition* condition(sim::Study& s, StudyItemRef ref) {
    auto* list = conditions(s, ref.kind);
    if (!list || ref.index < 0 || ref.index >= int(list->size())) return nullptr;
    return &(*list)[std::size_t(ref.index)];
}

sim::Probe* probe(sim::Study& s, StudyItemRef ref) {
    if (ref.kind != Kind::Probes || ref.index < 0 || ref.index >= int(s.probes.size()))
        return nullptr;
    return &s.probes[std::size_t(ref.index)];
}

template <typename T> void eraseAt(std::vector<T>& v, int i) {
    if (i >= 0 && i < int(v.size())) v.erase(v.begin() + i);
}

template <typename T> void duplicateAt(std::vector<T>& v, int i) {
    if (i >= 0 && i < int(v.size())) v.insert(v.begin() + i + 1, v[std::size_t(i)]);
}

} // namespace

StudyCommand::StudyCommand(StudyEditor* editor, const QString& text)
    : QUndoCommand(text), m_editor(editor), m_before(editor->study()), m_after(editor->study()) {}

void StudyCommand::undo() {
    m_editor->setStudy(m_before);
}

void StudyCommand::redo() {
    m_editor->setStudy(m_after);
}

AddConditionCommand::AddConditionCommand(StudyEditor* editor, Kind list, const sim::Condition& c)
    : StudyCommand(editor, list == Kind::Supports ? tr("Add support") : tr("Add load")) {
    if (auto* items = conditions(m_after, list)) items->push_back(c);
}

AddMaterialCommand::AddMaterialCommand(StudyEditor* editor, const sim::MaterialAssignment& m)
    : StudyCommand(editor, tr("Add material")) {
    m_after.materials.push_back(m);
}

AddProbeCommand::AddProbeCommand(StudyEditor* editor, const sim::Probe& p)
    : StudyCommand(editor, tr("Add probe")) {
    m_after.probes.push_back(p);
}

RemoveItemCommand::RemoveItemCommand(StudyEditor* editor, StudyItemRef item)
    : StudyCommand(editor, tr("Delete")) {
    if (auto* items = conditions(m_after, item.kind)) eraseAt(*items, item.index);
    if (item.kind == Kind::Materials) eraseAt(m_after.materials, item.index);
    if (item.kind == Kind::Probes) eraseAt(m_after.probes, item.index);
}

DuplicateItemCommand::DuplicateItemCommand(StudyEditor* editor, StudyItemRef item,
                                           const std::string& name)
    : StudyCommand(editor, tr("Duplicate")) {
    const int copy = item.index + 1;
    if (auto* items = conditions(m_after, item.kind)) {
        duplicateAt(*items, item.index);
        if (auto* c = condition(m_after, {item.kind, copy})) c->name = name;
    }
    if (item.kind == Kind::Materials) duplicateAt(m_after.materials, item.index);
    if (item.kind == Kind::Probes) {
        duplicateAt(m_after.probes, item.index);
        if (auto* p = probe(m_after, {item.kind, copy})) p->name = name;
    }
}

RenameItemCommand::RenameItemCommand(StudyEditor* editor, StudyItemRef item,
                                     const std::string& name)
    : StudyCommand(editor, tr("Rename")) {
    if (item.kind == Kind::None) m_after.name = name;
    if (auto* c = condition(m_after, item)) c->name = name;
    if (auto* p = probe(m_after, item)) p->name = name;
}

SuppressItemCommand::SuppressItemCommand(StudyEditor* editor, StudyItemRef item, bool suppressed)
    : StudyCommand(editor, suppressed ? tr("Suppress") : tr("Unsuppress")) {
    if (auto* c = condition(m_after, item)) c->suppressed = suppressed;
    if (auto* p = probe(m_after, item)) p->suppressed = suppressed;
}

SetParameterCommand::SetParameterCommand(StudyEditor* editor, StudyItemRef item,
                                         const std::string& key,
                                         const std::vector<double>& values)
    : StudyCommand(editor, tr("Change value")) {
    std::map<std::string, std::vector<double>, std::less<>>* params = nullptr;
    if (item.kind == Kind::Analysis)
        params = &m_after.settings;
    else if (auto* c = condition(m_after, item))
        params = &c->params;
    if (!params) return;
    if (values.empty())
        params->erase(key);
    else
        (*params)[key] = values;
}

SetFacesCommand::SetFacesCommand(StudyEditor* editor, StudyItemRef item,
                                 const std::vector<sim::FaceRef>& faces)
    : StudyCommand(editor, tr("Select faces")) {
    if (auto* c = condition(m_after, item)) c->select = sim::Selector{faces};
}

SetMaterialCommand::SetMaterialCommand(StudyEditor* editor, int index,
                                       const sim::MaterialAssignment& m)
    : StudyCommand(editor, tr("Change material")) {
    if (index >= 0 && index < int(m_after.materials.size()))
        m_after.materials[std::size_t(index)] = m;
}

SetProbePointCommand::SetProbePointCommand(StudyEditor* editor, int index,
                                           const sim::Point3& point)
    : StudyCommand(editor, tr("Move probe")) {
    if (auto* p = probe(m_after, {Kind::Probes, index})) p->point = point;
}

SetAnalysisCommand::SetAnalysisCommand(StudyEditor* editor, const std::string& analysis)
    : StudyCommand(editor, tr("Change analysis")) {
    const sim::AnalysisKind* kind = sim::findAnalysis(analysis);
    if (!kind) return;
    m_after.analysis = analysis;
    m_after.settings.clear();
    for (const sim::ParamSpec& p : kind->studyParams)
        m_after.settings[p.key] =
            std::vector<double>(p.shape == sim::ParamSpec::Shape::Vector ? 3 : 1, 0.0);
    std::erase_if(m_after.supports,
                  [&](const sim::Condition& c) { return !kind->support(c.type); });
    std::erase_if(m_after.loads, [&](const sim::Condition& c) { return !kind->load(c.type); });
}

SetMeshCommand::SetMeshCommand(StudyEditor* editor, std::optional<long long> targetVoxels,
                               std::optional<double> voxelSize)
    : StudyCommand(editor, tr("Change mesh")) {
    m_after.targetVoxels = voxelSize ? std::nullopt : targetVoxels;
    m_after.voxelSize = voxelSize;
}

} // namespace wb::app
