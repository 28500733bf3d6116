#pragma once
/// The study: what a user sets up and sends to be solved (docs/study-format.md, version 1).

#include "material.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace wb::sim {

using Point3 = std::array<double, 3>;

enum class Analysis { StaticStructural, SteadyThermal };
enum class Backend { Auto, Cpu, Cuda };

/// Surface selection by axis-aligned box (triangle centroids, metres).
struct BoxSelector {
    Point3 min{};
    Point3 max{};
};

/// One B-rep face (or triangle group) of a part, addressed by its path in the tree.
struct FaceRef {
    std::string part;
    int face = 0;
};

/// Exactly one of box or faces.
struct Selector {
    std::variant<BoxSelector, std::vector<FaceRef>> value;
};

enum class SupportType { Fixed, FixedTemperature };

struct Support {
    std::string name;
    SupportType type = SupportType::Fixed;
    double temperature = 0; ///< K, for FixedTemperature
    Selector select;
};

enum class LoadType { Force, Pressure, Gravity, HeatFlux, Convection, HeatSource };

struct Load {
    std::string name;
    LoadType type = LoadType::Force;
    Point3 vector{};                ///< force (N) or gravity (m/s^2)
    double value = 0;               ///< pressure (Pa), heat flux (W/m^2), heat source (W/m^3)
    double coefficient = 0;         ///< convection W/m^2K
    double ambientTemperature = 0;  ///< convection K
    std::optional<Selector> select; ///< absent only for gravity and heat_source
};

/// `parts` glob with a library id or an inline material.
struct MaterialAssignment {
    std::string parts = "*";
    std::string libraryId; ///< non-empty when a library material is named
    std::optional<Material> inlineMaterial;
};

struct Probe {
    std::string name;
    Point3 point{};
};

struct SolverSettings {
    double tolerance = 1e-8;
    int maxIterations = 20000;
    Backend backend = Backend::Auto;
};

struct Study {
    std::string name;
    Analysis analysis = Analysis::StaticStructural;
    std::string geometryFile; ///< as written in the study
    std::string lengthUnit = "mm";
    std::optional<double> voxelSize;       ///< metres
    std::optional<long long> targetVoxels; ///< count of solid voxels
    std::vector<MaterialAssignment> materials;
    std::vector<Support> supports;
    std::vector<Load> loads;
    std::vector<Probe> probes;
    SolverSettings solver;
    /// Folder that a relative geometry path is resolved against (not serialised).
    std::filesystem::path baseDir;

    /// The geometry path resolved against baseDir.
    std::filesystem::path geometryPath() const;
};

const char* analysisName(Analysis a);
const char* backendName(Backend b);

} // namespace wb::sim
