#include "assimp_importer.h"

#include "assimp_scene.h"
#include "core/io/builtin_importers.h"
#include "core/io/file_probe.h"
#include "core/io/format_probes.h"
#include "core/io/formats.h"
#include "core/io/import_errors.h"

#include <assimp/Importer.hpp>
#include <assimp/ProgressHandler.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <cmath>
#include <exception>

namespace wb::core::io {

namespace {

constexpr double kReadEnd = 0.8;
// Vertices are welded, and missing normals computed, by the conversion (assimp_scene.cpp):
// Assimp's JoinIdenticalVertices is far slower and hungrier for the same result.
constexpr unsigned kPostProcess = aiProcess_Triangulate | aiProcess_ValidateDataStructure;

// Forwards Assimp's progress and stops it when the token is set. Owned by Assimp::Importer.
class AssimpProgress final : public Assimp::ProgressHandler {
public:
    explicit AssimpProgress(const ImportOptions& options) : m_options(options) {}
    bool Update(float percentage) override {
        if (percentage >= 0) m_options.report("reading", kReadEnd * std::min(percentage, 1.0f));
        return !m_options.cancelled();
    }

private:
    const ImportOptions& m_options;
};

const aiMesh* firstNonFiniteMesh(const aiScene& scene) {
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
        const aiMesh* mesh = scene.mMeshes[m];
        for (unsigned v = 0; mesh && v < mesh->mNumVertices; ++v) {
            const aiVector3D& p = mesh->mVertices[v];
            if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) return mesh;
        }
    }
    return nullptr;
}

} // namespace

AssimpImporter::AssimpImporter(FormatInfo format, ProbeFn probe, double defaultMetresPerUnit)
    : m_format(std::move(format)), m_probe(std::move(probe)),
      m_defaultMetresPerUnit(defaultMetresPerUnit) {}

FormatInfo AssimpImporter::format() const {
    return m_format;
}

int AssimpImporter::probe(std::string_view head, std::string_view extension) const {
    return m_probe(head, extension);
}

Result<std::shared_ptr<Assembly>> AssimpImporter::read(const std::filesystem::path& path,
                                                       const ImportOptions& options) const {
    if (options.cancelled()) return std::unexpected(cancelled(path));
    Assimp::Importer importer;
    importer.SetProgressHandler(new AssimpProgress(options));
    options.report("reading", 0.0);
    const aiScene* scene = nullptr;
    try {
        // Coordinates are checked before post-processing: merging vertices would hide NaNs.
        scene = importer.ReadFile(path.string(), 0);
        if (scene && !options.cancelled()) {
            if (const aiMesh* bad = firstNonFiniteMesh(*scene))
                return std::unexpected(nonFiniteCoordinates(path, bad->mName.C_Str()));
            scene = importer.ApplyPostProcessing(kPostProcess);
        }
    } catch (const std::exception& e) {
        return std::unexpected(readFailed(path, m_format.name, e.what()));
    }
    if (options.cancelled()) return std::unexpected(cancelled(path));
    if (!scene) return std::unexpected(readFailed(path, m_format.name, importer.GetErrorString()));
    if (scene->mNumMeshes == 0 || !scene->mRootNode) return std::unexpected(noGeometry(path));

    options.report("transferring", kReadEnd);
    auto assembly = assemblyFromScene(*scene, path.stem().string());
    assembly->setFormat(m_format.name);
    double unit = m_defaultMetresPerUnit;
    if (m_format.name == "FBX")
        if (const double fileUnit = sceneMetresPerUnit(*scene); fileUnit > 0) unit = fileUnit;
    assembly->setMetresPerUnit(options.metresPerUnit.value_or(unit));
    options.report("meshing", 1.0);
    return assembly;
}

std::vector<std::unique_ptr<Importer>> makeAssimpImporters() {
    constexpr double kMillimetre = 1e-3;
    constexpr double kMetre = 1.0;
    std::vector<std::unique_ptr<Importer>> list;
    auto add = [&](FormatInfo info, AssimpImporter::ProbeFn probe, double unit) {
        list.push_back(std::make_unique<AssimpImporter>(std::move(info), std::move(probe), unit));
    };
    add(formatNamed("STL"), probeFor("STL"), kMillimetre);
    add(formatNamed("OBJ"), probeFor("OBJ"), kMillimetre);
    add(formatNamed("PLY"), probeFor("PLY"), kMillimetre);
    add(formatNamed("glTF"), probeFor("glTF"), kMetre); // glTF is defined in metres
    add(formatNamed("3MF"), probeFor("3MF"), kMillimetre);
    add(formatNamed("OFF"), probeFor("OFF"), kMillimetre);
    add(formatNamed("COLLADA"), probeFor("COLLADA"), kMetre); // Assimp applies <unit> to the root
    add(formatNamed("FBX"), probeFor("FBX"), 0.01); // FBX's default unit is the centimetre
    return list;
}

void registerMeshImporters(ImporterRegistry& registry) {
    for (auto& importer : makeAssimpImporters())
        registry.add(std::move(importer));
}

} // namespace wb::core::io
