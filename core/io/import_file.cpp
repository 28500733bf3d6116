#include "import_errors.h"
#include "importer.h"

#include "file_probe.h"

#include <cmath>
#include <exception>
#include <system_error>

namespace wb::core::io {

namespace {

Result<void> checkPath(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) return std::unexpected(fileNotFound(path));
    if (std::filesystem::is_directory(status)) return std::unexpected(isDirectory(path));
    if (!std::filesystem::is_regular_file(status)) return std::unexpected(unreadable(path));
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return std::unexpected(unreadable(path));
    if (size == 0) return std::unexpected(emptyFile(path));
    if (size > kMaxFileSize) return std::unexpected(fileTooLarge(path, size));
    return {};
}

bool finiteTransform(const Transform& t) {
    for (double v : t.m)
        if (!std::isfinite(v)) return false;
    return true;
}

// Removes parts that no node instances any more (e.g. after prune) and renumbers the rest.
void dropUnusedParts(Assembly& assembly) {
    std::vector<int> remap(assembly.parts().size(), -1);
    for (const Node& node : assembly.nodes())
        if (node.part >= 0) remap[static_cast<std::size_t>(node.part)] = 0;
    std::vector<Part> kept;
    for (std::size_t i = 0; i < remap.size(); ++i)
        if (remap[i] == 0) {
            remap[i] = static_cast<int>(kept.size());
            kept.push_back(std::move(assembly.parts()[i]));
        }
    assembly.parts() = std::move(kept);
    for (Node& node : assembly.nodes())
        if (node.part >= 0) node.part = remap[static_cast<std::size_t>(node.part)];
}

Result<void> validate(const std::filesystem::path& path, Assembly& assembly) {
    for (const Part& part : assembly.parts())
        if (part.mesh && !part.mesh->allFinite())
            return std::unexpected(nonFiniteCoordinates(path, part.name));
    for (const Node& node : assembly.nodes())
        if (!finiteTransform(node.local))
            return std::unexpected(nonFiniteCoordinates(path, node.name));
    assembly.prune();
    dropUnusedParts(assembly);
    if (assembly.triangleCount() == 0) return std::unexpected(noGeometry(path));
    return {};
}

} // namespace

Result<std::shared_ptr<const Assembly>> importFile(const std::filesystem::path& path,
                                                   const ImportOptions& options,
                                                   const ImporterRegistry& registry) {
    if (options.cancelled()) return std::unexpected(cancelled(path));
    if (auto ok = checkPath(path); !ok) return std::unexpected(ok.error());

    const std::string head = readBytes(path, kProbeSize);
    if (head.empty()) return std::unexpected(unreadable(path));

    const Importer* importer = registry.find(path, head);
    if (!importer) {
        if (const Importer* claimed = registry.findByExtension(lowerExtension(path)))
            return std::unexpected(corruptFile(path, claimed->format().name));
        return std::unexpected(unsupportedFormat(path));
    }

    Result<std::shared_ptr<Assembly>> result;
    try {
        result = importer->read(path, options);
    } catch (const std::bad_alloc&) {
        return std::unexpected(internalError(path, "out of memory"));
    } catch (const std::exception& e) {
        return std::unexpected(internalError(path, e.what()));
    } catch (...) {
        return std::unexpected(internalError(path, "unknown exception"));
    }
    if (options.cancelled()) return std::unexpected(cancelled(path));
    if (!result) return std::unexpected(result.error());
    if (!*result) return std::unexpected(internalError(path, "importer returned nothing"));

    Assembly& assembly = **result;
    if (assembly.format().empty()) assembly.setFormat(importer->format().name);
    if (auto ok = validate(path, assembly); !ok) return std::unexpected(ok.error());
    options.report("meshing", 1.0);
    return std::shared_ptr<const Assembly>(std::move(*result));
}

} // namespace wb::core::io
