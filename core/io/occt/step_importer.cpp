#include "step_importer.h"

#include "core/io/builtin_importers.h"
#include "core/io/file_probe.h"
#include "core/io/format_probes.h"
#include "core/io/formats.h"
#include "core/io/import_errors.h"
#include "occt_convert.h"
#include "occt_init.h"
#include "occt_progress.h"
#include "step_reader.h"
#include "xcaf_assembly.h"

#include <STEPCAFControl_Controller.hxx>
#include <STEPCAFControl_Reader.hxx>
#include <STEPControl_Reader.hxx>
#include <Standard_Failure.hxx>
#include <TColStd_SequenceOfAsciiString.hxx>
#include <TDocStd_Document.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XSControl_WorkSession.hxx>

#include <mutex>

namespace wb::core::io {

namespace {

constexpr std::string_view kStepEnd = "END-ISO-10303-21";
constexpr double kReadEnd = 0.3;
constexpr double kTransferEnd = 0.6;

// Metres per unit of the file's first global length unit, or 0 when unknown.
double fileUnit(STEPControl_Reader& reader) {
    TColStd_SequenceOfAsciiString lengths, angles, solidAngles;
    reader.FileUnits(lengths, angles, solidAngles);
    for (const TCollection_AsciiString& name : lengths)
        if (const double m = metresPerUnitName(name.ToCString()); m > 0) return m;
    return 0.0;
}

// Metres per unit of the coordinates that OCCT produced in the document.
double documentUnit(const Handle(TDocStd_Document) & doc) {
    double metres = 0;
    if (XCAFDoc_DocumentTool::GetLengthUnit(doc, metres, UnitsMethods_LengthUnit_Meter) &&
        metres > 0)
        return metres;
    return 1e-3;
}

} // namespace

void initStepExchange() {
    static std::once_flag once;
    initTranslator(once, [] { STEPCAFControl_Controller::Init(); });
}

FormatInfo StepImporter::format() const {
    return formatNamed("STEP");
}

int StepImporter::probe(std::string_view head, std::string_view extension) const {
    return probeFor("STEP")(head, extension);
}

Result<std::shared_ptr<Assembly>> StepImporter::read(const std::filesystem::path& path,
                                                     const ImportOptions& options) const {
    if (options.cancelled()) return std::unexpected(cancelled(path));
    if (!containsNoCase(readBytes(path, 1024, true), kStepEnd))
        return std::unexpected(truncatedFile(path, "STEP"));
    try {
        initStepExchange();
        options.report("reading", 0.0);
        STEPCAFControl_Reader reader;
        // The project's Part 21 parser in front of OCCT's (several times faster; OCCT's reads
        // whatever it declines).
        if (projectStepParserInUse())
            reader.ChangeReader().WS()->SetLibrary(new FastStepWorkLibrary);
        reader.SetColorMode(true);
        reader.SetNameMode(true);
        reader.SetLayerMode(false);
        reader.SetPropsMode(false);
        reader.SetGDTMode(false);
        reader.SetMatMode(false);
        reader.SetViewMode(false);
        if (reader.ReadFile(path.string().c_str()) != IFSelect_RetDone)
            return std::unexpected(readFailed(path, "STEP", "the file cannot be parsed"));
        if (options.cancelled()) return std::unexpected(cancelled(path));
        if (reader.ChangeReader().NbRootsForTransfer() == 0)
            return std::unexpected(noGeometry(path));
        options.report("reading", kReadEnd);

        Handle(TDocStd_Document) doc = newXcafDocument();
        Handle(OcctProgress) progress =
            new OcctProgress(options, "transferring", kReadEnd, kTransferEnd);
        const bool transferred = reader.Transfer(doc, progress->Start());
        if (options.cancelled()) return std::unexpected(cancelled(path));
        if (!transferred)
            return std::unexpected(readFailed(path, "STEP", "no shape could be transferred"));

        const double docUnit = documentUnit(doc);
        double unit = fileUnit(reader.ChangeReader());
        if (unit <= 0) unit = docUnit;
        auto assembly = assemblyFromXcaf(doc, options, path, kTransferEnd, docUnit / unit);
        if (!assembly) return assembly;
        (*assembly)->setMetresPerUnit(unit);
        (*assembly)->setFormat("STEP");
        return assembly;
    } catch (const Standard_Failure& e) {
        return std::unexpected(readFailed(path, "STEP", e.GetMessageString()));
    }
}

void registerStepImporters(ImporterRegistry& registry) {
    registry.add(std::make_unique<StepImporter>());
}

} // namespace wb::core::io
