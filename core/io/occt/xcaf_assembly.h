#pragma once
/// Conversion of an XCAF document (STEP, IGES) into an Assembly (internal to core/io).

#include "core/io/importer.h"

#include <TDocStd_Document.hxx>

#include <filesystem>
#include <memory>

namespace wb::core::io {

/// A fresh XCAF document that belongs to no application (safe on any thread).
Handle(TDocStd_Document) newXcafDocument();

/// Builds the node tree (names, locations, colours) from the document's free shapes, makes one
/// Part per distinct shape label so that instances share it, and tessellates the parts
/// ("meshing" from `from` to 1). `scale` converts document lengths to the file's unit.
Result<std::shared_ptr<Assembly>> assemblyFromXcaf(const Handle(TDocStd_Document) & doc,
                                                   const ImportOptions& options,
                                                   const std::filesystem::path& path, double from,
                                                   double scale);

} // namespace wb::core::io
