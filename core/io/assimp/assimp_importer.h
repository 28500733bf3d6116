#pragma once
/// Mesh formats read through Assimp (STL, OBJ, PLY, glTF, 3MF, OFF, COLLADA, FBX).

#include "core/io/importer.h"

#include <functional>
#include <optional>

namespace wb::core::io {

/// One format read through Assimp. The probe is format specific; reading is shared.
class AssimpImporter final : public Importer {
public:
    using ProbeFn = std::function<int(std::string_view head, std::string_view extension)>;

    /// `defaultMetresPerUnit`: the unit when neither the options nor the file give one.
    AssimpImporter(FormatInfo format, ProbeFn probe, double defaultMetresPerUnit);

    FormatInfo format() const override;
    int probe(std::string_view head, std::string_view extension) const override;
    Result<std::shared_ptr<Assembly>> read(const std::filesystem::path& path,
                                           const ImportOptions& options) const override;

private:
    FormatInfo m_format;
    ProbeFn m_probe;
    double m_defaultMetresPerUnit;
};

/// Every Assimp-based importer Werkbank ships.
std::vector<std::unique_ptr<Importer>> makeAssimpImporters();

} // namespace wb::core::io
