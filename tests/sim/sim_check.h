#pragma once
// Minimal checks for the solver tests (plain C++, no framework): a failed check prints
// file:line and the expression, and the test returns non-zero.

#include "core/model/assembly.h"
#include "core/sim/stl_reader.h"
#include "core/sim/study_json.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace simtest {

inline int& failures() {
    static int n = 0;
    return n;
}

#define SIM_CHECK(cond)                                                                            \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::cerr << __FILE__ << ":" << __LINE__ << ": check failed: " #cond "\n";             \
            ++simtest::failures();                                                                 \
        }                                                                                          \
    } while (0)

#define SIM_CHECK_NEAR(a, b, rel)                                                                  \
    do {                                                                                           \
        const double sa_ = (a), sb_ = (b);                                                         \
        const double err_ = std::abs(sa_ - sb_) / std::max(std::abs(sb_), 1e-300);                 \
        if (!(err_ <= (rel))) {                                                                    \
            std::cerr << __FILE__ << ":" << __LINE__ << ": " #a " = " << sa_ << ", expected "      \
                      << sb_ << " (relative error " << err_ << " > " << (rel) << ")\n";            \
            ++simtest::failures();                                                                 \
        }                                                                                          \
    } while (0)

inline int finish(const char* name) {
    if (failures()) {
        std::cerr << name << ": " << failures() << " check(s) failed\n";
        return 1;
    }
    std::cout << name << ": all checks passed\n";
    return 0;
}

/// Closed box mesh with outward triangles, coordinates as given.
inline wb::core::Mesh boxMesh(double x0, double y0, double z0, double x1, double y1, double z1) {
    wb::core::Mesh m;
    for (int c = 0; c < 8; ++c) {
        m.positions.push_back(float(c & 1 ? x1 : x0));
        m.positions.push_back(float(c & 2 ? y1 : y0));
        m.positions.push_back(float(c & 4 ? z1 : z0));
    }
    const std::uint32_t quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                       {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (int f = 0; f < 6; ++f) {
        const auto* q = quads[f];
        for (std::uint32_t i : {q[0], q[1], q[2], q[0], q[2], q[3]})
            m.indices.push_back(i);
        m.faceIds.push_back(f);
        m.faceIds.push_back(f);
    }
    m.faceCount = 6;
    return m;
}

/// A fresh scratch folder under the build tree.
inline std::filesystem::path scratch(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(WB_BINARY_DIR) / "test_scratch" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline void writeText(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

/// Writes a box STL (mm) and returns a cantilever-style study text: fixed at x=0, `loadJson`
/// entries, probes. Lengths in mm for the STL, metres in the study.
inline std::string studyText(const std::string& analysis, const std::string& stl, double voxel,
                             const std::string& materials, const std::string& supports,
                             const std::string& loads, const std::string& probes) {
    return "{\"format\":\"werkbank-study\",\"version\":1,\"name\":\"t\",\"analysis\":\"" +
           analysis + "\",\"geometry\":{\"file\":\"" + stl +
           "\",\"length_unit\":\"mm\"},\"mesh\":{\"voxel_size\":" + wb::sim::formatNumber(voxel) +
           "},\"materials\":[" + materials + "],\"supports\":[" + supports + "],\"loads\":[" +
           loads + "],\"probes\":[" + probes + "]," +
           "\"solver\":{\"tolerance\":1e-10,\"max_iterations\":2000,\"backend\":\"cpu\"}}";
}

/// Box selector JSON around the plane axis = value (metres).
inline std::string planeBox(int axis, double value, double lo = -1, double hi = 1) {
    double mn[3] = {lo, lo, lo}, mx[3] = {hi, hi, hi};
    mn[axis] = value - 1e-6;
    mx[axis] = value + 1e-6;
    auto v = [](const double* p) {
        return "[" + wb::sim::formatNumber(p[0]) + "," + wb::sim::formatNumber(p[1]) + "," +
               wb::sim::formatNumber(p[2]) + "]";
    };
    return "{\"box\":{\"min\":" + v(mn) + ",\"max\":" + v(mx) + "}}";
}

/// The reference cantilever: beam.stl (100 x 10 x 10 mm box) in steel, fixed at x = 0,
/// 1000 N down at the tip x = 0.1 m, probe "tip" at the tip's centre.
inline std::string cantileverStudy(double voxel) {
    return studyText("static_structural", "beam.stl", voxel,
                     "{\"parts\":\"*\",\"material\":\"structural_steel\"}",
                     "{\"name\":\"root\",\"type\":\"fixed\",\"select\":" + planeBox(0, 0) + "}",
                     "{\"name\":\"tip\",\"type\":\"force\",\"vector\":[0,0,-1000],\"select\":" +
                         planeBox(0, 0.1) + "}",
                     "{\"name\":\"tip\",\"point\":[0.1,0.005,0.005]}");
}

} // namespace simtest
