#include "iges_importer.h"

#include "core/io/builtin_importers.h"
#include "core/io/file_probe.h"
#include "core/io/format_probes.h"
#include "core/io/formats.h"
#include "core/io/import_errors.h"
#include "occt_convert.h"
#include "occt_init.h"
#include "occt_progress.h"
#include "xcaf_assembly.h"

#include <IGESCAFControl_Reader.hxx>
#include <IGESControl_Controller.hxx>
#include <IGESData_GlobalSection.hxx>
#include <IGESData_IGESModel.hxx>
#include <Standard_Failure.hxx>
#include <TCollection_HAsciiString.hxx>
#include <TDocStd_Document.hxx>
#include <XCAFDoc_DocumentTool.hxx>

#include <iterator>
#include <mutex>

namespace wb::core::io {

namespace {

constexpr std::size_t kSectionColumn = 72; // 0-based column of the section letter
constexpr double kReadEnd = 0.3;
constexpr double kTransferEnd = 0.6;

std::string_view lastLine(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.remove_suffix(1);
    const auto start = text.find_last_of("\r\n");
    return start == std::string_view::npos ? text : text.substr(start + 1);
}

// Metres per unit from the global section's unit flag (IGES 5.3, parameter 14), or 0.
double unitOf(const IGESData_GlobalSection& global) {
    static constexpr double kByFlag[] = {0,   0.0254, 1e-3,    0,    0.3048, 1609.344,
                                         1.0, 1e3,    2.54e-5, 1e-6, 1e-2,   2.54e-8};
    const int flag = global.UnitFlag();
    if (flag > 0 && flag < static_cast<int>(std::size(kByFlag)) && kByFlag[flag] > 0)
        return kByFlag[flag];
    if (const Handle(TCollection_HAsciiString) name = global.UnitName(); !name.IsNull())
        return metresPerUnitName(name->ToCString());
    return 0;
}

} // namespace

void initIgesExchange() {
    static std::once_flag once;
    initTranslator(once, [] { IGESControl_Controller::Init(); });
}

FormatInfo IgesImporter::format() const {
    return formatNamed("IGES");
}

int IgesImporter::probe(std::string_view head, std::string_view extension) const {
    return probeFor("IGES")(head, extension);
}

Result<std::shared_ptr<Assembly>> IgesImporter::read(const std::filesystem::path& path,
                                                     const ImportOptions& options) const {
    if (options.cancelled()) return std::unexpected(cancelled(path));
    const std::string tail = readBytes(path, 512, true);
    const std::string_view last = lastLine(tail);
    if (last.size() <= kSectionColumn || last[kSectionColumn] != 'T')
        return std::unexpected(truncatedFile(path, "IGES"));
    try {
        initIgesExchange();
        options.report("reading", 0.0);
        IGESCAFControl_Reader reader;
        reader.SetColorMode(true);
        reader.SetNameMode(true);
        reader.SetLayerMode(false);
        if (reader.ReadFile(path.string().c_str()) != IFSelect_RetDone)
            return std::unexpected(readFailed(path, "IGES", "the file cannot be parsed"));
        if (options.cancelled()) return std::unexpected(cancelled(path));
        if (reader.NbRootsForTransfer() == 0) return std::unexpected(noGeometry(path));
        options.report("reading", kReadEnd);

        double unit = 0;
        if (const Handle(IGESData_IGESModel) model = reader.IGESModel(); !model.IsNull())
            unit = unitOf(model->GlobalSection());

        Handle(TDocStd_Document) doc = newXcafDocument();
        Handle(OcctProgress) progress =
            new OcctProgress(options, "transferring", kReadEnd, kTransferEnd);
        const bool transferred = reader.Transfer(doc, progress->Start());
        if (options.cancelled()) return std::unexpected(cancelled(path));
        if (!transferred)
            return std::unexpected(readFailed(path, "IGES", "no shape could be transferred"));

        double docUnit = 0;
        if (!XCAFDoc_DocumentTool::GetLengthUnit(doc, docUnit, UnitsMethods_LengthUnit_Meter) ||
            docUnit <= 0)
            docUnit = 1e-3;
        if (!(unit > 0)) unit = docUnit;
        auto assembly = assemblyFromXcaf(doc, options, path, kTransferEnd, docUnit / unit);
        if (!assembly) return assembly;
        (*assembly)->setMetresPerUnit(unit);
        (*assembly)->setFormat("IGES");
        return assembly;
    } catch (const Standard_Failure& e) {
        return std::unexpected(readFailed(path, "IGES", e.GetMessageString()));
    }
}

void registerIgesImporters(ImporterRegistry& registry) {
    registry.add(std::make_unique<IgesImporter>());
}

} // namespace wb::core::io
