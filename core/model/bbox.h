#pragma once
/// Axis-aligned bounding box.

#include "transform.h"

#include <algorithm>
#include <limits>

namespace wb::core {

struct BBox {
    Vec3 min{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
             std::numeric_limits<double>::infinity()};
    Vec3 max{-std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
             -std::numeric_limits<double>::infinity()};

    bool isEmpty() const { return min.x > max.x || min.y > max.y || min.z > max.z; }
    void add(const Vec3& p) {
        min = {std::min(min.x, p.x), std::min(min.y, p.y), std::min(min.z, p.z)};
        max = {std::max(max.x, p.x), std::max(max.y, p.y), std::max(max.z, p.z)};
    }
    void add(const BBox& b) {
        if (b.isEmpty()) return;
        add(b.min);
        add(b.max);
    }
    Vec3 center() const { return (min + max) * 0.5; }
    Vec3 size() const { return isEmpty() ? Vec3{} : max - min; }
    double diagonal() const { return size().length(); }
    /// The box of the eight transformed corners.
    BBox transformed(const Transform& t) const {
        BBox r;
        if (isEmpty()) return r;
        for (int i = 0; i < 8; ++i)
            r.add(t.apply(
                {(i & 1) ? max.x : min.x, (i & 2) ? max.y : min.y, (i & 4) ? max.z : min.z}));
        return r;
    }
};

} // namespace wb::core
