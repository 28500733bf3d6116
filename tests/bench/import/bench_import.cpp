// Import benchmark: time per stage (reading, transferring, meshing) and triangle counts for
// Debian's occt-misc STEP, IGES and BREP files and a generated 1M-triangle STL (or the files
// given on the command line).
//
// Usage: bench_import [--quality coarse|normal|fine] [FILE...]

#include "core/io/formats.h"
#include "core/io/importer.h"
#include "core/sim/stl_reader.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
const std::filesystem::path kOcctData = "/usr/share/opencascade/data";

const char* const kDefaultFiles[] = {
    "step/linkrods.step",       "step/screw.step",   "iges/bearing.iges", "iges/hammer.iges",
    "occ/bottle.brep",          "occ/CrankArm.brep", "occ/Motor-c.brep",  "occ/Pump_TopCover.brep",
    "occ/MODERN_Cooker_1.brep", "occ/Room.brep",     "occ/wing.brep",
};

struct StageTimer {
    std::mutex mutex;
    Clock::time_point start = Clock::now();
    Clock::time_point last = start;
    std::string stage = "reading";
    std::map<std::string, double> seconds;

    void onProgress(const std::string& s, double) {
        std::lock_guard lock(mutex);
        if (s == stage) return;
        const auto now = Clock::now();
        seconds[stage] += std::chrono::duration<double>(now - last).count();
        last = now;
        stage = s;
    }
    void finish() {
        const auto now = Clock::now();
        seconds[stage] += std::chrono::duration<double>(now - last).count();
    }
};

/// A binary STL of a wavy 708 x 708 grid, about a million triangles with shared corners and
/// facet normals, as a CAD system exports a finely tessellated surface. Written once into the
/// temp folder.
std::filesystem::path largeStl() {
    const auto path = std::filesystem::temp_directory_path() / "werkbank_bench_1m.stl";
    constexpr int kGrid = 708;
    constexpr std::uintmax_t kTriangles = 2u * (kGrid - 1) * (kGrid - 1);
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) == 84 + kTriangles * 50) return path;
    wb::core::Mesh grid;
    for (int i = 0; i < kGrid; ++i)
        for (int j = 0; j < kGrid; ++j) {
            const float x = float(i) * 0.1f, y = float(j) * 0.1f;
            grid.positions.insert(grid.positions.end(), {x, y, std::sin(x) * std::cos(y)});
        }
    const auto at = [](int i, int j) { return std::uint32_t(i * kGrid + j); };
    for (int i = 0; i + 1 < kGrid; ++i)
        for (int j = 0; j + 1 < kGrid; ++j)
            grid.indices.insert(grid.indices.end(), {at(i, j), at(i + 1, j), at(i + 1, j + 1),
                                                     at(i, j), at(i + 1, j + 1), at(i, j + 1)});
    if (!wb::sim::writeStl(path, grid)) std::fprintf(stderr, "cannot write %s\n", path.c_str());
    return path;
}

} // namespace

int main(int argc, char** argv) {
    wb::core::io::Quality quality = wb::core::io::Quality::Normal;
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quality") == 0 && i + 1 < argc)
            quality = wb::core::io::qualityFromName(argv[++i]).value_or(quality);
        else
            files.emplace_back(argv[i]);
    }
    if (files.empty()) {
        for (const char* f : kDefaultFiles)
            files.push_back(kOcctData / f);
        files.push_back(largeStl());
    }

    std::printf("%-26s %6s %9s %9s %9s %9s %6s %6s %10s %7s\n", "file", "format", "read s",
                "transfer s", "mesh s", "total s", "parts", "inst", "triangles", "unit m");
    int failures = 0;
    for (const auto& file : files) {
        if (!std::filesystem::exists(file)) {
            std::printf("%-26s missing\n", file.filename().c_str());
            continue;
        }
        StageTimer timer;
        wb::core::io::ImportOptions options;
        options.quality = quality;
        options.progress = [&](const std::string& s, double f) { timer.onProgress(s, f); };
        const auto result = wb::core::io::importFile(file, options);
        timer.finish();
        if (!result) {
            std::printf("%-26s error: %s\n", file.filename().c_str(),
                        result.error().toString().c_str());
            ++failures;
            continue;
        }
        const auto& a = **result;
        double total = 0;
        for (const auto& [stage, s] : timer.seconds)
            total += s;
        std::printf("%-26s %6s %9.3f %9.3f %9.3f %9.3f %6zu %6zu %10zu %7g\n",
                    file.filename().c_str(), a.format().c_str(), timer.seconds["reading"],
                    timer.seconds["transferring"], timer.seconds["meshing"], total,
                    a.parts().size(), a.instanceCount(), a.triangleCount(), a.metresPerUnit());
    }
    return failures == 0 ? 0 : 1;
}
