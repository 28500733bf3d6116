#pragma once
/// Registration of the importers that ship with Werkbank (internal).

namespace wb::core::io {

class ImporterRegistry;

/// Adds the STEP, IGES, BREP and Assimp-based importers.
void registerBuiltinImporters(ImporterRegistry& registry);

} // namespace wb::core::io
