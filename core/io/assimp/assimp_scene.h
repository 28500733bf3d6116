#pragma once
/// Conversion of an Assimp scene into an Assembly (internal to core/io).

#include "core/model/assembly.h"

#include <string>

struct aiScene;

namespace wb::core::io {

/// One Part per aiMesh (shared by every node that references it), the node hierarchy with
/// its transforms, material colours. faceIds are 0 (one group per mesh).
std::shared_ptr<Assembly> assemblyFromScene(const aiScene& scene, const std::string& rootName);

/// The length unit recorded in the file (FBX "UnitScaleFactor"), or 0 when there is none.
double sceneMetresPerUnit(const aiScene& scene);

} // namespace wb::core::io
