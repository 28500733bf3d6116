#include "cli_commands.h"

#include <cstdio>

namespace wb::app::cli {

void printError(const QString& message) {
    std::fprintf(stderr, "werkbank-cli: error: %s\n", message.toLocal8Bit().constData());
}

} // namespace wb::app::cli
