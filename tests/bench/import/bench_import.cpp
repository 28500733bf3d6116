// Import benchmark: time per stage (reading, transferring, meshing) and triangle counts for
// Debian's occt-misc STEP, IGES and BREP files and a generated 1M-triangle STL (or the files
// given on the command line).
//
// With --compare N, each file is imported N times with OCCT's STEP parser and healing alone and
// N times with the project's (alternating, so both see the same machine), and the medians of
// both are printed with their ratio.
//
// Usage: bench_import [--quality coarse|normal|fine] [--compare N] [FILE...]

#include "core/io/formats.h"
#include "core/io/importer.h"
#include "core/io/occt/parallel_healing.h"
#include "core/io/occt/step_reader.h"
#include "core/sim/stl_reader.h"

#include <algorithm>
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

struct Timing {
    double read = 0, transfer = 0, mesh = 0, total = 0;
};

// One import of `file`; false (and a message) on an error.
bool timeImport(const std::filesystem::path& file, wb::core::io::Quality quality, Timing& out,
                std::shared_ptr<const wb::core::Assembly>* model = nullptr) {
    StageTimer timer;
    wb::core::io::ImportOptions options;
    options.quality = quality;
    options.progress = [&](const std::string& s, double f) { timer.onProgress(s, f); };
    const auto result = wb::core::io::importFile(file, options);
    timer.finish();
    if (!result) {
        std::printf("%-26s error: %s\n", file.filename().c_str(),
                    result.error().toString().c_str());
        return false;
    }
    out = {timer.seconds["reading"], timer.seconds["transferring"], timer.seconds["meshing"], 0};
    for (const auto& [stage, seconds] : timer.seconds)
        out.total += seconds;
    if (model) *model = *result;
    return true;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

Timing median(const std::vector<Timing>& runs) {
    std::vector<double> r, t, m, a;
    for (const Timing& x : runs)
        r.push_back(x.read), t.push_back(x.transfer), m.push_back(x.mesh), a.push_back(x.total);
    return {median(r), median(t), median(m), median(a)};
}

void useOcctAlone(bool alone) {
    wb::core::io::useProjectStepParser(!alone);
    wb::core::io::useParallelHealing(!alone);
}

int compare(const std::vector<std::filesystem::path>& files, wb::core::io::Quality quality,
            int runs) {
    std::printf("%-20s %-10s %8s %10s %8s %8s\n", "file", "reader", "read s", "transfer s",
                "mesh s", "total s");
    for (const auto& file : files) {
        if (file.extension() == ".stl") continue; // neither change touches mesh formats
        std::vector<Timing> occt, ours;
        for (int i = 0; i < runs; ++i)
            for (const bool alone : {true, false}) {
                useOcctAlone(alone);
                Timing t;
                if (!timeImport(file, quality, t)) return 1;
                (alone ? occt : ours).push_back(t);
            }
        const Timing a = median(occt), b = median(ours);
        std::printf("%-20s %-10s %8.3f %10.3f %8.3f %8.3f\n", file.filename().c_str(), "OCCT",
                    a.read, a.transfer, a.mesh, a.total);
        std::printf("%-20s %-10s %8.3f %10.3f %8.3f %8.3f   (total %.2f of OCCT's)\n",
                    file.filename().c_str(), "project", b.read, b.transfer, b.mesh, b.total,
                    b.total / a.total);
    }
    std::printf("(median of %d alternating imports each; \"OCCT\": OCCT's STEP parser and "
                "healing alone)\n",
                runs);
    useOcctAlone(false);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    wb::core::io::Quality quality = wb::core::io::Quality::Normal;
    std::vector<std::filesystem::path> files;
    int compareRuns = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quality") == 0 && i + 1 < argc)
            quality = wb::core::io::qualityFromName(argv[++i]).value_or(quality);
        else if (std::strcmp(argv[i], "--compare") == 0 && i + 1 < argc)
            compareRuns = std::max(1, std::atoi(argv[++i]));
        else
            files.emplace_back(argv[i]);
    }
    if (files.empty()) {
        for (const char* f : kDefaultFiles)
            files.push_back(kOcctData / f);
        if (compareRuns == 0) files.push_back(largeStl());
    }
    if (compareRuns > 0) return compare(files, quality, compareRuns);

    std::printf("%-26s %6s %9s %9s %9s %9s %6s %6s %10s %7s %7s\n", "file", "format", "read s",
                "transfer s", "mesh s", "total s", "parts", "inst", "triangles", "faces", "unit m");
    int failures = 0;
    for (const auto& file : files) {
        if (!std::filesystem::exists(file)) {
            std::printf("%-26s missing\n", file.filename().c_str());
            continue;
        }
        Timing t;
        std::shared_ptr<const wb::core::Assembly> model;
        if (!timeImport(file, quality, t, &model)) {
            ++failures;
            continue;
        }
        const auto& a = *model;
        std::printf("%-26s %6s %9.3f %9.3f %9.3f %9.3f %6zu %6zu %10zu %7zu %7g\n",
                    file.filename().c_str(), a.format().c_str(), t.read, t.transfer, t.mesh,
                    t.total, a.parts().size(), a.instanceCount(), a.triangleCount(), a.faceCount(),
                    a.metresPerUnit());
        if (file.extension() == ".stl") {
            // werkbank-solve's own reader of the same file (compute nodes have no Assimp)
            const auto start = Clock::now();
            const auto solverModel = wb::sim::readStl(file, 1e-3);
            const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
            if (solverModel)
                std::printf("%-26s %6s %9s %9s %9s %9.3f %6zu %6zu %10zu %7zu\n",
                            "  (werkbank-solve reader)", "STL", "", "", "", seconds,
                            (*solverModel)->parts().size(), (*solverModel)->instanceCount(),
                            (*solverModel)->triangleCount(), (*solverModel)->faceCount());
        }
    }
    return failures == 0 ? 0 : 1;
}
