// werkbank-cli as a user runs it: inspect --json, render, and bad input.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(WB_CLI_EXE, args);
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

    void usageErrors() {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({"frobnicate"}).exitCode, 1);
        QCOMPARE(cli({"inspect"}).exitCode, 1);
        QCOMPARE(cli({"render", "/usr/share/opencascade/data/step/screw.step"}).exitCode, 1);
        QCOMPARE(cli({"render", "x.step", "-o", "x.png", "--size", "0x0"}).exitCode, 1);
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
        QCOMPARE(cli({"info", "extra"}).exitCode, 1);
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
