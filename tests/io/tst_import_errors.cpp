// Every bad input gives its own error id; cancellation stops an import at any stage.

#include "core/io/import_errors.h"
#include "io_test_util.h"

#include <cstring>
#include <random>

using namespace wb::core;
using namespace wb::core::io;
using wb::test::kAssimpModels;
using wb::test::kOcctData;
using wb::test::writeFile;

namespace {

std::string randomBytes(std::size_t n) {
    std::mt19937 rng(1234);
    std::string bytes(n, '\0');
    for (char& c : bytes)
        c = static_cast<char>(rng() & 0xFF);
    bytes[3] = '\0';
    return bytes;
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string binaryStl(float badValue) {
    std::string bytes(80, ' ');
    const std::uint32_t count = 1;
    bytes.append(reinterpret_cast<const char*>(&count), 4);
    const float tri[12] = {0, 0, 1, 0, 0, 0, 1, 0, 0, badValue, 1, 0};
    bytes.append(reinterpret_cast<const char*>(tri), sizeof tri);
    bytes.append(2, '\0');
    return bytes;
}

} // namespace

class TstImportErrors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::filesystem::path dir() const { return m_dir.path().toStdString(); }

    void expectError(const std::filesystem::path& path, std::string_view id, ErrorCode code,
                     const ImportOptions& options = {}) {
        const auto result = importFile(path, options);
        QVERIFY2(!result, path.c_str());
        const Error& e = result.error();
        QVERIFY2(e.id == id, (e.id + " != " + std::string(id) + ": " + e.toString()).c_str());
        QCOMPARE(static_cast<int>(e.code), static_cast<int>(code));
        QVERIFY(!e.args.empty());
        QCOMPARE(e.args.front(), path.string());
        QVERIFY(e.toString().find(path.filename().string()) != std::string::npos);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void missingPath() {
        expectError(dir() / "does_not_exist.step", kErrFileNotFound, ErrorCode::NotFound);
    }

    void directory() {
        std::filesystem::create_directory(dir() / "folder.step");
        expectError(dir() / "folder.step", kErrIsDirectory, ErrorCode::InvalidArgument);
    }

    void emptyFile() {
        writeFile(dir() / "empty.step", "");
        expectError(dir() / "empty.step", kErrEmptyFile, ErrorCode::InvalidFile);
        writeFile(dir() / "empty.stl", "");
        expectError(dir() / "empty.stl", kErrEmptyFile, ErrorCode::InvalidFile);
    }

    void truncatedStep() {
        const std::string full = readAll(kOcctData / "step/linkrods.step");
        QVERIFY(full.size() > 1000);
        writeFile(dir() / "truncated.step", full.substr(0, full.size() / 2));
        expectError(dir() / "truncated.step", kErrTruncated, ErrorCode::InvalidFile);
    }

    void truncatedIges() {
        const std::string full = readAll(kOcctData / "iges/hammer.iges");
        writeFile(dir() / "truncated.igs", full.substr(0, full.size() / 3));
        expectError(dir() / "truncated.igs", kErrTruncated, ErrorCode::InvalidFile);
    }

    void garbageWithCadExtension_data() {
        QTest::addColumn<QString>("name");
        for (const char* name : {"garbage.step", "garbage.stp", "garbage.igs", "garbage.iges",
                                 "garbage.brep", "garbage.3mf", "garbage.ply"})
            QTest::newRow(name) << name;
    }
    void garbageWithCadExtension() {
        QFETCH(QString, name);
        const auto path = dir() / name.toStdString();
        writeFile(path, randomBytes(5000));
        expectError(path, kErrCorrupt, ErrorCode::InvalidFile);
    }

    void garbageMeshFile() {
        // A binary STL whose size does not match its triangle count: the parser rejects it.
        writeFile(dir() / "garbage.stl", randomBytes(5000));
        expectError(dir() / "garbage.stl", kErrReadFailed, ErrorCode::InvalidFile);
    }

    void unsupportedFormat() {
        writeFile(dir() / "notes.txt", "just some text\n");
        expectError(dir() / "notes.txt", kErrUnsupported, ErrorCode::Unsupported);
        writeFile(dir() / "blob.bin", randomBytes(300));
        expectError(dir() / "blob.bin", kErrUnsupported, ErrorCode::Unsupported);
    }

    void nonFiniteCoordinates() {
        writeFile(dir() / "nan.stl", binaryStl(std::numeric_limits<float>::quiet_NaN()));
        expectError(dir() / "nan.stl", kErrNonFinite, ErrorCode::InvalidFile);
        writeFile(dir() / "inf.stl", binaryStl(std::numeric_limits<float>::infinity()));
        expectError(dir() / "inf.stl", kErrNonFinite, ErrorCode::InvalidFile);
        writeFile(dir() / "nan.obj", "v 0 0 0\nv 1 0 0\nv nan 1 0\nf 1 2 3\n");
        expectError(dir() / "nan.obj", kErrNonFinite, ErrorCode::InvalidFile);
        expectError(kAssimpModels / "glTF2/BoxWithInfinites-glTF-Binary/BoxWithInfinites.glb",
                    kErrNonFinite, ErrorCode::InvalidFile);
    }

    void noGeometry() {
        expectError(kOcctData / "occ/edge.brep", kErrNoGeometry, ErrorCode::InvalidFile);
        writeFile(dir() / "points.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\np 1 2 3\n");
        expectError(dir() / "points.obj", kErrNoGeometry, ErrorCode::InvalidFile);
        writeFile(dir() / "empty_data.step",
                  "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('empty'),'2;1');\n"
                  "FILE_NAME('e','2026-01-01T00:00:00',(''),(''),'','','');\n"
                  "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\nENDSEC;\n"
                  "DATA;\nENDSEC;\nEND-ISO-10303-21;\n");
        expectError(dir() / "empty_data.step", kErrNoGeometry, ErrorCode::InvalidFile);
    }

    void cancelledBeforeStart() {
        CancelToken token;
        token.cancel();
        ImportOptions options;
        options.cancel = &token;
        expectError(kOcctData / "step/screw.step", kErrCancelled, ErrorCode::Cancelled, options);
        expectError(kAssimpModels / "PLY/cube.ply", kErrCancelled, ErrorCode::Cancelled, options);
    }

    void cancelledWhileRunning_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("stage");
        QTest::newRow("step transferring") << "step/linkrods.step"
                                           << "transferring";
        QTest::newRow("step meshing") << "step/screw.step"
                                      << "meshing";
        QTest::newRow("iges reading") << "iges/bearing.iges"
                                      << "reading";
        QTest::newRow("brep meshing") << "occ/CrankArm.brep"
                                      << "meshing";
        QTest::newRow("stl reading") << "stl/head.stl"
                                     << "reading";
    }
    void cancelledWhileRunning() {
        QFETCH(QString, file);
        QFETCH(QString, stage);
        CancelToken token;
        ImportOptions options;
        options.cancel = &token;
        const std::string when = stage.toStdString();
        options.progress = [&](const std::string& s, double) {
            if (s == when) token.cancel();
        };
        expectError(kOcctData / file.toStdString(), kErrCancelled, ErrorCode::Cancelled, options);
    }
};

QTEST_GUILESS_MAIN(TstImportErrors)
#include "tst_import_errors.moc"
