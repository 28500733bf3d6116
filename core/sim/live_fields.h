#pragma once
/// Puts a job's streamed solid mask and field chunks (the service's SolidMask and FieldChunk
/// events) back together into a result that can be drawn while the job still runs. The chunks
/// come from outside: every size is checked against the grid before anything is allocated, and
/// a chunk that does not fit is refused with an error, never trusted.

#include "solve.h"

#include "core/model/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::sim {

/// The grid a streamed mask or field lives on (voxels per axis, voxel edge and corner of voxel
/// (0,0,0) in metres).
struct StreamGrid {
    int n[3] = {0, 0, 0};
    double h = 0;
    Point3 origin{};
    bool operator==(const StreamGrid&) const = default;
};

class LiveFields {
public:
    /// A field that has come in whole.
    struct Update {
        /// The voxel model (solid voxels only: no materials) with, for an intermediate field,
        /// that field alone; for a final one, every final field received so far.
        std::shared_ptr<const SolveResult> result;
        bool final = false;
        int iteration = 0;
    };

    /// `analysis` names the result's analysis (for the fields' units); grids of more than
    /// `maxVoxels` voxels are refused.
    explicit LiveFields(std::string analysis = "static_structural",
                        std::size_t maxVoxels = std::size_t(1) << 31);

    /// A part of the mask, in order. Chunks of a mask that is already complete are ignored.
    core::Result<bool> addMask(const StreamGrid& grid, std::uint64_t totalBytes,
                               std::uint64_t offset, std::string_view bits);
    /// A part of a field, in order. Returns an Update when the chunk completes a field and the
    /// mask is known; nothing otherwise (a field that arrives before the mask is dropped).
    core::Result<std::optional<Update>> addField(bool final, const std::string& name,
                                                 int components, int iteration,
                                                 const StreamGrid& grid, std::uint64_t totalBytes,
                                                 std::uint64_t offset, std::string_view data);

    bool hasMask() const { return m_model != nullptr; }
    /// Forgets everything received (another job follows).
    void clear();

private:
    core::Result<bool> checkGrid(const StreamGrid& grid, const char* what) const;

    std::string m_analysis;
    std::size_t m_maxVoxels;
    // the mask being received, then the model made of it
    StreamGrid m_maskGrid;
    std::string m_bits;
    bool m_receivingMask = false;
    std::shared_ptr<const VoxelModel> m_model;
    // the field being received
    struct Partial {
        bool final = false;
        std::string name;
        int components = 0, iteration = 0;
        std::vector<double> values;
        std::uint64_t received = 0;
    };
    std::optional<Partial> m_partial;
    std::vector<ResultField> m_finals;
};

} // namespace wb::sim
