// The project's STEP Part 21 parser on arbitrary text, differential against OCCT's reader: a
// file the parser accepts must load into the same model as OCCT's own reader builds (entity
// count, types and errors); a file it declines is OCCT's alone and not compared.
#include "fuzz_input.h"

#include "core/io/occt/step_reader.h"

#include <Interface_Check.hxx>
#include <STEPControl_Controller.hxx>
#include <StepData_Protocol.hxx>
#include <StepData_StepModel.hxx>
#include <StepSelect_WorkLibrary.hxx>
#include <XSControl_Controller.hxx>

namespace {

Handle(StepData_Protocol) protocol() {
    static const Handle(StepData_Protocol) p = [] {
        STEPControl_Controller::Init();
        return Handle(StepData_Protocol)::DownCast(
            XSControl_Controller::Recorded("STEP")->Protocol());
    }();
    return p;
}

std::string describe(const Handle(StepData_StepModel) & model) {
    std::string out = std::to_string(model->NbEntities()) + " entities, " +
                      std::to_string(model->GlobalCheck()->NbFails()) + " fails\n";
    for (int i = 1; i <= model->NbEntities(); ++i) {
        out += model->TypeName(model->Value(i));
        if (model->IsErrorEntity(i) || model->IsRedefinedContent(i)) out += " (error)";
        if (model->IsUnknownEntity(i)) out += " (unknown)";
        out += "\n";
    }
    return out;
}

} // namespace

// OCCT's STEP controller keeps what it registers for the process's lifetime, partly where leak
// checking cannot see it: set it up before any input, outside libFuzzer's leak detection.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    protocol();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const wb::fuzz::InputFile file(data, size);
    Handle(StepData_StepModel) ours = new StepData_StepModel;
    std::string declined;
    const auto status = wb::core::io::readStepModel(file.path().c_str(), ours, protocol(),
                                                    &declined);
    if (status != wb::core::io::StepReadStatus::Read) return 0;
    StepSelect_WorkLibrary occt;
    Handle(Interface_InterfaceModel) theirs;
    if (occt.ReadFile(file.path().c_str(), theirs, protocol()) != 0)
        wb::fuzz::finding("the project's parser read a file OCCT's reader refuses");
    const Handle(StepData_StepModel) reference = Handle(StepData_StepModel)::DownCast(theirs);
    if (reference.IsNull() || describe(reference) != describe(ours))
        wb::fuzz::finding("the project's parser and OCCT's reader build different models");
    return 0;
}
