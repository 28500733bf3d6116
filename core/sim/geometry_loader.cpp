#include "geometry_loader.h"

#include "stl_reader.h"

#include <mutex>

namespace wb::sim {

namespace {
std::mutex& loaderMutex() {
    static std::mutex m;
    return m;
}
GeometryLoader& loaderSlot() {
    static GeometryLoader loader;
    return loader;
}
} // namespace

void setGeometryLoader(GeometryLoader loader) {
    std::lock_guard lock(loaderMutex());
    loaderSlot() = std::move(loader);
}

core::Result<std::shared_ptr<const core::Assembly>> loadGeometry(const std::filesystem::path& file,
                                                                 double metresPerUnit) {
    GeometryLoader loader;
    {
        std::lock_guard lock(loaderMutex());
        loader = loaderSlot();
    }
    if (!loader) return readStl(file, metresPerUnit);
    try {
        return loader(file, metresPerUnit);
    } catch (const std::exception& e) {
        return core::fail(core::ErrorCode::Internal, "io.loader_exception", e.what(),
                          file.string());
    }
}

std::shared_ptr<const core::Assembly>
withGeometryName(std::shared_ptr<const core::Assembly> assembly, const std::string& storedStem,
                 const std::string& name) {
    if (!assembly || name.empty() || name == storedStem || assembly->nodes().empty())
        return assembly;
    std::shared_ptr<core::Assembly> renamed;
    for (int child : assembly->node(0).children) {
        if (assembly->node(child).name != storedStem) continue;
        if (!renamed) renamed = std::make_shared<core::Assembly>(*assembly); // meshes shared
        renamed->nodes()[std::size_t(child)].name = name;
    }
    return renamed ? renamed : assembly;
}

} // namespace wb::sim
