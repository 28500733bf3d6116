#pragma once
/// IGES through OCCT's XCAF reader: names, colours and the file's length unit.

#include "core/io/importer.h"

namespace wb::core::io {

/// Initialises OCCT's IGES reader once per process (thread-safe).
void initIgesExchange();

class IgesImporter final : public Importer {
public:
    FormatInfo format() const override;
    int probe(std::string_view head, std::string_view extension) const override;
    Result<std::shared_ptr<Assembly>> read(const std::filesystem::path& path,
                                           const ImportOptions& options) const override;
};

} // namespace wb::core::io
