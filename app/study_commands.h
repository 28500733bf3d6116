#pragma once
/// Undoable edits of the study, one class per kind of edit. Each command keeps the study as it
/// was and as the edit leaves it, so undo and redo restore each state exactly. GUI thread only.

#include "study_editor.h"

#include <QUndoCommand>

namespace wb::app {

/// Base: swaps between the study before and after the edit.
class StudyCommand : public QUndoCommand {
public:
    void undo() override;
    void redo() override;

protected:
    StudyCommand(StudyEditor* editor, const QString& text);
    StudyEditor* m_editor;
    sim::Study m_before, m_after;
};

/// Adds a support or load (`ref.kind` Supports or Loads) at the end of its list.
class AddConditionCommand : public StudyCommand {
public:
    AddConditionCommand(StudyEditor* editor, StudyItemRef::Kind list, const sim::Condition& c);
};

/// Adds a material assignment at the end of the list.
class AddMaterialCommand : public StudyCommand {
public:
    AddMaterialCommand(StudyEditor* editor, const sim::MaterialAssignment& m);
};

/// Adds a probe.
class AddProbeCommand : public StudyCommand {
public:
    AddProbeCommand(StudyEditor* editor, const sim::Probe& p);
};

/// Deletes a list item.
class RemoveItemCommand : public StudyCommand {
public:
    RemoveItemCommand(StudyEditor* editor, StudyItemRef item);
};

/// Inserts a copy of a list item after it, named `name` (conditions and probes).
class DuplicateItemCommand : public StudyCommand {
public:
    DuplicateItemCommand(StudyEditor* editor, StudyItemRef item, const std::string& name);
};

/// Renames a support, load or probe, or the study itself (ref.kind None).
class RenameItemCommand : public StudyCommand {
public:
    RenameItemCommand(StudyEditor* editor, StudyItemRef item, const std::string& name);
};

/// Suppresses or restores a support, load or probe.
class SuppressItemCommand : public StudyCommand {
public:
    SuppressItemCommand(StudyEditor* editor, StudyItemRef item, bool suppressed);
};

/// Sets one parameter of a support or load (`key` as Condition::params; empty values remove a
/// components member), or of the study's analysis settings (ref.kind Analysis).
class SetParameterCommand : public StudyCommand {
public:
    SetParameterCommand(StudyEditor* editor, StudyItemRef item, const std::string& key,
                        const std::vector<double>& values);
};

/// Sets the faces a support or load applies to.
class SetFacesCommand : public StudyCommand {
public:
    SetFacesCommand(StudyEditor* editor, StudyItemRef item, const std::vector<sim::FaceRef>& faces);
};

/// Replaces a material assignment (parts glob and material).
class SetMaterialCommand : public StudyCommand {
public:
    SetMaterialCommand(StudyEditor* editor, int index, const sim::MaterialAssignment& m);
};

/// Sets a probe's point (m).
class SetProbePointCommand : public StudyCommand {
public:
    SetProbePointCommand(StudyEditor* editor, int index, const sim::Point3& point);
};

/// Changes the analysis; supports and loads the new analysis does not declare are dropped,
/// its settings start from zero.
class SetAnalysisCommand : public StudyCommand {
public:
    SetAnalysisCommand(StudyEditor* editor, const std::string& analysis);
};

/// Sets the mesh: a target voxel count or an exact voxel size (m), the other cleared.
class SetMeshCommand : public StudyCommand {
public:
    SetMeshCommand(StudyEditor* editor, std::optional<long long> targetVoxels,
                   std::optional<double> voxelSize);
};

} // namespace wb::app
