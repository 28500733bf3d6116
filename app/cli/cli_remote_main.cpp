// werkbank-cli-remote: the simulation-service commands of werkbank-cli (submit, watch, fetch,
// cancel, jobs, info). werkbank-cli hands these commands to this program unchanged.
#include "cli_commands.h"
#include "core/model/process.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    wb::core::tuneAllocator();
    using namespace wb::app::cli;
    if (argc < 2) {
        std::fputs("usage: werkbank-cli-remote submit|watch|fetch|cancel|jobs|info ARGS\n"
                   "(see werkbank-cli --help)\n",
                   stderr);
        return kUsage;
    }
    const std::string command = argv[1];
    if (command != "submit" && command != "watch" && command != "fetch" && command != "cancel" &&
        command != "jobs" && command != "info") {
        printError(QStringLiteral("unknown command '%1'").arg(QString::fromStdString(command)));
        return kUsage;
    }
    QCoreApplication app(argc, argv);
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // The connection and any embedded service are closed by then.
    wb::core::leaveNow(runRemoteCommand(command, args));
}
