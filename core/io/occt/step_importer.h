#pragma once
/// STEP (AP203/AP214/AP242) through OCCT's XCAF reader: names, colours, assembly structure,
/// shared instances and the file's own length unit.

#include "core/io/importer.h"

namespace wb::core::io {

/// Initialises OCCT's STEP reader once per process (thread-safe).
void initStepExchange();

class StepImporter final : public Importer {
public:
    FormatInfo format() const override;
    int probe(std::string_view head, std::string_view extension) const override;
    Result<std::shared_ptr<Assembly>> read(const std::filesystem::path& path,
                                           const ImportOptions& options) const override;
};

} // namespace wb::core::io
