#pragma once
/// OCCT's native BREP text format. Unitless: millimetres unless the options say otherwise.

#include "core/io/importer.h"

namespace wb::core::io {

class BrepImporter final : public Importer {
public:
    FormatInfo format() const override;
    int probe(std::string_view head, std::string_view extension) const override;
    Result<std::shared_ptr<Assembly>> read(const std::filesystem::path& path,
                                           const ImportOptions& options) const override;
};

} // namespace wb::core::io
