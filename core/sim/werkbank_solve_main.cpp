// werkbank-solve: the solver's command line for machines without the full application.
#include "cli.h"

#include <iostream>

int main(int argc, char** argv) {
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty() || (all[0] != "solve" && all[0] != "export-inp")) {
        std::cerr << "usage: werkbank-solve solve STUDY.json -o OUTDIR [--backend auto|cpu|cuda] "
                     "[--json]\n"
                     "       werkbank-solve export-inp STUDY.json -o model.inp\n";
        return 1;
    }
    const std::vector<std::string> rest(all.begin() + 1, all.end());
    if (all[0] == "solve") return wb::sim::runSolveCommand(rest, std::cout, std::cerr);
    return wb::sim::runExportInpCommand(rest, std::cout, std::cerr);
}
