// Importers on real files: Debian's occt-misc data and assimp-testmodels.

#include "io_test_util.h"

#include <set>
#include <thread>

using namespace wb::core;
using namespace wb::core::io;
using wb::test::kAssimpModels;
using wb::test::kOcctData;

class TstImporters : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Assembly> load(const std::filesystem::path& path,
                                         const ImportOptions& options = {}) {
        if (!std::filesystem::exists(path)) {
            qWarning("missing test file %s", path.c_str());
            return nullptr;
        }
        auto result = importFile(path, options);
        if (!result) qWarning("%s", result.error().toString().c_str());
        return result ? *result : nullptr;
    }

private slots:
    void registryListsEveryFormat() {
        std::set<std::string> names;
        for (const FormatInfo& f : ImporterRegistry::instance().formats())
            names.insert(f.name);
        for (const char* expected :
             {"STEP", "IGES", "BREP", "STL", "OBJ", "PLY", "glTF", "3MF", "OFF", "COLLADA", "FBX"})
            QVERIFY2(names.contains(expected), expected);
        const Importer* step = ImporterRegistry::instance().find("a.stp", "ISO-10303-21;\n");
        QVERIFY(step);
        QCOMPARE(step->format().name, std::string("STEP"));
        // Content wins over a misleading extension.
        const Importer* ply = ImporterRegistry::instance().find("a.stl", "ply\nformat ascii");
        QVERIFY(ply);
        QCOMPARE(ply->format().name, std::string("PLY"));
    }

    void occtFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("linkrods.step") << "step/linkrods.step"
                                       << "STEP";
        QTest::newRow("screw.step") << "step/screw.step"
                                    << "STEP";
        QTest::newRow("bearing.iges") << "iges/bearing.iges"
                                      << "IGES";
        QTest::newRow("hammer.iges") << "iges/hammer.iges"
                                     << "IGES";
        QTest::newRow("bottle.brep") << "occ/bottle.brep"
                                     << "BREP";
        QTest::newRow("Ball.brep") << "occ/Ball.brep"
                                   << "BREP";
        QTest::newRow("CrankArm.brep") << "occ/CrankArm.brep"
                                       << "BREP";
        QTest::newRow("Pump_Nut.brep") << "occ/Pump_Nut.brep"
                                       << "BREP";
        QTest::newRow("Motor-c.brep") << "occ/Motor-c.brep"
                                      << "BREP";
        QTest::newRow("shape.stl") << "stl/shape.stl"
                                   << "STL";
        QTest::newRow("head.stl") << "stl/head.stl"
                                  << "STL";
        QTest::newRow("bearing.stl") << "stl/bearing.stl"
                                     << "STL";
    }
    void occtFiles() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        auto a = load(kOcctData / file.toStdString());
        QVERIFY(a);
        wb::test::checkAssembly(*a);
        QCOMPARE(QString::fromStdString(a->format()), format);
        if (format != "STL") {
            // B-rep parts: per-triangle face ids cover the faces of the part.
            std::size_t faces = 0;
            for (const Part& p : a->parts())
                faces += static_cast<std::size_t>(p.mesh->faceCount);
            QVERIFY(faces > 0);
        }
        if (format == "STEP" || format == "IGES") QCOMPARE(a->metresPerUnit(), 1e-3);
    }

    void assimpFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("stl ascii") << "STL/Spider_ascii.stl"
                                   << "STL";
        QTest::newRow("stl binary") << "STL/Spider_binary.stl"
                                    << "STL";
        QTest::newRow("obj") << "OBJ/WusonOBJ.obj"
                             << "OBJ";
        QTest::newRow("obj box") << "OBJ/box.obj"
                                 << "OBJ";
        QTest::newRow("ply ascii") << "PLY/cube.ply"
                                   << "PLY";
        QTest::newRow("ply binary") << "PLY/cube_binary.ply"
                                    << "PLY";
        QTest::newRow("gltf") << "glTF2/BoxTextured-glTF/BoxTextured.gltf"
                              << "glTF";
        QTest::newRow("glb") << "glTF2/BoxTextured-glTF-Binary/BoxTextured.glb"
                             << "glTF";
        QTest::newRow("3mf") << "3MF/box.3mf"
                             << "3MF";
        QTest::newRow("off") << "OFF/Cube.off"
                             << "OFF";
        QTest::newRow("dae") << "Collada/duck.dae"
                             << "COLLADA";
        QTest::newRow("fbx") << "FBX/box.fbx"
                             << "FBX";
        QTest::newRow("fbx names") << "FBX/cubes_with_names.fbx"
                                   << "FBX";
    }
    void assimpFiles() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        auto a = load(kAssimpModels / file.toStdString());
        QVERIFY(a);
        wb::test::checkAssembly(*a);
        QCOMPARE(QString::fromStdString(a->format()), format);
        QVERIFY(a->nodes().size() >= 2);
    }

    void contentWinsOverExtension() {
        QTemporaryDir dir;
        const std::filesystem::path copy = dir.path().toStdString() + "/screw.dat";
        std::filesystem::copy_file(kOcctData / "step/screw.step", copy);
        const auto a = load(copy);
        QVERIFY(a);
        QCOMPARE(a->format(), std::string("STEP"));
        const std::filesystem::path upper = dir.path().toStdString() + "/CUBE.PLY";
        std::filesystem::copy_file(kAssimpModels / "PLY/cube.ply", upper);
        QVERIFY(load(upper));
    }

    void meshVerticesWelded() {
        // Two coplanar facets sharing an edge (one corner written as -0), and a third facet
        // on that edge at an angle: the shared corners of equal normals weld, the others not.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("weld.stl")).toStdString();
        wb::test::writeFile(path, "solid w\n"
                                  "facet normal 0 0 1\nouter loop\n"
                                  "vertex 0 0 0\nvertex 1 0 0\nvertex 1 1 0\n"
                                  "endloop\nendfacet\n"
                                  "facet normal 0 0 1\nouter loop\n"
                                  "vertex -0 0 0\nvertex 1 1 0\nvertex 0 1 0\n"
                                  "endloop\nendfacet\n"
                                  "facet normal 0 -1 0\nouter loop\n"
                                  "vertex 0 0 0\nvertex 1 0 -1\nvertex 1 0 0\n"
                                  "endloop\nendfacet\n"
                                  "endsolid w\n");
        const auto r = importFile(path);
        QVERIFY2(r.has_value(), r ? "" : r.error().toString().c_str());
        const Mesh& m = *(*r)->parts().at(0).mesh;
        QCOMPARE(m.triangleCount(), std::size_t{3});
        QCOMPARE(m.vertexCount(), std::size_t{4 + 3}); // square: 4; the slanted facet: 3
        QCOMPARE(m.normals.size(), m.positions.size());
        wb::test::checkAssembly(**r);
    }

    void meshFormatUnits() {
        const auto stl = load(kAssimpModels / "STL/Spider_ascii.stl");
        QVERIFY(stl);
        QCOMPARE(stl->metresPerUnit(), 1e-3); // mesh formats default to millimetres
        ImportOptions inches;
        inches.metresPerUnit = 0.0254;
        const auto stlInches = load(kAssimpModels / "STL/Spider_ascii.stl", inches);
        QVERIFY(stlInches);
        QCOMPARE(stlInches->metresPerUnit(), 0.0254);
        const auto glb = load(kAssimpModels / "glTF2/BoxTextured-glTF-Binary/BoxTextured.glb");
        QVERIFY(glb);
        QCOMPARE(glb->metresPerUnit(), 1.0); // glTF is defined in metres
    }

    void assimpHierarchyAndInstancing() {
        // The engine model reuses meshes in several nodes: parts are shared, not copied.
        const auto a =
            load(kAssimpModels / "glTF2/2CylinderEngine-glTF-Binary/2CylinderEngine.glb");
        QVERIFY(a);
        wb::test::checkAssembly(*a);
        QVERIFY(a->instanceCount() >= a->parts().size());
        QVERIFY(a->nodes().size() > a->parts().size() / 2);
        QVERIFY(a->nodes()[1].children.size() > 0);
    }

    void qualityChangesDensity() {
        const auto path = kOcctData / "occ/bottle.brep";
        std::size_t previous = 0;
        for (Quality q : {Quality::Coarse, Quality::Normal, Quality::Fine}) {
            ImportOptions options;
            options.quality = q;
            auto a = load(path, options);
            QVERIFY(a);
            QVERIFY2(a->triangleCount() > previous, "finer quality gives more triangles");
            previous = a->triangleCount();
        }
    }

    void progressStages() {
        std::vector<std::pair<std::string, double>> calls;
        std::mutex mutex;
        ImportOptions options;
        options.progress = [&](const std::string& stage, double fraction) {
            std::lock_guard lock(mutex);
            calls.emplace_back(stage, fraction);
        };
        QVERIFY(load(kOcctData / "step/screw.step", options));
        std::set<std::string> stages;
        for (const auto& [stage, fraction] : calls) {
            stages.insert(stage);
            QVERIFY(fraction >= 0.0 && fraction <= 1.0);
        }
        QVERIFY(stages.contains("reading"));
        QVERIFY(stages.contains("transferring"));
        QVERIFY(stages.contains("meshing"));
        QCOMPARE(calls.back().second, 1.0);
    }

    void concurrentImports() {
        std::shared_ptr<const Assembly> a, b, c;
        std::thread t1([&] { a = *importFile(kOcctData / "step/linkrods.step"); });
        std::thread t2([&] { b = *importFile(kOcctData / "iges/hammer.iges"); });
        std::thread t3([&] { c = *importFile(kAssimpModels / "PLY/cube.ply"); });
        t1.join();
        t2.join();
        t3.join();
        QVERIFY(a && b && c);
        QVERIFY(a->triangleCount() > 0 && b->triangleCount() > 0 && c->triangleCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TstImporters)
#include "tst_importers.moc"
