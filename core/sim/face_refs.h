#pragma once
/// Faces picked in a scene as study face references (`select.faces`), and back.

#include "study.h"

#include "core/model/assembly.h"

#include <vector>

namespace wb::sim {

/// The study references of `faces` (faces of parts placed at nodes below `base`): each part
/// named by its path below `base` (core::Assembly::path), so that `base` is the node of the
/// geometry file (0 for the assembly read from the file itself, the file's top node in a scene
/// of several files). Faces not below `base` are left out; the order is kept.
std::vector<FaceRef> toFaceRefs(const core::Assembly& assembly,
                                const std::vector<core::NodeFace>& faces, int base = 0);

/// The faces `refs` name among the placed parts below `base`, as the solver matches them: a
/// reference names an instance by its path below `base` or every instance of a part by the
/// part's name. References to nothing (no such node, a face beyond the part's faces) are left
/// out; the result is sorted and has no duplicates.
std::vector<core::NodeFace> resolveFaceRefs(const core::Assembly& assembly,
                                            const std::vector<FaceRef>& refs, int base = 0);

} // namespace wb::sim
