#pragma once
/// Reading STEP files into OCCT's StepData_StepModel: the project's Part 21 parser
/// (step_part21.h) turns the text into records, OCCT's own tools recognise and load the
/// entities. Files that parser declines go through OCCT's reader, so the model is always the
/// one OCCT alone would build.

#include <StepSelect_WorkLibrary.hxx>

#include <string>

class StepData_Protocol;
class StepData_StepModel;

namespace wb::core::io {

/// How readStepModel read the file.
enum class StepReadStatus {
    Read,     ///< the model was loaded from the project parser's records
    Failed,   ///< OCCT failed while loading the entities
    Declined, ///< not a regular readable file, or syntax outside what the parser handles
};

/// Loads the STEP file `path` into `model` (a new, empty model). `declined` receives the
/// parser's reason when it declines. Thread-safe for distinct models.
StepReadStatus readStepModel(const char* path, const Handle(StepData_StepModel) & model,
                             const Handle(StepData_Protocol) & protocol,
                             std::string* declined = nullptr);

/// Whether the STEP importer reads through readStepModel (the default) or through OCCT's reader
/// alone, for comparisons. Process-wide.
void useProjectStepParser(bool enabled);
bool projectStepParserInUse();

/// OCCT's STEP work library with ReadFile going through readStepModel first. Install it on a
/// reader's work session (WS()->SetLibrary) before ReadFile.
class FastStepWorkLibrary : public StepSelect_WorkLibrary {
public:
    Standard_Integer ReadFile(const Standard_CString name, Handle(Interface_InterfaceModel) & model,
                              const Handle(Interface_Protocol) & protocol) const override;

    DEFINE_STANDARD_RTTI_INLINE(FastStepWorkLibrary, StepSelect_WorkLibrary)
};

} // namespace wb::core::io
