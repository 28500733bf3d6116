#include "study.h"

namespace wb::sim {

std::filesystem::path Study::geometryPath() const {
    std::filesystem::path p(geometryFile);
    return p.is_absolute() || baseDir.empty() ? p : baseDir / p;
}

double Condition::scalar(std::string_view key) const {
    const auto it = params.find(key);
    return it == params.end() || it->second.empty() ? 0.0 : it->second[0];
}

Point3 Condition::vector(std::string_view key) const {
    const auto it = params.find(key);
    if (it == params.end() || it->second.size() != 3) return {};
    return {it->second[0], it->second[1], it->second[2]};
}

std::optional<double> Condition::component(std::string_view key, std::string_view member) const {
    const auto it = params.find(std::string(key) + "." + std::string(member));
    if (it == params.end() || it->second.empty()) return std::nullopt;
    return it->second[0];
}

} // namespace wb::sim
