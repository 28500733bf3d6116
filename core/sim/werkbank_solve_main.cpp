// werkbank-solve: the solver's command line for machines without the full application.
#include "cli.h"

#include <iostream>

int main(int argc, char** argv) {
    return wb::sim::runSolverProgram({argv + 1, argv + argc}, std::cout, std::cerr);
}
