#pragma once
// A bar (100 x 20 x 20 mm, ASCII STL) solved for real by werkbank-cli: a steady thermal study
// with 20 °C at x = 0 and 120 °C at x = 100 mm (temperature linear in x, 1 K per mm), or a
// cantilever fixed at x = 0 with a force down at its tip. Shared by the CLI and app tests.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cmath>

namespace wb::test {

/// A closed box as ASCII STL, outward triangles (millimetres).
inline QByteArray boxStl(double x1, double y1, double z1) {
    const double p[8][3] = {{0, 0, 0},  {x1, 0, 0},  {0, y1, 0},  {x1, y1, 0},
                            {0, 0, z1}, {x1, 0, z1}, {0, y1, z1}, {x1, y1, z1}};
    // two triangles per face, counter-clockwise seen from outside
    const int tris[12][3] = {{0, 2, 1}, {1, 2, 3}, {4, 5, 6}, {5, 7, 6}, {0, 1, 4}, {1, 5, 4},
                             {2, 6, 3}, {3, 6, 7}, {0, 4, 2}, {2, 4, 6}, {1, 3, 5}, {3, 7, 5}};
    QByteArray s = "solid box\n";
    for (const auto& t : tris) {
        // the facet's normal: (b - a) x (c - a), normalised
        double u[3], v[3], n[3];
        for (int k = 0; k < 3; ++k)
            u[k] = p[t[1]][k] - p[t[0]][k], v[k] = p[t[2]][k] - p[t[0]][k];
        n[0] = u[1] * v[2] - u[2] * v[1];
        n[1] = u[2] * v[0] - u[0] * v[2];
        n[2] = u[0] * v[1] - u[1] * v[0];
        const double length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        s += QStringLiteral("facet normal %1 %2 %3\nouter loop\n")
                 .arg(n[0] / length)
                 .arg(n[1] / length)
                 .arg(n[2] / length)
                 .toUtf8();
        for (int v : t)
            s +=
                QStringLiteral("vertex %1 %2 %3\n").arg(p[v][0]).arg(p[v][1]).arg(p[v][2]).toUtf8();
        s += "endloop\nendfacet\n";
    }
    return s + "endsolid box\n";
}

inline QString planeBox(double x) {
    return QStringLiteral(R"({"box":{"min":[%1,-1,-1],"max":[%2,1,1]}})")
        .arg(x - 1e-6)
        .arg(x + 1e-6);
}

inline QByteArray thermalBarStudy() {
    return QStringLiteral(
               R"({"format":"werkbank-study","version":1,"name":"bar","analysis":"steady_thermal",)"
               R"("geometry":{"file":"bar.stl","length_unit":"mm"},"mesh":{"voxel_size":0.0025},)"
               R"("materials":[{"parts":"*","material":"structural_steel"}],"supports":[)"
               R"({"type":"fixed_temperature","temperature":293.15,"select":%1},)"
               R"({"type":"fixed_temperature","temperature":393.15,"select":%2}],)"
               R"("solver":{"tolerance":1e-10,"backend":"cpu"}})")
        .arg(planeBox(0), planeBox(0.1))
        .toUtf8();
}

inline QByteArray cantileverStudy() {
    return QStringLiteral(
               R"({"format":"werkbank-study","version":1,"name":"beam",)"
               R"("analysis":"static_structural",)"
               R"("geometry":{"file":"bar.stl","length_unit":"mm"},"mesh":{"voxel_size":0.0025},)"
               R"("materials":[{"parts":"*","material":"structural_steel"}],"supports":[)"
               R"({"type":"fixed","select":%1}],"loads":[)"
               R"({"type":"force","vector":[0,0,-20000],"select":%2}],)"
               R"("solver":{"tolerance":1e-9,"backend":"cpu"}})")
        .arg(planeBox(0), planeBox(0.1))
        .toUtf8();
}

/// Writes bar.stl and `name`.wbstudy.json with `study` into `dir` and solves it with `cli`
/// (werkbank-cli) into `dir`/`name`; returns that folder, empty when the solve failed.
inline QString solveBar(const QString& cli, const QString& dir, const QString& name,
                        const QByteArray& study) {
    QFile stl(QDir(dir).filePath("bar.stl"));
    if (!stl.open(QIODevice::WriteOnly)) return {};
    stl.write(boxStl(100, 20, 20));
    stl.close();
    const QString studyFile = QDir(dir).filePath(name + ".wbstudy.json");
    QFile f(studyFile);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(study);
    f.close();
    const QString out = QDir(dir).filePath(name);
    QProcess p;
    p.start(cli, {"solve", studyFile, "-o", out});
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        qWarning("solve failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return out;
}

} // namespace wb::test
