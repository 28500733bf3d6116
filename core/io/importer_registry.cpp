#include "importer.h"

#include "file_probe.h"

#include <algorithm>

namespace wb::core::io {

Importer::~Importer() = default;

ImporterRegistry::ImporterRegistry() = default;
ImporterRegistry::~ImporterRegistry() = default;

void ImporterRegistry::add(std::unique_ptr<Importer> importer) {
    if (importer) m_importers.push_back(std::move(importer));
}

std::vector<FormatInfo> ImporterRegistry::formats() const {
    std::vector<FormatInfo> out;
    out.reserve(m_importers.size());
    for (const auto& importer : m_importers)
        out.push_back(importer->format());
    return out;
}

const Importer* ImporterRegistry::find(const std::filesystem::path& path,
                                       std::string_view head) const {
    const std::string ext = lowerExtension(path);
    const Importer* best = nullptr;
    int bestScore = 0;
    for (const auto& importer : m_importers) {
        const int score = std::clamp(importer->probe(head, ext), 0, 100);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    return best;
}

const Importer* ImporterRegistry::findByExtension(std::string_view extension) const {
    for (const auto& importer : m_importers)
        for (const auto& e : importer->format().extensions)
            if (e == extension) return importer.get();
    return nullptr;
}

} // namespace wb::core::io
