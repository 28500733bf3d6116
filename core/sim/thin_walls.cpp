#include "thin_walls.h"

#include "voxelizer.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <set>

namespace wb::sim {

namespace {

/// A part's voxel box: n[0] x n[1] x n[2] voxels, x fastest; outside it is empty.
struct Box {
    int n[3];
    std::size_t stride(int axis) const {
        return axis == 0 ? 1 : (axis == 1 ? std::size_t(n[0]) : std::size_t(n[0]) * n[1]);
    }
    std::size_t size() const { return std::size_t(n[0]) * n[1] * n[2]; }
};

/// Calls fn(first, stride, length) for every line of the box along `axis`.
template <typename F> void forEachLine(const Box& b, int axis, F&& fn) {
    const int u = (axis + 1) % 3, v = (axis + 2) % 3;
    for (int jv = 0; jv < b.n[v]; ++jv)
        for (int ju = 0; ju < b.n[u]; ++ju)
            fn(std::size_t(ju) * b.stride(u) + std::size_t(jv) * b.stride(v), b.stride(axis),
               b.n[axis]);
}

/// The centres of the digital balls three voxels across (a voxel and its 18 neighbours within
/// a distance of sqrt(2)) that lie wholly in `solid`; nullopt when cancelled.
std::optional<std::vector<std::uint8_t>>
ballCentres(const Box& b, const std::vector<std::uint8_t>& solid, const CancelCheck& cancelled) {
    std::vector<std::uint8_t> centre(b.size(), 0);
    for (int k = 1; k + 1 < b.n[2]; ++k) {
        if (cancelled && cancelled()) return std::nullopt;
        for (int j = 1; j + 1 < b.n[1]; ++j)
            for (int i = 1; i + 1 < b.n[0]; ++i) {
                const std::size_t at = (std::size_t(k) * b.n[1] + j) * b.n[0] + i;
                if (!solid[at]) continue;
                bool inside = true;
                for (int dz = -1; dz <= 1 && inside; ++dz)
                    for (int dy = -1; dy <= 1 && inside; ++dy)
                        for (int dx = -1; dx <= 1 && inside; ++dx) {
                            if (dx * dx + dy * dy + dz * dz == 3) continue; // cube corners
                            inside = solid[at + std::ptrdiff_t(dz) * b.stride(2) +
                                           std::ptrdiff_t(dy) * b.stride(1) + dx] != 0;
                        }
                centre[at] = inside ? 1 : 0;
            }
    }
    return centre;
}

/// Grows `mask` by one voxel along every axis (a dilation by the 3 x 3 x 3 cube).
void dilateByCube(const Box& b, std::vector<std::uint8_t>& mask) {
    for (int axis = 0; axis < 3; ++axis)
        forEachLine(b, axis, [&](std::size_t first, std::size_t stride, int length) {
            std::uint8_t previous = 0;
            for (int t = 0; t < length; ++t) {
                const std::size_t at = first + std::size_t(t) * stride;
                const std::uint8_t current = mask[at];
                const std::uint8_t next = t + 1 < length ? mask[at + stride] : 0;
                mask[at] = previous | current | next;
                previous = current;
            }
        });
}

/// Per solid voxel, the shortest of the three runs of solid voxels along x, y and z through it.
std::vector<std::uint16_t> shortestRuns(const Box& b, const std::vector<std::uint8_t>& solid) {
    std::vector<std::uint16_t> runs(b.size(), 0xFFFF);
    for (int axis = 0; axis < 3; ++axis)
        forEachLine(b, axis, [&](std::size_t first, std::size_t stride, int length) {
            for (int t = 0; t < length;) {
                if (!solid[first + std::size_t(t) * stride]) {
                    ++t;
                    continue;
                }
                int end = t;
                while (end < length && solid[first + std::size_t(end) * stride])
                    ++end;
                const auto run = std::uint16_t(std::min(end - t, 0xFFFF));
                for (int x = t; x < end; ++x) {
                    std::uint16_t& r = runs[first + std::size_t(x) * stride];
                    r = std::min(r, run);
                }
                t = end;
            }
        });
    return runs;
}

/// Solid and thin voxels of one part and the median thickness (shortest run) of the thin ones.
std::optional<ThinWall> measure(const InstanceVoxels& vox, const CancelCheck& cancelled) {
    const Box b{{vox.n[0], vox.n[1], vox.n[2]}};
    ThinWall w;
    w.voxels = std::size_t(std::count(vox.solid.begin(), vox.solid.end(), std::uint8_t(1)));
    if (w.voxels == 0) return w;
    auto covered = ballCentres(b, vox.solid, cancelled);
    if (!covered) return std::nullopt;
    // Covered: within the 3 x 3 x 3 cube of a centre. The ball alone would leave the corner
    // voxels of a block three voxels thick uncovered; the cube does not.
    dilateByCube(b, *covered);
    if (cancelled && cancelled()) return std::nullopt;
    const std::vector<std::uint16_t> runs = shortestRuns(b, vox.solid);
    std::vector<std::uint16_t> thin;
    for (std::size_t i = 0; i < b.size(); ++i)
        if (vox.solid[i] && !(*covered)[i]) thin.push_back(runs[i]);
    w.thinVoxels = thin.size();
    if (!thin.empty()) {
        auto middle = thin.begin() + std::ptrdiff_t(thin.size() / 2);
        std::nth_element(thin.begin(), middle, thin.end());
        w.thicknessVoxels = double(*middle);
    }
    return w;
}

bool isReported(const ThinWall& w) {
    if (w.voxels == 0) return true;
    return w.thinVoxels >= std::min(w.voxels, kMinThinVoxels) &&
           double(w.thinVoxels) >= kMinThinFraction * double(w.voxels);
}

std::string number(double v) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

} // namespace

std::optional<std::vector<ThinWall>> findThinWalls(const Study& study, const WorldSurface& surface,
                                                   const CancelCheck& cancelled) {
    std::vector<ThinWall> out;
    if (surface.triangles.empty() || (!study.voxelSize && !study.targetVoxels)) return out;
    const double h = studyVoxelSize(study, surface);
    const std::optional<VoxelGrid> grid = voxelGridFor(surface, h);
    if (!grid) return out;
    std::set<int> checked;
    std::set<std::string> checkedNames; // parts of a hand-made surface without part indices
    for (std::size_t i = 0; i < surface.instances.size(); ++i) {
        if (cancelled && cancelled()) return std::nullopt;
        const PlacedInstance& inst = surface.instances[i];
        const bool seen = inst.part >= 0 ? !checked.insert(inst.part).second
                                         : !checkedNames.insert(inst.partName).second;
        if (seen) continue;
        const InstanceVoxels vox = voxelizeInstance(surface, *grid, int(i), kMaxCheckedBoxVoxels);
        if (vox.solid.empty()) continue; // no triangles, or too big to check
        std::optional<ThinWall> w = measure(vox, cancelled);
        if (!w) return std::nullopt;
        w->path = inst.path;
        w->partName = inst.partName;
        w->voxelSize = h;
        if (isReported(*w)) out.push_back(std::move(*w));
    }
    return out;
}

std::vector<StudyProblem> thinWallProblems(const std::vector<ThinWall>& walls) {
    std::vector<StudyProblem> out;
    for (const ThinWall& w : walls) {
        StudyProblem p;
        p.severity = StudyProblem::Severity::Warning;
        p.item = "mesh";
        if (w.voxels == 0) {
            p.id = "study.part_lost";
            p.args = {w.partName};
            p.message = "part '" + w.partName +
                        "' is smaller than one voxel and left out of the model: use a smaller "
                        "voxel size";
        } else {
            const double resolving = w.thicknessMetres() / kMinWallVoxels;
            p.id = "study.thin_wall";
            p.args = {w.partName, number(w.thicknessVoxels), number(w.thicknessMetres()),
                      number(resolving)};
            p.message = "part '" + w.partName + "' has walls about " + p.args[1] + " voxels (" +
                        p.args[2] + " m) thick, thinner than " + std::to_string(kMinWallVoxels) +
                        " voxels: a voxel size of " + p.args[3] + " m or less resolves them";
        }
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace wb::sim
