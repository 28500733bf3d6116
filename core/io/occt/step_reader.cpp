#include "step_reader.h"

#include "step_part21.h"

#include <Interface_ParamType.hxx>
#include <Standard_ErrorHandler.hxx>
#include <Standard_Failure.hxx>
#include <StepData_FileRecognizer.hxx>
#include <StepData_Protocol.hxx>
#include <StepData_StepModel.hxx>
#include <StepData_StepReaderData.hxx>
#include <StepData_StepReaderTool.hxx>

#include <atomic>
#include <new>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb::core::io {

namespace {

Interface_ParamType paramType(step::ArgKind kind) {
    switch (kind) {
    case step::ArgKind::Integer:
        return Interface_ParamInteger;
    case step::ArgKind::Real:
        return Interface_ParamReal;
    case step::ArgKind::Ident:
        return Interface_ParamIdent;
    case step::ArgKind::Void:
        return Interface_ParamVoid;
    case step::ArgKind::Text:
        return Interface_ParamText;
    case step::ArgKind::Enum:
        return Interface_ParamEnum;
    case step::ArgKind::Hexa:
        return Interface_ParamHexa;
    case step::ArgKind::Sub:
        return Interface_ParamSub;
    case step::ArgKind::Misc:
        break;
    }
    return Interface_ParamMisc;
}

// The whole file with a NUL after it, or null.
std::unique_ptr<char[]> readWhole(const char* path, std::size_t& size) {
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    std::unique_ptr<char[]> text;
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= 0) {
        size = static_cast<std::size_t>(info.st_size);
        text.reset(new (std::nothrow) char[size + 1]);
        std::size_t done = 0;
        while (text && done < size) {
            const ssize_t n = ::read(fd, text.get() + done, size - done);
            if (n <= 0) {
                if (n < 0 && errno == EINTR) continue;
                text.reset();
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        if (text) text[size] = '\0';
    }
    ::close(fd);
    return text;
}

std::atomic<bool> g_projectParser{true};

} // namespace

void useProjectStepParser(bool enabled) {
    g_projectParser = enabled;
}

bool projectStepParserInUse() {
    return g_projectParser;
}

StepReadStatus readStepModel(const char* path, const Handle(StepData_StepModel) & model,
                             const Handle(StepData_Protocol) & protocol, std::string* declined) {
    std::size_t size = 0;
    std::unique_ptr<char[]> text = readWhole(path, size);
    if (!text) {
        if (declined) *declined = "the file cannot be read in one piece";
        return StepReadStatus::Declined;
    }
    step::Records records;
    step::Declined why;
    bool parsed = false;
    try {
        parsed = step::parse(std::move(text), size, records, why);
    } catch (const std::bad_alloc&) {
        return StepReadStatus::Failed; // OCCT's reader would need more memory still
    }
    if (!parsed) {
        if (declined) *declined = why.reason;
        return StepReadStatus::Declined;
    }
    // The steps of OCCT's StepFile_Read after its parser, on the same records.
    try {
        OCC_CATCH_SIGNALS
        const int recordCount = static_cast<int>(records.records.size());
        Handle(StepData_StepReaderData) data = new StepData_StepReaderData(
            records.headerRecords, recordCount, static_cast<int>(records.args.size()),
            model->SourceCodePage());
        for (int i = 0; i < recordCount; ++i) {
            const step::Record& record = records.records[static_cast<std::size_t>(i)];
            data->SetRecord(i + 1, record.ident, record.type, record.count > 0 ? 1 : 0);
            for (std::uint32_t k = record.first; k < record.first + record.count; ++k) {
                const step::Argument& arg = records.args[k];
                data->AddStepParam(i + 1, arg.text, paramType(arg.kind));
            }
            data->InitParams(i + 1);
        }
        records.records = {};
        records.args = {};
        StepData_StepReaderTool tool(data, protocol);
        tool.SetErrorHandle(Standard_True);
        const Handle(StepData_FileRecognizer) noRecognizer;
        tool.PrepareHeader(noRecognizer);
        tool.Prepare(noRecognizer);
        tool.LoadModel(model);
        if (model->Protocol().IsNull()) model->SetProtocol(protocol);
        tool.Clear();
    } catch (const Standard_Failure&) {
        return StepReadStatus::Failed;
    }
    return StepReadStatus::Read;
}

Standard_Integer FastStepWorkLibrary::ReadFile(const Standard_CString name,
                                               Handle(Interface_InterfaceModel) & model,
                                               const Handle(Interface_Protocol) & protocol) const {
    const Handle(StepData_Protocol) stepProtocol = Handle(StepData_Protocol)::DownCast(protocol);
    if (stepProtocol.IsNull()) return 1;
    Handle(StepData_StepModel) stepModel = new StepData_StepModel;
    switch (readStepModel(name, stepModel, stepProtocol)) {
    case StepReadStatus::Read:
        model = stepModel;
        return 0;
    case StepReadStatus::Failed:
        model = stepModel;
        return 1;
    case StepReadStatus::Declined:
        break;
    }
    return StepSelect_WorkLibrary::ReadFile(name, model, protocol);
}

} // namespace wb::core::io
