// werkbank-cli-remote: the simulation-service commands of werkbank-cli (submit, watch, fetch,
// cancel, jobs, info). werkbank-cli hands these commands to this program unchanged.
#include "cli_command_line.h"
#include "cli_commands.h"

#include "core/model/exit_codes.h"
#include "core/model/process.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv) {
    wb::core::tuneAllocator();
    using namespace wb::app::cli;
    CommandLine line;
    if (auto exit = parseCommandLine(argc, argv, line, std::cout, std::cerr)) return *exit;
    if (!isRemoteCommand(line.command)) {
        printError(QStringLiteral("'%1' is not a service command; run it with werkbank-cli")
                       .arg(QString::fromStdString(line.command)));
        return wb::core::kExitUsage;
    }
    QCoreApplication app(argc, argv);
    // The connection and any embedded service are closed by then.
    wb::core::leaveNow(runRemoteCommand(line.command, line.remote));
}
