#pragma once
/// One-time, thread-safe set-up of OCCT's data exchange (internal to core/io).

#include <TDocStd_Document.hxx>

namespace wb::core::io {

/// Initialises the STEP and IGES controllers once per process and routes OCCT's default
/// messenger to stderr (failures only).
void initOcctDataExchange();

/// A fresh XCAF document that belongs to no application (safe on any thread).
Handle(TDocStd_Document) newXcafDocument();

} // namespace wb::core::io
