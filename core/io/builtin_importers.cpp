#include "builtin_importers.h"

#include "importer.h"

namespace wb::core::io {

void registerBuiltinImporters(ImporterRegistry& registry) {
    registerStepImporters(registry);
    registerIgesImporters(registry);
    registerBrepImporters(registry);
    registerMeshImporters(registry);
}

ImporterRegistry& ImporterRegistry::instance() {
    static ImporterRegistry* registry = [] {
        auto* r = new ImporterRegistry;
        registerBuiltinImporters(*r);
        return r;
    }();
    return *registry;
}

Result<std::shared_ptr<const Assembly>> importFile(const std::filesystem::path& path,
                                                   const ImportOptions& options) {
    return importFile(path, options, ImporterRegistry::instance());
}

} // namespace wb::core::io
