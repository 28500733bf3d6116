#pragma once
// Shared helpers of the io tests: data locations and small checks of an imported assembly.

#include "core/io/importer.h"

#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>
#include <string>

namespace wb::test {

inline const std::filesystem::path kOcctData = "/usr/share/opencascade/data";
inline const std::filesystem::path kAssimpModels = "/usr/share/assimp/models";

inline void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// Structural checks every successful import must pass.
inline void checkAssembly(const core::Assembly& a) {
    QVERIFY(!a.parts().empty());
    QVERIFY(a.triangleCount() > 0);
    QVERIFY(!a.bbox().isEmpty());
    QVERIFY(a.metresPerUnit() > 0);
    QVERIFY(!a.format().empty());
    for (const core::Part& part : a.parts()) {
        QVERIFY(part.mesh);
        const core::Mesh& m = *part.mesh;
        QCOMPARE(m.indices.size() % 3, std::size_t{0});
        QCOMPARE(m.faceIds.size(), m.triangleCount());
        QVERIFY(m.normals.empty() || m.normals.size() == m.positions.size());
        QVERIFY(m.allFinite());
        for (std::uint32_t i : m.indices)
            QVERIFY(i < m.vertexCount());
        for (std::int32_t f : m.faceIds)
            QVERIFY(f >= 0 && f < std::max(m.faceCount, 1));
    }
}

} // namespace wb::test
