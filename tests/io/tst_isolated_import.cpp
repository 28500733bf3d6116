// Importing in a child process (werkbank-import, or the helper of the file's format family): the
// model that comes back equals an import in this process (real files: the instanced sample
// assembly, IGES, BREP, STL), every file goes to the family helper whose importer the registry
// would choose, errors come back with their ids, and a child that crashes, hangs or answers
// garbage gives a specific error without taking the caller down. The helper's limits (time,
// memory) end it with their own errors, and it cannot reach the network. Also the codec on its
// own: round trip and damaged input.

#include "core/io/file_probe.h"
#include "core/io/format_probes.h"
#include "core/io/formats.h"
#include "core/io/import_errors.h"
#include "core/io/isolated/isolated_import.h"
#include "core/model/assembly_codec.h"
#include "io_test_util.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <set>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace wb::core;
using namespace wb::core::io;
using wb::test::kOcctData;

namespace {

const std::filesystem::path kHelper = std::filesystem::path(WB_BINARY_DIR) / "bin/werkbank-import";

/// Field-by-field equality of two assemblies, meshes compared bit for bit.
void compareAssemblies(const Assembly& a, const Assembly& b) {
    QCOMPARE(b.format(), a.format());
    QCOMPARE(b.metresPerUnit(), a.metresPerUnit());
    QCOMPARE(b.nodes().size(), a.nodes().size());
    QCOMPARE(b.parts().size(), a.parts().size());
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        const Node &x = a.nodes()[i], &y = b.nodes()[i];
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.parent, x.parent);
        QCOMPARE(y.children, x.children);
        QCOMPARE(y.part, x.part);
        QVERIFY(y.local.m == x.local.m);
        QCOMPARE(y.color.has_value(), x.color.has_value());
        if (x.color) QVERIFY(*y.color == *x.color);
    }
    for (std::size_t i = 0; i < a.parts().size(); ++i) {
        const Part &x = a.parts()[i], &y = b.parts()[i];
        QCOMPARE(y.name, x.name);
        QVERIFY(y.color == x.color);
        QCOMPARE(y.hasColor, x.hasColor);
        QVERIFY(x.mesh && y.mesh);
        QVERIFY(y.mesh->positions == x.mesh->positions);
        QVERIFY(y.mesh->normals == x.mesh->normals);
        QVERIFY(y.mesh->indices == x.mesh->indices);
        QVERIFY(y.mesh->faceIds == x.mesh->faceIds);
        QCOMPARE(y.mesh->faceCount, x.mesh->faceCount);
        QVERIFY(y.mesh->faceColors == x.mesh->faceColors);
    }
    QCOMPARE(b.instanceCount(), a.instanceCount());
    QCOMPARE(b.triangleCount(), a.triangleCount());
}

/// Sets WERKBANK_IMPORT_TEST_HOOK (helper_test_hooks.h) while it lives.
struct TestHookScope {
    explicit TestHookScope(const std::string& hook) {
        ::setenv("WERKBANK_IMPORT_TEST_HOOK", hook.c_str(), 1);
    }
    ~TestHookScope() { ::unsetenv("WERKBANK_IMPORT_TEST_HOOK"); }
};

/// A TCP socket listening on 127.0.0.1 at a free port, closed with it.
struct LoopbackListener {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int port = 0;
    LoopbackListener() {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), size) == 0 &&
            ::listen(fd, 4) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
            port = ntohs(address.sin_port);
    }
    ~LoopbackListener() { ::close(fd); }
    /// Whether this process can connect to it.
    bool reachable() const {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(std::uint16_t(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool ok =
            ::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
        ::close(client);
        return ok;
    }
};

/// A stand-in helper: a shell script with `body`.
std::filesystem::path script(const QTemporaryDir& dir, const char* name, const std::string& body) {
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / name;
    wb::test::writeFile(path, "#!/bin/sh\n" + body + "\n");
    ::chmod(path.c_str(), 0755);
    return path;
}

} // namespace

