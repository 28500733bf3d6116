#pragma once
/// Triangle mesh of one part, in the part's own coordinates and the file's length unit.

#include "bbox.h"

#include <cstdint>
#include <vector>

namespace wb::core {

/// Indexed triangle mesh. `faceIds` holds, per triangle, the B-rep face index of a CAD part
/// (0-based, the order of TopExp::MapShapes(TopAbs_FACE)) or a triangle-group id for mesh
/// formats. Immutable once shared through an Assembly.
struct Mesh {
    std::vector<float> positions;       ///< xyz per vertex
    std::vector<float> normals;         ///< xyz per vertex; same size as positions, or empty
    std::vector<std::uint32_t> indices; ///< three per triangle
    std::vector<std::int32_t> faceIds;  ///< one per triangle
    int faceCount = 0;                  ///< number of distinct faces / groups
    /// Colours the file gives single faces: empty, or one per face (faceCount entries), each
    /// 0xRRGGBBAA; 0 for a face without a colour of its own, which shows its instance's or
    /// part's colour. A face's own colour wins over both (as in OCCT's XCAF).
    std::vector<std::uint32_t> faceColors;

    std::size_t vertexCount() const { return positions.size() / 3; }
    std::size_t triangleCount() const { return indices.size() / 3; }
    Vec3 vertex(std::size_t i) const {
        return {positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]};
    }
    /// The colour of `face` from faceColors, 0 when it has none (or is out of range).
    std::uint32_t faceColor(std::int32_t face) const {
        return face >= 0 && std::size_t(face) < faceColors.size() ? faceColors[std::size_t(face)]
                                                                  : 0u;
    }
    BBox bbox() const;
    /// Computes area-weighted smooth vertex normals (replaces `normals`).
    void computeNormals();
    /// True when every coordinate is finite.
    bool allFinite() const;
};

} // namespace wb::core
