#pragma once
/// Minimal JSON value with a strict parser and a writer (standard C++ only).

#include "core/model/result.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace wb::sim {

/// A JSON value. Objects keep their insertion order. The parser also accepts the tokens NaN,
/// Infinity and -Infinity so that a validator can reject them naming the field.
class Json {
public:
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : m_value(b) {}
    Json(double d) : m_value(d) {}
    Json(int i) : m_value(static_cast<double>(i)) {}
    Json(long long i) : m_value(static_cast<double>(i)) {}
    Json(std::size_t i) : m_value(static_cast<double>(i)) {}
    Json(const char* s) : m_value(std::string(s)) {}
    Json(std::string s) : m_value(std::move(s)) {}
    Json(Array a) : m_value(std::move(a)) {}
    Json(Object o) : m_value(std::move(o)) {}

    bool isNull() const { return m_value.index() == 0; }
    bool isBool() const { return m_value.index() == 1; }
    bool isNumber() const { return m_value.index() == 2; }
    bool isString() const { return m_value.index() == 3; }
    bool isArray() const { return m_value.index() == 4; }
    bool isObject() const { return m_value.index() == 5; }

    bool asBool() const { return std::get<bool>(m_value); }
    double asNumber() const { return std::get<double>(m_value); }
    const std::string& asString() const { return std::get<std::string>(m_value); }
    const Array& asArray() const { return std::get<Array>(m_value); }
    Array& asArray() { return std::get<Array>(m_value); }
    const Object& asObject() const { return std::get<Object>(m_value); }
    Object& asObject() { return std::get<Object>(m_value); }

    /// Member lookup; nullptr when absent or not an object.
    const Json* find(std::string_view key) const;
    /// Appends or replaces a member (turns a null value into an object).
    Json& set(const std::string& key, Json value);

    /// Serialises; `indent` < 0 writes one line. Numbers use the shortest round-trip form.
    std::string dump(int indent = 2) const;
    /// Parses a whole document; the error's context is "line:column".
    static core::Result<Json> parse(std::string_view text);

private:
    void dumpTo(std::string& out, int indent, int depth) const;
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> m_value;
};

/// Formats a double in the shortest form that reads back to the same value.
std::string formatNumber(double v);

} // namespace wb::sim
