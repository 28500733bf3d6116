// Faces of mesh files by feature angle: a box STL has 6, a finely faceted cylinder 3 (a coarse
// one a face per facet), flipped windings do not split a face, the numbering follows the
// triangle order only (a shuffled file gives the same faces, numbered by the same rule), and the
// import helper (GUI, CLI, server) and werkbank-solve's STL reader find the same face per
// triangle on generated and real STL files. Files with faces of their own keep them.

#include "core/io/isolated/isolated_import.h"
#include "core/model/feature_faces.h"
#include "core/sim/stl_reader.h"
#include "io_test_util.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

using namespace wb::core;

namespace {

Mesh boxMesh(float x0, float y0, float z0, float x1, float y1, float z1) {
    Mesh m;
    for (int c = 0; c < 8; ++c)
        m.positions.insert(m.positions.end(), {c & 1 ? x1 : x0, c & 2 ? y1 : y0, c & 4 ? z1 : z0});
    const std::uint32_t quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                       {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (const auto& q : quads)
        m.indices.insert(m.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
    return m;
}

/// A closed cylinder along z with `segments` facets around, outward windings.
Mesh cylinderMesh(int segments, float radius = 10, float height = 30) {
    Mesh m;
    auto add = [&](float x, float y, float z) {
        m.positions.insert(m.positions.end(), {x, y, z});
        return std::uint32_t(m.vertexCount() - 1);
    };
    const std::uint32_t bottom = add(0, 0, 0), top = add(0, 0, height);
    std::vector<std::uint32_t> lo, hi;
    for (int i = 0; i < segments; ++i) {
        const double a = 2 * std::numbers::pi * i / segments;
        const float x = float(radius * std::cos(a)), y = float(radius * std::sin(a));
        lo.push_back(add(x, y, 0));
        hi.push_back(add(x, y, height));
    }
    for (int i = 0; i < segments; ++i) {
        const int j = (i + 1) % segments;
        m.indices.insert(m.indices.end(), {bottom, lo[j], lo[i]});
        m.indices.insert(m.indices.end(), {top, hi[i], hi[j]});
        m.indices.insert(m.indices.end(), {lo[i], lo[j], hi[j], lo[i], hi[j], hi[i]});
    }
    return m;
}

/// The same triangles in another order, each with its own three vertices (as an STL file
/// holds them), corners rotated: the same surface written by another program.
Mesh shuffled(const Mesh& in, unsigned seed) {
    std::vector<std::size_t> order(in.triangleCount());
    for (std::size_t t = 0; t < order.size(); ++t)
        order[t] = t;
    std::mt19937 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    Mesh out;
    for (std::size_t t : order) {
        const int r = int(random() % 3);
        for (int c = 0; c < 3; ++c) {
            const std::uint32_t v = in.indices[3 * t + (c + r) % 3];
            out.positions.insert(out.positions.end(), in.positions.begin() + 3 * v,
                                 in.positions.begin() + 3 * v + 3);
            out.indices.push_back(std::uint32_t(out.vertexCount() - 1));
        }
    }
    return out;
}

int faceCountOf(const Mesh& mesh) {
    int count = 0;
    featureFaces(mesh, count);
    return count;
}

/// Faces are numbered by their lowest triangle: the first triangle of face k comes before the
/// first triangle of face k + 1.
bool numberedInTriangleOrder(const std::vector<std::int32_t>& ids) {
    std::int32_t next = 0;
    for (std::int32_t id : ids) {
        if (id > next) return false;
        if (id == next) ++next;
    }
    return true;
}

std::filesystem::path writeStlFile(const QTemporaryDir& dir, const char* name, const Mesh& m) {
    const std::filesystem::path path = dir.filePath(name).toStdString();
    const auto written = wb::sim::writeStl(path, m);
    return written && *written ? path : std::filesystem::path();
}

const Mesh& onlyMesh(const Assembly& a) {
    return *a.parts().at(0).mesh;
}

} // namespace

class TestFeatureFaces : public QObject {
    Q_OBJECT
private slots:
    void boxHasSixFaces() {
        const Mesh box = boxMesh(0, 0, 0, 40, 20, 10);
        int count = 0;
        const std::vector<std::int32_t> ids = featureFaces(box, count);
        QCOMPARE(count, 6);
        // the two triangles of each side together, sides numbered in file order
        for (int side = 0; side < 6; ++side) {
            QCOMPARE(ids[2 * side], side);
            QCOMPARE(ids[2 * side + 1], side);
        }
    }

    void cylinderHasThreeFaces() {
        QCOMPARE(faceCountOf(cylinderMesh(24)), 3); // 15 degrees between facets: one side
        QCOMPARE(faceCountOf(cylinderMesh(64)), 3);
        QCOMPARE(faceCountOf(cylinderMesh(8)), 2 + 8); // 45 degrees: each facet a face
        // Just below and just above the feature angle
        QCOMPARE(faceCountOf(cylinderMesh(13)), 3);      // 27.7 degrees
        QCOMPARE(faceCountOf(cylinderMesh(11)), 2 + 11); // 32.7 degrees
    }

    void flippedWindingDoesNotSplit() {
        Mesh box = boxMesh(0, 0, 0, 1, 1, 1);
        std::swap(box.indices[1], box.indices[2]); // one triangle of the first side flipped
        std::swap(box.indices[3 * 7 + 1], box.indices[3 * 7 + 2]);
        QCOMPARE(faceCountOf(box), 6);
    }

    void degenerateTrianglesJoinANeighbour() {
        Mesh box = boxMesh(0, 0, 0, 1, 1, 1);
        // a sliver on the edge between vertices 0 and 2, first in the list
        box.indices.insert(box.indices.begin(), {0, 2, 2});
        int count = 0;
        const std::vector<std::int32_t> ids = featureFaces(box, count);
        QCOMPARE(count, 6);
        QCOMPARE(ids[0], ids[1]);
        QVERIFY(numberedInTriangleOrder(ids));
    }

    void shuffledFileGivesTheSameFaces() {
        Mesh mesh = cylinderMesh(40);
        const Mesh box = boxMesh(30, -5, 0, 50, 5, 12);
        const auto offset = std::uint32_t(mesh.vertexCount());
        mesh.positions.insert(mesh.positions.end(), box.positions.begin(), box.positions.end());
        for (std::uint32_t i : box.indices)
            mesh.indices.push_back(i + offset);
        int count = 0;
        const std::vector<std::int32_t> ids = featureFaces(mesh, count);
        QCOMPARE(count, 3 + 6);
        for (unsigned seed : {1u, 2u, 3u}) {
            const Mesh other = shuffled(mesh, seed);
            int otherCount = 0;
            const std::vector<std::int32_t> otherIds = featureFaces(other, otherCount);
            QCOMPARE(otherCount, count);
            QVERIFY(numberedInTriangleOrder(otherIds));
            // the same partition: a one-to-one map between the two numberings
            std::mt19937 random(seed);
            std::vector<std::size_t> order(mesh.triangleCount());
            for (std::size_t t = 0; t < order.size(); ++t)
                order[t] = t;
            std::shuffle(order.begin(), order.end(), random);
            std::map<int, int> forward, backward;
            for (std::size_t k = 0; k < order.size(); ++k) {
                const int a = ids[order[k]], b = otherIds[k];
                QCOMPARE(forward.try_emplace(a, b).first->second, b);
                QCOMPARE(backward.try_emplace(b, a).first->second, a);
            }
            // the same file again: the same numbers
            QCOMPARE(featureFaces(other, otherCount), otherIds);
        }
    }

    void importerAndSolverReaderAgree_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("faces"); // expected, or -1 for "as many as the solver's reader"
        QTest::newRow("box") << "box" << 6;
        QTest::newRow("cylinder") << "cylinder" << 3;
        QTest::newRow("shuffled") << "shuffled" << 9;
        const QString models = QString::fromStdString(wb::test::kAssimpModels.string());
        for (const char* name : {"Spider_binary.stl", "Spider_ascii.stl", "Wuson.stl",
                                 "sphereWithHole.stl", "3DSMaxExport.STL"})
            QTest::newRow(name) << models + "/STL/" + name << -1;
    }
    void importerAndSolverReaderAgree() {
        QFETCH(QString, file);
        QFETCH(int, faces);
        QTemporaryDir dir;
        std::filesystem::path path = file.toStdString();
        Mesh generated = boxMesh(0, 0, 0, 40, 20, 10);
        if (file == "cylinder") generated = cylinderMesh(36);
        if (file == "shuffled") {
            generated = cylinderMesh(40);
            const Mesh box = boxMesh(30, -5, 0, 50, 5, 12);
            const auto offset = std::uint32_t(generated.vertexCount());
            generated.positions.insert(generated.positions.end(), box.positions.begin(),
                                       box.positions.end());
            for (std::uint32_t i : box.indices)
                generated.indices.push_back(i + offset);
            generated = shuffled(generated, 7);
        }
        if (!file.contains('/')) path = writeStlFile(dir, "generated.stl", generated);
        if (!std::filesystem::exists(path)) QSKIP("the Debian test model is missing");

        const auto helper = io::importIsolated(path);
        QVERIFY2(helper, helper ? "" : helper.error().toString().c_str());
        const auto solver = wb::sim::readStl(path, 1e-3);
        QVERIFY2(solver, solver ? "" : solver.error().toString().c_str());
        QCOMPARE((*helper)->parts().size(), std::size_t{1});
        const Mesh& a = onlyMesh(**helper);
        const Mesh& b = onlyMesh(**solver);
        QCOMPARE(a.triangleCount(), b.triangleCount());
        QCOMPARE(a.faceCount, b.faceCount);
        QCOMPARE(a.faceIds, b.faceIds);
        if (faces >= 0) QCOMPARE(a.faceCount, faces);
        QVERIFY(a.faceCount >= 1);
        QVERIFY(numberedInTriangleOrder(a.faceIds));
        wb::test::checkAssembly(**helper);
        qInfo("%s: %zu triangles, %d faces", path.filename().c_str(), a.triangleCount(),
              a.faceCount);
    }

    void solidsOfAnAsciiFileStayFaces() {
        // werkbank-solve's reader keeps each solid of an ASCII STL a face of its own
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("two.stl").toStdString();
        std::string text;
        const Mesh box = boxMesh(0, 0, 0, 1, 1, 1);
        for (const char* solid : {"a", "b"}) {
            text += std::string("solid ") + solid + "\n";
            for (std::size_t t = 0; t < 6; ++t) {
                text += "facet normal 0 0 0\nouter loop\n";
                for (int c = 0; c < 3; ++c) {
                    const Vec3 p = box.vertex(box.indices[3 * (t + (*solid == 'b' ? 6 : 0)) + c]);
                    text += "vertex " + std::to_string(p.x) + " " + std::to_string(p.y) + " " +
                            std::to_string(p.z) + "\n";
                }
                text += "endloop\nendfacet\n";
            }
            text += std::string("endsolid ") + solid + "\n";
        }
        wb::test::writeFile(path, text);
        const auto solver = wb::sim::readStl(path, 1e-3);
        QVERIFY(solver);
        const Mesh& m = onlyMesh(**solver);
        QCOMPARE(m.faceCount, 2);
        QVERIFY(hasFaceStructure(m));
        Mesh copy = m;
        assignFeatureFaces(copy); // left alone
        QCOMPARE(copy.faceIds, m.faceIds);
    }
};

QTEST_GUILESS_MAIN(TestFeatureFaces)
#include "tst_feature_faces.moc"