class TestIsolatedImport : public QObject {
    Q_OBJECT

private slots:
    void sameModelAsInProcess_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("unit");
        QTest::newRow("instanced STEP")
            << QString::fromStdString(
                   (std::filesystem::path(WB_BINARY_DIR) / "resources/samples/sample_assembly.step")
                       .string())
            << QString();
        QTest::newRow("IGES") << QString::fromStdString((kOcctData / "iges/hammer.iges").string())
                              << QString();
        QTest::newRow("BREP") << QString::fromStdString((kOcctData / "occ/CrankArm.brep").string())
                              << QString();
        QTest::newRow("STL in inches")
            << QString::fromStdString((kOcctData / "stl/TR12J_OCC.stl").string())
            << QStringLiteral("0.0254");
    }
    void sameModelAsInProcess() {
        QFETCH(QString, file);
        QFETCH(QString, unit);
        ImportOptions options;
        options.quality = Quality::Coarse;
        if (!unit.isEmpty()) options.metresPerUnit = unit.toDouble();
        const auto here = importFile(file.toStdString(), options);
        QVERIFY2(here.has_value(), here ? "" : here.error().toString().c_str());
        // Through the full helper and through the family's own (the default).
        for (const std::filesystem::path& helper : {kHelper, std::filesystem::path()}) {
            const auto there = importIsolated(file.toStdString(), options, helper);
            QVERIFY2(there.has_value(), there ? "" : there.error().toString().c_str());
            wb::test::checkAssembly(**there);
            compareAssemblies(**here, **there);
            if (!unit.isEmpty()) QCOMPARE((*there)->metresPerUnit(), 0.0254);
        }
    }

    // The helper chosen from a file's first bytes is the family of the importer the registry
    // picks, for every sample file; files no importer claims go to the full helper.
    void familyHelperMatchesTheRegistry() {
        std::vector<std::filesystem::path> files;
        for (const char* folder : {"step", "iges", "occ", "stl"})
            for (const auto& e : std::filesystem::directory_iterator(kOcctData / folder))
                files.push_back(e.path());
        for (const auto& e : std::filesystem::recursive_directory_iterator(wb::test::kAssimpModels))
            if (e.is_regular_file()) files.push_back(e.path());
        QVERIFY(files.size() > 100);
        std::set<std::string> families;
        int unclaimed = 0;
        for (const auto& file : files) {
            const std::string head = readBytes(file, kProbeSize);
            const Importer* importer = ImporterRegistry::instance().find(file, head);
            std::string_view expected;
            for (const FormatProbe& p : formatProbes())
                if (importer && p.format == importer->format().name) expected = p.family;
            QCOMPARE(importFamily(file, head), expected);
            const auto helper = importHelperFor(file);
            if (expected.empty()) {
                ++unclaimed;
                QCOMPARE(helper, defaultImportHelper());
            } else {
                families.insert(std::string(expected));
                QCOMPARE(helper.filename().string(), "werkbank-import-" + std::string(expected));
            }
        }
        QCOMPARE(families, (std::set<std::string>{"brep", "iges", "mesh", "step"}));
        QVERIFY(unclaimed > 0); // textures, materials and the like beside the models
        // Missing files and folders are reported by the full helper, as before.
        QCOMPARE(importHelperFor("/nonexistent/file.step"), defaultImportHelper());
    }

    // A launcher starts the import and executes the program that takes it over; the program
    // finds it in its environment, for the same file and options only.
    void handOverToTheNextProgram() {
        const std::filesystem::path file = kOcctData / "iges/hammer.iges";
        ImportOptions coarse;
        coarse.quality = Quality::Coarse;
        QVERIFY(!takeOverImport(file, coarse).has_value()); // nothing handed over
        auto running = startImport(file, coarse);
        QVERIFY(running.has_value());
        QVERIFY(handOverImport(*running, file, coarse));
        QVERIFY(std::getenv("WERKBANK_IMPORT_PID"));
        const auto taken = takeOverImport(file, coarse);
        QVERIFY(taken.has_value());
        QCOMPARE(taken->pid, running->pid);
        QVERIFY(!std::getenv("WERKBANK_IMPORT_PID")); // cleared for the program's children
        const auto there = finishImport(*taken, file, coarse);
        QVERIFY2(there.has_value(), there ? "" : there.error().toString().c_str());
        const auto here = importFile(file, coarse);
        QVERIFY(here.has_value());
        compareAssemblies(**here, **there);
        // Handed over for other options: stopped, and nothing to take.
        running = startImport(file, coarse);
        QVERIFY(running.has_value());
        QVERIFY(handOverImport(*running, file, coarse));
        QVERIFY(!takeOverImport(file, ImportOptions{}).has_value());
        QCOMPARE(::kill(running->pid, 0), -1);       // reaped
        QCOMPARE(::fcntl(running->fd, F_GETFD), -1); // closed
    }

    // The hand-over keeps the pipe open across exec; an import handed over by anything but this
    // process's own running child is neither taken nor stopped.
    void handOverKeepsThePipeAndChecksTheChild() {
        const std::filesystem::path file = kOcctData / "iges/hammer.iges";
        auto running = startImport(file, {});
        QVERIFY(running.has_value());
        const auto seenByExec = [&] { // whether a program this process executes sees the pipe
            std::string test = "test -e /proc/self/fd/" + std::to_string(running->fd);
            char* argv[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), test.data(), nullptr};
            pid_t shell = -1;
            if (::posix_spawn(&shell, "/bin/sh", nullptr, nullptr, argv, environ) != 0)
                return false;
            int status = 0;
            ::waitpid(shell, &status, 0);
            return WIFEXITED(status) && WEXITSTATUS(status) == 0;
        };
        QVERIFY(!seenByExec());
        QVERIFY(handOverImport(*running, file, {}));
        QVERIFY(seenByExec());
        const auto taken = takeOverImport(file, {});
        QVERIFY(taken.has_value());
        QVERIFY(!seenByExec()); // close-on-exec again once taken
        QVERIFY(finishImport(*taken, file, {}).has_value());

        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        ::setenv("WERKBANK_IMPORT_PID", std::to_string(::getppid()).c_str(), 1);
        ::setenv("WERKBANK_IMPORT_FD", std::to_string(fds[0]).c_str(), 1);
        ::setenv("WERKBANK_IMPORT_REQUEST", "something else\n", 1);
        QVERIFY(!takeOverImport(file, {}).has_value());
        QVERIFY(!std::getenv("WERKBANK_IMPORT_PID") && !std::getenv("WERKBANK_IMPORT_REQUEST"));
        QCOMPARE(::kill(::getppid(), 0), 0); // not ours: left alone
        QVERIFY(::fcntl(fds[0], F_GETFD) >= 0);
        ::close(fds[0]);
        ::close(fds[1]);
    }

    // A helper whose caller is gone by the time it starts (its parent is not the one named in
    // its environment) stops at once, without importing.
    void helperWithoutItsCallerStops() {
        QProcess helper;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WERKBANK_IMPORT_PARENT"), QStringLiteral("1"));
        helper.setProcessEnvironment(environment);
        helper.start(QString::fromStdString(kHelper.string()),
                     {QString::fromStdString((kOcctData / "iges/hammer.iges").string())});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitCode(), 4); // cancelled
        QVERIFY(helper.readAllStandardOutput().isEmpty());
    }

    void progressArrives() {
        std::vector<std::pair<std::string, double>> events;
        ImportOptions options;
        options.progress = [&](const std::string& stage, double fraction) {
            events.emplace_back(stage, fraction);
        };
        const auto r = importIsolated(kOcctData / "iges/bearing.iges", options, kHelper);
        QVERIFY(r.has_value());
        QVERIFY(events.size() >= 3);
        std::set<std::string> stages;
        double last = 0;
        for (const auto& [stage, fraction] : events) {
            stages.insert(stage);
            QVERIFY(fraction >= last - 1e-9 && fraction <= 1.0);
            last = fraction;
        }
        QVERIFY(stages.count("reading") && stages.count("meshing"));
    }

    void errorsKeepTheirIds() {
        QTemporaryDir dir;
        const std::string missing = dir.filePath(QStringLiteral("nothing.step")).toStdString();
        auto r = importIsolated(missing, {}, kHelper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string(kErrFileNotFound));
        QCOMPARE(r.error().args.at(0), missing);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        const std::string garbage = dir.filePath(QStringLiteral("garbage.step")).toStdString();
        wb::test::writeFile(garbage, std::string(4096, '\x01'));
        r = importIsolated(garbage, {}, kHelper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string(kErrCorrupt));
    }

    void crashingHelper() {
        QTemporaryDir dir;
        const auto helper = script(dir, "crash", "kill -SEGV $$");
        const auto r = importIsolated((kOcctData / "iges/hammer.iges"), {}, helper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.importer_crashed"));
        QVERIFY2(r.error().message.find("signal 11") != std::string::npos,
                 r.error().message.c_str());
        QCOMPARE(r.error().args.at(0), (kOcctData / "iges/hammer.iges").string());
    }

    // The helper runs without OCCT's zero-filling of allocations, unless the caller asks for it.
    void helperEnvironment() {
        QTemporaryDir dir;
        const std::string seen = dir.filePath(QStringLiteral("env.txt")).toStdString();
        const auto helper = script(dir, "env", "env > '" + seen + "'");
        const auto clearOf = [&](const std::vector<std::string>& environment) {
            QFile::remove(QString::fromStdString(seen));
            (void)importIsolated(kOcctData / "iges/hammer.iges", {}, helper, environment);
            std::ifstream in(seen);
            std::string line, value = "(unset)";
            while (std::getline(in, line))
                if (line.starts_with("MMGT_CLEAR=")) value = line.substr(11);
            return value;
        };
        QCOMPARE(clearOf({"PATH=/usr/bin:/bin"}), std::string("0"));
        QCOMPARE(clearOf({"PATH=/usr/bin:/bin", "MMGT_CLEAR=1"}), std::string("1"));
    }

    void missingHelper() {
        const auto r = importIsolated(kOcctData / "iges/hammer.iges", {}, "/nonexistent/helper");
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string(kErrInternal));
        QVERIFY(r.error().message.find("/nonexistent/helper") != std::string::npos);
    }

    void garbageReply() {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        for (const char* body :
             {"printf 'hello world'", "printf 'WBIMPRT2\\001\\377\\377'", "true",
              // a well-formed reply frame whose body is not a model
              "printf 'R\\010\\000\\000\\000\\000\\000\\000\\000garbage!'",
              // a reply frame announcing more bytes than follow
              "printf 'R\\377\\000\\000\\000\\000\\000\\000\\000short'",
              // a progress frame with an absurd size
              "printf 'P\\377\\377\\377\\377\\377\\377\\377\\377'; exec sleep 30"}) {
            const auto helper = script(dir, "talker", body);
            const auto r = importIsolated(kOcctData / "iges/hammer.iges", {}, helper);
            QVERIFY(!r);
            QCOMPARE(r.error().id, std::string("io.bad_import_reply"));
            QCOMPARE(r.error().args.at(0), (kOcctData / "iges/hammer.iges").string());
        }
        QVERIFY2(timer.elapsed() < 10000, "a damaged frame must stop the helper at once");
    }

    void cancelKillsTheHelper() {
        QTemporaryDir dir;
        const auto helper = script(dir, "slow", "exec sleep 30");
        CancelToken token;
        ImportOptions options;
        options.cancel = &token;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            token.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const auto r = importIsolated(kOcctData / "iges/hammer.iges", options, helper);
        canceller.join();
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string(kErrCancelled));
        QVERIFY2(timer.elapsed() < 5000, "cancel did not stop the helper");
    }

    // A helper that hangs is killed at its time limit and reaped: the error names the limit.
    void hangingHelperStopsAtItsTimeLimit() {
        const TestHookScope hook("hang");
        const std::filesystem::path file = kOcctData / "iges/hammer.iges";
        ImportOptions options;
        options.limits.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const auto running = startImport(file, options, kHelper);
        QVERIFY(running.has_value());
        const auto r = finishImport(*running, file, options);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.limit.time"));
        QCOMPARE(r.error().args, (std::vector<std::string>{file.string(), "1"}));
        QVERIFY2(r.error().message.find("1 s limit") != std::string::npos,
                 r.error().message.c_str());
        QVERIFY(timer.elapsed() >= 900);
        QVERIFY2(timer.elapsed() < 20000, "the time limit did not stop the helper");
        // Gone and reaped: neither a process nor a zombie of it is left.
        QCOMPARE(::kill(running->pid, 0), -1);
        QCOMPARE(errno, ESRCH);
        QCOMPARE(::waitpid(running->pid, nullptr, WNOHANG), -1);
    }

    // A helper that allocates without end stops at its memory limit and says so.
    void allocatingHelperStopsAtItsMemoryLimit() {
        const TestHookScope hook("allocate");
        const std::filesystem::path file = kOcctData / "iges/hammer.iges";
        ImportOptions options;
        options.limits.memoryMB = 256;
        const auto r = importIsolated(file, options, kHelper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.limit.memory"));
        QCOMPARE(r.error().args, (std::vector<std::string>{file.string(), "256"}));
        QCOMPARE(r.error().code, ErrorCode::ResourceExhausted);
    }

    // A helper that dies after reporting a failed allocation (import_protocol.h) hit its
    // memory limit; one that dies of a signal beyond that crashed.
    void helperDyingAtItsLimits() {
        QTemporaryDir dir;
        const std::filesystem::path file = kOcctData / "iges/hammer.iges";
        ImportOptions options;
        options.limits.memoryMB = 512;
        auto helper = script(dir, "oom",
                             "printf 'M\\000\\000\\000\\000\\000\\000\\000\\000'\n"
                             "kill -KILL $$");
        auto r = importIsolated(file, options, helper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.limit.memory"));
        QCOMPARE(r.error().args.at(1), std::string("512"));
        helper = script(dir, "fsize", "kill -XFSZ $$");
        r = importIsolated(file, options, helper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.limit.file_size"));
        helper = script(dir, "xcpu", "kill -XCPU $$");
        r = importIsolated(file, options, helper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.limit.time"));
        const TestHookScope hook("crash");
        r = importIsolated(file, options, kHelper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.importer_crashed"));
        QVERIFY2(r.error().message.find("signal 11") != std::string::npos,
                 r.error().message.c_str());
    }

    // The helper cannot reach the network, not even this machine's loopback, whether it is
    // contained by namespaces (where the kernel allows them) or by the seccomp filter.
    void helperHasNoNetwork_data() {
        QTest::addColumn<QString>("hook");
        QTest::newRow("default") << QStringLiteral("connect");
        QTest::newRow("filter") << QStringLiteral("connect-filtered");
    }
    void helperHasNoNetwork() {
        QFETCH(QString, hook);
        const LoopbackListener server;
        QVERIFY(server.port > 0);
        // The same connection from this process works: the helper's failure is its containment.
        QVERIFY(server.reachable());
        const TestHookScope scope(hook.toStdString() + ":" + std::to_string(server.port));
        const auto r = importIsolated(kOcctData / "iges/hammer.iges", {}, kHelper);
        QVERIFY(!r);
        QCOMPARE(r.error().id, std::string("io.test_hook"));
        const std::string outcome = r.error().args.at(1);
        qInfo("helper: %s", outcome.c_str());
        QVERIFY2(outcome.starts_with("blocked: "), outcome.c_str());
        if (hook == "connect-filtered") {
            QVERIFY2(outcome.find("socket: Permission denied (filter)") != std::string::npos,
                     outcome.c_str());
        }
    }

    // Normal imports are well within the default limits; the limits travel to the helper.
    void defaultLimitsArePassedOn() {
        const auto args = importHelperArguments("/x.step", {});
        const auto has = [&](const std::string& option, const std::string& value) {
            const auto at = std::find(args.begin(), args.end(), option);
            return at != args.end() && at + 1 != args.end() && at[1] == value;
        };
        QVERIFY(has("--timeout-s", "120"));
        QVERIFY(has("--memory-mb", "4096"));
        QVERIFY(has("--file-size-mb", "1024"));
        QVERIFY(has("--open-files", "256"));
        QCOMPARE(args.back(), std::string("/x.step"));
    }

    void formatTableMatchesImporters() {
        // Callers without importers (the GUI's file dialog) list formats from the table.
        const auto registered = ImporterRegistry::instance().formats();
        const auto& table = supportedFormats();
        QCOMPARE(registered.size(), table.size());
        for (std::size_t i = 0; i < table.size(); ++i) {
            QVERIFY(!table[i].name.empty() && !table[i].extensions.empty());
            QCOMPARE(registered[i].name, table[i].name);
            QCOMPARE(registered[i].extensions, table[i].extensions);
        }
        QVERIFY(formatNamed("no such format").name.empty());
    }

    void codecRejectsDamage() {
        auto a = std::make_shared<Assembly>();
        auto mesh = std::make_shared<Mesh>();
        mesh->positions = {0, 0, 0, 1, 0, 0, 0, 1, 0};
        mesh->indices = {0, 1, 2};
        mesh->positions.insert(mesh->positions.end(), {1, 1, 0});
        mesh->indices.insert(mesh->indices.end(), {1, 3, 2});
        mesh->faceIds = {0, 1};
        mesh->faceCount = 2;
        mesh->faceColors = {0, packColor(Color{1, 0, 0, 1})}; // the second face red
        Part part;
        part.name = "tri";
        part.mesh = mesh;
        const int p = a->addPart(part);
        part.name = "tri again";
        part.hasColor = true;
        part.color = Color{0.1f, 0.2f, 0.3f, 1.0f};
        const int q = a->addPart(part); // a second part on the same mesh
        const int group = a->addNode(0, "group");
        a->addNode(group, "one", Transform::translation({1, 2, 3}), p);
        a->addNode(group, "two", Transform::scale(2), p); // two instances of one part
        a->addNode(0, "three", {}, q);
        a->nodes()[3].color = Color{1, 0, 0, 1};
        std::string bytes;
        encodeAssembly(*a, bytes);
        const auto back = decodeImportReply(bytes);
        QVERIFY(back.has_value());
        compareAssemblies(*a, **back);
        QVERIFY((*back)->parts()[0].mesh == (*back)->parts()[1].mesh); // still shared, once
        QCOMPARE((*back)->parts()[0].mesh->faceColor(1), 0xff0000ffu);
        QCOMPARE((*back)->parts()[0].mesh->faceColor(0), 0u);
        // Every truncation is refused, never read past the end.
        for (std::size_t n = 0; n < bytes.size(); ++n) {
            const auto cut = decodeImportReply(std::string_view(bytes).substr(0, n));
            QVERIFY(!cut);
            QCOMPARE(cut.error().id, std::string("io.bad_import_reply"));
        }
        // An index past the vertices, or a node pointing at a missing part.
        auto broken = std::make_shared<Mesh>(*mesh);
        broken->indices = {0, 1, 7};
        a->parts()[0].mesh = broken;
        bytes.clear();
        encodeAssembly(*a, bytes);
        QVERIFY(!decodeImportReply(bytes));
        // Face colours that are not one per face, or a triangle whose face has none.
        for (const auto& [colours, ids] :
             {std::pair{std::vector<std::uint32_t>{0xff0000ffu}, std::vector<std::int32_t>{0, 1}},
              std::pair{std::vector<std::uint32_t>{0, 1, 2}, std::vector<std::int32_t>{0, 1}},
              std::pair{std::vector<std::uint32_t>{0, 1}, std::vector<std::int32_t>{0, 2}},
              std::pair{std::vector<std::uint32_t>{0, 1}, std::vector<std::int32_t>{-1, 1}}}) {
            auto wrong = std::make_shared<Mesh>(*mesh);
            wrong->faceColors = colours;
            wrong->faceIds = ids;
            a->parts()[0].mesh = a->parts()[1].mesh = wrong;
            bytes.clear();
            encodeAssembly(*a, bytes);
            const auto refused = decodeImportReply(bytes, "x.step");
            QVERIFY(!refused);
            QCOMPARE(refused.error().id, std::string("io.bad_import_reply"));
        }
        // A face colour table whose size says more than the bytes hold.
        a->parts()[0].mesh = a->parts()[1].mesh = mesh;
        bytes.clear();
        encodeAssembly(*a, bytes);
        const std::string table(reinterpret_cast<const char*>(mesh->faceColors.data()), 8);
        const std::size_t at = bytes.find(table);
        QVERIFY(at != std::string::npos && at >= 8);
        std::uint64_t count = 0;
        std::memcpy(&count, bytes.data() + at - 8, 8);
        QCOMPARE(count, std::uint64_t{2});
        std::string inflated = bytes;
        const std::uint64_t huge = std::uint64_t(1) << 60;
        std::memcpy(inflated.data() + at - 8, &huge, 8);
        QVERIFY(!decodeImportReply(inflated));
        a->nodes()[2].part = 5;
        bytes.clear();
        encodeAssembly(*a, bytes);
        QVERIFY(!decodeImportReply(bytes));
        // An error record round trip.
        bytes.clear();
        encodeError(Error{ErrorCode::InvalidFile,
                          "io.truncated_file",
                          {"/x.step", "STEP"},
                          "truncated",
                          "/x.step"},
                    bytes);
        const auto error = decodeImportReply(bytes);
        QVERIFY(!error);
        QCOMPARE(error.error().id, std::string("io.truncated_file"));
        QCOMPARE(error.error().code, ErrorCode::InvalidFile);
        QCOMPARE(error.error().args, (std::vector<std::string>{"/x.step", "STEP"}));
    }
};

QTEST_MAIN(TestIsolatedImport)
#include "tst_isolated_import.moc"
