#pragma once
/// The study: what a user sets up and sends to be solved (docs/study-format.md, version 1).

#include "material.h"

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace wb::sim {

using Point3 = std::array<double, 3>;

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

/// A support or a load: a type declared by the study's analysis (core/sim/analysis.h), its
/// parameters (SI) and the surface it applies to.
struct Condition {
    std::string name;
    std::string type; ///< e.g. "fixed", "force", "convection"
    /// Parameter values by key: one value for a scalar, three for a vector; a member of a
    /// components parameter under "key.member" (absent when not given).
    std::map<std::string, std::vector<double>, std::less<>> params;
    std::optional<Selector> select; ///< absent where the type allows no or an optional select
    bool suppressed = false;        ///< kept in the study but not applied

    /// The scalar parameter `key` (0 when absent).
    double scalar(std::string_view key) const;
    /// The vector parameter `key` (zero when absent).
    Point3 vector(std::string_view key) const;
    /// The member `member` of the components parameter `key` (nullopt when not given).
    std::optional<double> component(std::string_view key, std::string_view member) const;
    void setScalar(const std::string& key, double v) { params[key] = {v}; }
    void setVector(const std::string& key, const Point3& v) { params[key] = {v[0], v[1], v[2]}; }
};
using Support = Condition;
using Load = Condition;

/// `parts` glob with a library id or an inline material.
struct MaterialAssignment {
    std::string parts = "*";
    std::string libraryId; ///< non-empty when a library material is named
    std::optional<Material> inlineMaterial;
};

struct Probe {
    std::string name;
    Point3 point{};
    bool suppressed = false; ///< kept in the study but not evaluated
};

struct SolverSettings {
    double tolerance = 1e-8;
    int maxIterations = 20000;
    Backend backend = Backend::Auto;
};

struct Study {
    std::string name;
    std::string analysis = "static_structural"; ///< a name from the analysis registry
    /// Top-level parameters the analysis declares (AnalysisKind::studyParams).
    std::map<std::string, std::vector<double>, std::less<>> settings;
    std::string geometryFile; ///< as written in the study
    /// The name (stem) of the user's geometry file where geometryFile is a copy under another
    /// name (a service's stored upload); empty otherwise. Not serialised.
    std::string geometryName;
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

const char* backendName(Backend b);

} // namespace wb::sim
