// werkbank-cli as a user runs it: inspect --json, render, bad input and exceeded import limits.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

/// Runs the program `name` of the build (beside werkbank-cli) with `args`, in `cwd` when given.
Run run(const QString& name, const QStringList& args, int timeoutMs = 120000,
        const QString& cwd = {}) {
    QProcess p;
    if (!cwd.isEmpty()) p.setWorkingDirectory(cwd);
    p.start(QFileInfo(QStringLiteral(WB_CLI_EXE)).dir().filePath(name), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run cli(const QStringList& args, int timeoutMs = 120000) {
    return run(QStringLiteral("werkbank-cli"), args, timeoutMs);
}

QJsonObject inspect(const QString& file) {
    const Run r = cli({"inspect", file, "--json"});
    if (r.exitCode != 0) qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

int countNodes(const QJsonObject& node) {
    int n = 1;
    for (const QJsonValue& c : node["children"].toArray())
        n += countNodes(c.toObject());
    return n;
}

const QString kSample = QStringLiteral(WB_BINARY_DIR "/resources/samples/sample_assembly.step");
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void inspectStep() {
        const QJsonObject o = inspect("/usr/share/opencascade/data/step/screw.step");
        QCOMPARE(o["format"].toString(), QStringLiteral("STEP"));
        QVERIFY(o["parts"].toInt() >= 1);
        QVERIFY(o["triangles"].toInt() > 100);
        QVERIFY(o["faces"].toInt() > 1);
        QCOMPARE(o["length_unit"].toString(), QStringLiteral("mm"));
        const QJsonArray mn = o["bbox"]["min"].toArray(), mx = o["bbox"]["max"].toArray();
        QCOMPARE(mn.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(mn[i].toDouble() < mx[i].toDouble());
        // In metres: a screw is centimetres, not tens of metres.
        QVERIFY(mx[0].toDouble() - mn[0].toDouble() < 1.0);
        const QJsonObject tree = o["tree"].toObject();
        QVERIFY(tree.contains("name") && tree.contains("children"));
        QCOMPARE(tree["triangles"].toInt(), o["triangles"].toInt());
    }

    void inspectInstancedSample() {
        QVERIFY2(QFile::exists(kSample), "the build writes the sample assembly");
        const QJsonObject o = inspect(kSample);
        QVERIFY(o["parts"].toInt() >= 3);
        QVERIFY2(o["instances"].toInt() > o["parts"].toInt(), "some parts are instanced");
        QVERIFY(countNodes(o["tree"].toObject()) > o["parts"].toInt());
    }

    // Each node's path, as study files name parts: two sibling nodes named "Bolt" (a glTF file
    // placing one tetrahedron twice) are "Frame/Bolt" and "Frame/Bolt#2"; a mesh part's faces
    // are its feature faces (four for a tetrahedron).
    void inspectPrintsUniquePaths() {
        QTemporaryDir dir;
        const QString path = dir.filePath("twins.gltf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],
            "nodes":[{"name":"Frame","children":[1,2]},{"name":"Bolt","mesh":0},
                     {"name":"Bolt","mesh":0,"translation":[3,0,0]}],
            "meshes":[{"name":"bolt","primitives":[{"attributes":{"POSITION":0}}]}],
            "accessors":[{"bufferView":0,"componentType":5126,"count":12,"type":"VEC3",
                          "min":[0,0,0],"max":[1,1,1]}],
            "bufferViews":[{"buffer":0,"byteLength":144}],
            "buffers":[{"byteLength":144,"uri":"data:application/octet-stream;base64,AAAAAAAAAAAAAAAAAAAAAAAAgD8AAAAAAACAPwAAAAAAAAAAAAAAAAAAAAAAAAAAAACAPwAAAAAAAAAAAAAAAAAAAAAAAIA/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAIA/AAAAAAAAgD8AAAAAAACAPwAAAAAAAAAAAAAAAAAAgD8AAAAAAAAAAAAAAAAAAIA/"}]})");
        f.close();
        const QJsonObject o = inspect(path);
        const QJsonObject frame = o["tree"]["children"][0].toObject();
        QCOMPARE(frame["path"].toString(), QStringLiteral("Frame"));
        const QJsonArray bolts = frame["children"].toArray();
        QCOMPARE(bolts.size(), 2);
        QCOMPARE(bolts[0]["name"].toString(), QStringLiteral("Bolt"));
        QCOMPARE(bolts[1]["name"].toString(), QStringLiteral("Bolt"));
        QCOMPARE(bolts[0]["path"].toString(), QStringLiteral("Frame/Bolt"));
        QCOMPARE(bolts[1]["path"].toString(), QStringLiteral("Frame/Bolt#2"));
        QCOMPARE(bolts[1]["faces"].toInt(), 4);
        QCOMPARE(o["tree"]["path"].toString(), QString());
    }

    void inspectMeshFormat() {
        const QJsonObject o = inspect("/usr/share/opencascade/data/stl/head.stl");
        QCOMPARE(o["format"].toString(), QStringLiteral("STL"));
        QCOMPARE(o["length_unit"].toString(), QStringLiteral("mm"));
        QVERIFY(o["triangles"].toInt() > 1000);
    }

    void badInput_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << "missing.step" << QByteArray();
        QTest::newRow("empty") << "empty.step" << QByteArray("");
        QTest::newRow("garbage") << "garbage.step" << QByteArray(4096, '\x9c');
        QTest::newRow("unsupported") << "notes.xyz" << QByteArray("hello\n");
    }
    void badInput() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (name != "missing.step") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const Run r = cli({"inspect", path, "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.err.contains(name.toUtf8()));
    }

    // Usage errors exit with 2 and one line that names the option or argument.
    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString screw = QStringLiteral("/usr/share/opencascade/data/step/screw.step");
        QTest::newRow("no command") << QStringList{} << "subcommand";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("missing file") << QStringList{"inspect"} << "file";
        QTest::newRow("missing output") << QStringList{"render", screw} << "--output";
        QTest::newRow("missing value") << QStringList{"render", screw, "-o"} << "--output";
        QTest::newRow("bad size") << QStringList{"render", "x.step", "-o", "x.png", "--size", "0x0"}
                                  << "--size";
        QTest::newRow("bad view") << QStringList{"render", screw, "-o", "x.png", "--view", "up"}
                                  << "--view";
        QTest::newRow("bad quality")
            << QStringList{"inspect", screw, "--quality", "best"} << "--quality";
        QTest::newRow("bad unit") << QStringList{"inspect", screw, "--unit", "furlong"} << "--unit";
        QTest::newRow("unknown option")
            << QStringList{"inspect", screw, "--frobnicate"} << "--frobnicate";
        QTest::newRow("solve without -o") << QStringList{"solve", "study.json"} << "--output";
        QTest::newRow("bad backend")
            << QStringList{"solve", "study.json", "-o", "out", "--backend", "gpu"} << "--backend";
        QTest::newRow("export-inp option")
            << QStringList{"export-inp", "s.json", "-o", "m.inp", "--json"} << "--json";
        QTest::newRow("submit without study") << QStringList{"submit", "--wait"} << "study";
        QTest::newRow("fetch without -o") << QStringList{"fetch", "abc"} << "--output";
        QTest::newRow("watch bad from") << QStringList{"watch", "abc", "--from", "x"} << "--from";
        QTest::newRow("info extra") << QStringList{"info", "extra"} << "extra";
        QTest::newRow("zero timeout")
            << QStringList{"inspect", screw, "--import-timeout-s", "0"} << "--import-timeout-s";
        QTest::newRow("text timeout")
            << QStringList{"render", screw, "-o", "x.png", "--import-timeout-s", "soon"}
            << "--import-timeout-s";
        QTest::newRow("negative memory")
            << QStringList{"inspect", screw, "--import-memory-mb", "-5"} << "--import-memory-mb";
        QTest::newRow("solve zero memory")
            << QStringList{"solve", "study.json", "-o", "out", "--import-memory-mb", "0"}
            << "--import-memory-mb";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
        QVERIFY2(r.err.startsWith("werkbank-cli: error: "), r.err.constData());
    }

    // --help and --version on werkbank-cli, each command and the programs it runs.
    void helpAndVersion_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("described");
        QTest::newRow("werkbank-cli") << "werkbank-cli" << QStringList{} << "render";
        for (const char* c : {"inspect", "render", "solve", "export-inp", "submit", "watch",
                              "fetch", "cancel", "jobs", "info"})
            QTest::newRow(c) << "werkbank-cli" << QStringList{c} << c;
        QTest::newRow("werkbank-cli-qt") << "werkbank-cli-qt" << QStringList{"render"} << "--view";
        QTest::newRow("werkbank-cli-remote")
            << "werkbank-cli-remote" << QStringList{"submit"} << "--token-file";
        for (const char* helper :
             {"werkbank-import", "werkbank-import-step", "werkbank-import-iges",
              "werkbank-import-brep", "werkbank-import-mesh"})
            QTest::newRow(helper) << helper << QStringList{} << "--metres-per-unit";
    }
    void helpAndVersion() {
        QFETCH(QString, program);
        QFETCH(QStringList, command);
        QFETCH(QString, described);
        const Run help = run(program, command + QStringList{"--help"});
        QCOMPARE(help.exitCode, 0);
        // werkbank-cli-qt and -remote parse werkbank-cli's own command line
        const QString name = program.startsWith("werkbank-cli") ? "werkbank-cli" : program;
        QVERIFY2(help.out.contains("Usage: " + name.toUtf8()), help.out.constData());
        QVERIFY2(help.out.contains(described.toUtf8()), help.out.constData());
        QVERIFY(help.err.isEmpty());
        const Run version = run(program, command + QStringList{"--version"});
        QCOMPARE(version.exitCode, 0);
        // "PROGRAM X.Y.Z": the program's own name and a version number
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^%1 \\d+\\.\\d+\\.\\d+\n$")
                         .arg(QRegularExpression::escape(
                             program.startsWith("werkbank-cli") ? "werkbank-cli" : program)))
                     .match(QString::fromUtf8(version.out))
                     .hasMatch(),
                 version.out.constData());
    }

    // The import helpers' own arguments: unknown options and a missing file are usage errors.
    void importHelperUsage() {
        const Run unknown = run("werkbank-import-mesh", {"--frobnicate", "x.stl"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("--frobnicate"), unknown.err.constData());
        const Run missing = run("werkbank-import-step", {"--quality", "fine"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("file"), missing.err.constData());
        const Run bad = run("werkbank-import", {"--metres-per-unit", "-1", "--", "x.stl"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--metres-per-unit"), bad.err.constData());
    }

    // An import that exceeds --import-timeout-s or --import-memory-mb: exit code 7 and one line
    // that says which limit. The helper hangs or allocates on request (WERKBANK_IMPORT_TEST_HOOK,
    // core/io/isolated/helper_test_hooks.h); werkbank-cli starts it and hands it over.
    void importLimits_data() {
        QTest::addColumn<QByteArray>("hook");
        QTest::addColumn<QStringList>("limit");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("time") << QByteArray("hang") << QStringList{"--import-timeout-s", "1"}
                              << QByteArray("the importer stopped after its 1 s limit");
        QTest::newRow("memory") << QByteArray("allocate")
                                << QStringList{"--import-memory-mb", "256"}
                                << QByteArray("the importer stopped at its 256 MB memory limit");
    }
    void importLimits() {
        QFETCH(QByteArray, hook);
        QFETCH(QStringList, limit);
        QFETCH(QByteArray, message);
        qputenv("WERKBANK_IMPORT_TEST_HOOK", hook);
        const Run r =
            cli(QStringList{"inspect", "/usr/share/opencascade/data/step/screw.step"} + limit);
        qunsetenv("WERKBANK_IMPORT_TEST_HOOK");
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("werkbank-cli: error: "), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void infoFromEmbeddedService() {
        // No --server: the CLI starts the local service, asks it and stops it again.
        const Run r = cli({"info", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!o["version"].toString().isEmpty());
        QVERIFY(o["backends"].toArray().contains(QStringLiteral("cpu")));
        QVERIFY(o["gpus"].isArray());
        QVERIFY(o["max_concurrent_jobs"].toInt() >= 1);
    }

    void renderPng() {
        QTemporaryDir dir;
        const QString out = dir.filePath("screw.png");
        const Run r = cli({"render", "/usr/share/opencascade/data/step/screw.step", "-o", out,
                           "--size", "320x240", "--view", "front"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(320, 240));
        const QRgb bg = image.pixel(0, 0);
        int differ = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                differ += qAbs(qGray(image.pixel(x, y)) - qGray(bg)) > 24;
        QVERIFY(differ > image.width() * image.height() / 50);
    }

    // -o relative to the working directory, and so is the file to import.
    void renderRelativePaths() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("out"));
        QVERIFY(QFile::copy("/usr/share/opencascade/data/step/screw.step", dir.filePath("s.step")));
        const Run r =
            run("werkbank-cli", {"render", "../s.step", "-o", "shot.png", "--size", "64x48"},
                120000, dir.filePath("out"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QImage(dir.filePath("out/shot.png")).size(), QSize(64, 48));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
