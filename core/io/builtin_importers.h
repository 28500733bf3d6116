#pragma once
/// Registration of the importers that ship with Werkbank, by family: each family is a library
/// of its own, so that an import helper program links (and loads) only the one it needs.

namespace wb::core::io {

class ImporterRegistry;

/// STEP (wb_core_io_step).
void registerStepImporters(ImporterRegistry& registry);
/// IGES (wb_core_io_iges).
void registerIgesImporters(ImporterRegistry& registry);
/// OCCT's BREP (wb_core_io_brep).
void registerBrepImporters(ImporterRegistry& registry);
/// The mesh formats read through Assimp (wb_core_io_mesh).
void registerMeshImporters(ImporterRegistry& registry);
/// All of them, in the order of supportedFormats() (wb_core_io).
void registerBuiltinImporters(ImporterRegistry& registry);

} // namespace wb::core::io
