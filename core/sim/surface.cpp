#include "surface.h"

#include <cmath>

namespace wb::sim {

WorldSurface placeSurface(const core::Assembly& assembly, int root) {
    WorldSurface s;
    const core::Transform toMetres = core::Transform::scale(assembly.metresPerUnit());
    const std::vector<std::string> paths = assembly.paths(root);
    for (const core::Instance& inst : assembly.instances(root)) {
        const auto& mesh = assembly.parts()[inst.part].mesh;
        if (!mesh) continue;
        const int index = static_cast<int>(s.instances.size());
        s.instances.push_back({paths[inst.node], assembly.parts()[inst.part].name, inst.part});
        const core::Transform t = toMetres * inst.world;
        for (std::size_t tri = 0; tri < mesh->triangleCount(); ++tri) {
            WorldTriangle w;
            for (int c = 0; c < 3; ++c) {
                w.p[c] = t.apply(mesh->vertex(mesh->indices[3 * tri + c]));
                s.bounds.add(w.p[c]);
            }
            w.instance = index;
            w.faceId = tri < mesh->faceIds.size() ? mesh->faceIds[tri] : 0;
            s.volume += w.p[0].dot(w.p[1].cross(w.p[2])) / 6.0;
            s.triangles.push_back(w);
        }
    }
    s.volume = std::abs(s.volume);
    return s;
}

bool globMatch(std::string_view pattern, std::string_view text) {
    std::size_t p = 0, t = 0, starP = std::string_view::npos, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

} // namespace wb::sim
