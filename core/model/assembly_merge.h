#pragma once
/// Combining several imported assemblies into one scene.

#include "assembly.h"

#include <memory>
#include <string>
#include <vector>

namespace wb::core {

struct NamedAssembly {
    std::string name; ///< label of the top node, usually the file name
    std::shared_ptr<const Assembly> assembly;
};

/// One assembly whose root has one child per input, each scaled from its own unit to the unit
/// of the first input. Part meshes are shared, not copied.
std::shared_ptr<const Assembly> mergeAssemblies(const std::vector<NamedAssembly>& inputs);

} // namespace wb::core
