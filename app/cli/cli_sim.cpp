#include "cli_commands.h"

#include "core/io/isolated/isolated_import.h"
#include "core/sim/cli.h"
#include "core/sim/geometry_loader.h"

#include <iostream>

namespace wb::app::cli {

int runSimCommand(const CommandLine& line) {
    // The full build reads every format the importers know, not only STL, in an isolated
    // importer process.
    sim::setGeometryLoader(
        [limits = line.geometryLimits](const std::filesystem::path& path, double metresPerUnit)
            -> core::Result<std::shared_ptr<const core::Assembly>> {
            core::io::ImportOptions options;
            options.metresPerUnit = metresPerUnit;
            options.limits = limits;
            return core::io::importIsolated(path, options);
        });
    return line.command == "solve" ? sim::runSolve(line.solve, std::cout, std::cerr)
                                   : sim::runExportInp(line.exportInp, std::cout, std::cerr);
}

} // namespace wb::app::cli
