// werkbank-server: the simulation service.
#include "import_record.h"
#include "server.h"

#include "core/model/exit_codes.h"
#include "core/model/process.h"
#include "remote/common/sha256.h"

#include "core/sim/geometry_loader.h"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>

namespace {

int hashToken() {
    std::string token;
    std::getline(std::cin, token);
    while (!token.empty() && (token.back() == '\r' || token.back() == ' '))
        token.pop_back();
    if (token.empty()) {
        std::cerr << "werkbank-server: error: no token on stdin\n";
        return wb::core::kExitUsage;
    }
    std::cout << wb::remote::sha256Hex(token) << "\n";
    return wb::core::kExitOk;
}

} // namespace

int main(int argc, char** argv) {
    wb::core::tuneAllocator();
    const auto command = wb::remote::parseServerCommandLine(argc, argv, std::cout, std::cerr);
    if (!command) return command.error();
    if (command->hashToken) return hashToken();
    // Jobs read the model their geometry's import helper stored at upload (every format the
    // importers know); this process never parses an uploaded file, not even STL.
    wb::sim::setGeometryLoader(wb::remote::loadImportedModel);
    ::umask(077); // sockets, job files and results are private to this user
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    wb::remote::Server server;
    if (auto ok = server.start(command->config); !ok) {
        std::cerr << "werkbank-server: error: " << ok.error().toString() << "\n";
        return wb::core::exitCodeFor(ok.error());
    }
    std::cout << "werkbank-server listening on " << server.boundAddress() << std::endl;
    std::thread signalWaiter([&] {
        int signal = 0;
        sigwait(&signals, &signal);
        std::cerr << "werkbank-server: shutting down\n";
        server.shutdown();
    });
    server.wait();
    signalWaiter.join();
    // Every job and event is on disk and every call has ended. gRPC's global teardown can
    // block for seconds (or, rarely, for good) joining its executor threads.
    wb::core::leaveNow(0);
}
