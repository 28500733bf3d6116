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
};

struct WorldSurface {
    std::vector<WorldTriangle> triangles;
    std::vector<PlacedInstance> instances;
    core::BBox bounds;
    double volume = 0; ///< enclosed volume (m^3) by the divergence theorem
};

/// Places every instance of `assembly` in metres.
WorldSurface placeSurface(const core::Assembly& assembly);

/// Glob over names with '*' and '?'.
bool globMatch(std::string_view pattern, std::string_view text);

} // namespace wb::sim
