#include "builtin_importers.h"

#include "assimp/assimp_importer.h"
#include "importer.h"
#include "occt/brep_importer.h"
#include "occt/iges_importer.h"
#include "occt/step_importer.h"

namespace wb::core::io {

void registerBuiltinImporters(ImporterRegistry& registry) {
    registry.add(std::make_unique<StepImporter>());
    registry.add(std::make_unique<IgesImporter>());
    registry.add(std::make_unique<BrepImporter>());
    for (auto& importer : makeAssimpImporters())
        registry.add(std::move(importer));
}

} // namespace wb::core::io
