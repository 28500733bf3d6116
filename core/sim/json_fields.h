#pragma once
/// Internal helpers for reading JSON objects field by field with errors that name the field path
/// ("unknown field `supports[0].colour`").

#include "analysis.h"
#include "json.h"
#include "study.h"

#include <cmath>
#include <string>
#include <vector>

namespace wb::sim::detail {

template <typename T> using Result = core::Result<T>;

inline std::unexpected<core::Error> fieldError(const std::string& path, const std::string& what) {
    return core::fail(core::ErrorCode::InvalidArgument, "study.invalid_field", what, path,
                      {path, what});
}

/// Reads the members of one object and reports unknown and missing ones by path.
class Fields {
public:
    Fields(const Json& obj, std::string path) : m_obj(obj), m_path(std::move(path)) {}

    std::string path(const std::string& key) const {
        return m_path.empty() ? key : m_path + "." + key;
    }
    const Json* optional(const std::string& key) {
        m_known.push_back(key);
        const auto it = m_obj.find(key);
        return it == m_obj.end() ? nullptr : &*it;
    }
    Result<const Json*> required(const std::string& key) {
        const Json* v = optional(key);
        if (!v) return fieldError(path(key), "missing required field");
        return v;
    }
    Result<bool> checkUnknown() const {
        for (const auto& [k, _] : m_obj.items()) {
            bool known = false;
            for (const auto& n : m_known)
                known = known || n == k;
            if (!known) return fieldError(path(k), "unknown field");
        }
        return true;
    }

private:
    const Json& m_obj;
    std::string m_path;
    std::vector<std::string> m_known;
};

inline Result<double> number(const Json& v, const std::string& path) {
    if (!v.is_number()) return fieldError(path, "expected a number");
    const double d = v.get<double>();
    if (!std::isfinite(d)) return fieldError(path, "not a finite number");
    return d;
}

inline Result<std::string> string(const Json& v, const std::string& path) {
    if (!v.is_string()) return fieldError(path, "expected a string");
    return v.get<std::string>();
}

inline Result<Point3> point(const Json& v, const std::string& path) {
    if (!v.is_array() || v.size() != 3)
        return fieldError(path, "expected an array of three numbers");
    Point3 p{};
    for (int i = 0; i < 3; ++i) {
        auto n = number(v[std::size_t(i)], path + "[" + std::to_string(i) + "]");
        if (!n) return std::unexpected(n.error());
        p[i] = *n;
    }
    return p;
}

#define WB_TRY(var, expr)                                                                          \
    auto var##_r = (expr);                                                                         \
    if (!var##_r) return std::unexpected(var##_r.error());                                         \
    [[maybe_unused]] auto var = *var##_r

/// A boolean at `path`.
inline Result<bool> boolean(const Json& v, const std::string& path) {
    if (!v.is_boolean()) return fieldError(path, "expected true or false");
    return v.get<bool>();
}

/// The array at `v` (an empty one when the field is absent).
inline Result<Json> array(const Json* v, const std::string& path) {
    if (!v) return Json::array();
    if (!v->is_array()) return fieldError(path, "expected an array");
    return *v;
}

inline Result<bool> requireObject(const Json& v, const std::string& path) {
    if (!v.is_object()) return fieldError(path, "expected an object");
    return true;
}

} // namespace wb::sim::detail

namespace wb::sim {
core::Result<Material> inlineMaterial(const Json& v, const std::string& path);
core::Result<Support> supportFromJson(const Json& v, const std::string& path,
                                      const AnalysisKind& analysis);
core::Result<Load> loadFromJson(const Json& v, const std::string& path,
                                const AnalysisKind& analysis);
/// Reads the parameters `specs` declares from `f` into `out` (a vector as three values).
core::Result<bool> readParams(detail::Fields& f, const std::vector<ParamSpec>& specs,
                              const std::string& path,
                              std::map<std::string, std::vector<double>, std::less<>>& out);
core::Result<Selector> selectorFromJson(const Json& v, const std::string& path);
Json selectorToJson(const Selector& s);
Json materialToJson(const Material& m);
} // namespace wb::sim
