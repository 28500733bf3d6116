// werkbank-import (every format) and werkbank-import-FAMILY (one family, and only its
// libraries to load): importIsolated runs the family's program for a file it recognises and
// the full one otherwise. WB_IMPORT_REGISTER names the registration function the build links.
#include "core/io/builtin_importers.h"
#include "core/io/importer.h"
#include "core/io/isolated/import_helper.h"

int main(int argc, char** argv) {
    wb::core::io::ImporterRegistry registry;
    wb::core::io::WB_IMPORT_REGISTER(registry);
    return wb::core::io::runImportHelper(argc, argv, registry);
}
