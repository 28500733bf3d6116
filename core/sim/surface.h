#pragma once
/// Placed triangles of every part instance in metres: the input of voxelizer and loads.

#include "core/model/assembly.h"
#include "study.h"

#include <string>
#include <vector>

namespace wb::sim {

struct WorldTriangle {
    core::Vec3 p[3];
    int instance = 0;
    int faceId = 0;
};

struct PlacedInstance {
    std::string path;     ///< node path in the tree (core::Assembly::path)
    std::string partName; ///< name of the shared part
    int part = -1;        ///< index of the shared part in the assembly
};

struct WorldSurface {
    std::vector<WorldTriangle> triangles;
    std::vector<PlacedInstance> instances;
    core::BBox bounds;
    double volume = 0; ///< enclosed volume (m^3) by the divergence theorem
};

/// Places every instance of `assembly` below `root` (default: all) in metres; instance paths
/// are relative to `root`.
WorldSurface placeSurface(const core::Assembly& assembly, int root = 0);

/// Glob over names with '*' and '?'.
bool globMatch(std::string_view pattern, std::string_view text);

} // namespace wb::sim
