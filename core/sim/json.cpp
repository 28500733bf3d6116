#include "json.h"

#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <unordered_set>
#include <vector>

namespace wb::sim {

namespace {

/// A character iterator that publishes how many characters the parser has consumed, so that
/// the SAX handler can name the place of the errors it finds itself.
class CountingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* at, const char* base, std::size_t* consumed)
        : m_at(at), m_base(base), m_consumed(consumed) {}
    reference operator*() const { return *m_at; }
    CountingIterator& operator++() {
        ++m_at;
        *m_consumed = std::size_t(m_at - m_base);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator& o) const { return m_at == o.m_at; }

private:
    const char* m_at = nullptr;
    const char* m_base = nullptr;
    std::size_t* m_consumed = nullptr;
};

/// "line:column" (both from 1) of the character at `offset`.
std::string lineColumn(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return std::to_string(line) + ":" + std::to_string(offset - lineStart + 1);
}

bool numberChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
}

/// Start and length of the literal-like word around `offset` (digits, letters, signs, points).
std::pair<std::size_t, std::size_t> wordAround(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t begin = offset, end = offset;
    while (begin > 0 && numberChar(text[begin - 1]))
        --begin;
    while (end < text.size() && numberChar(text[end]))
        ++end;
    return {begin, end - begin};
}

/// A clearer wording for the mistakes nlohmann reports generically; a bad literal is reported
/// at its first character (`offset` moves there).
std::string explain(std::string_view text, std::size_t& offset, std::string detail) {
    const auto [begin, length] = wordAround(text, offset);
    const std::string_view word = text.substr(begin, length);
    const std::string_view digits = word.substr(!word.empty() && word[0] == '-' ? 1 : 0);
    if (digits.starts_with("NaN") || digits.starts_with("Infinity") || digits.starts_with("nan") ||
        digits.starts_with("inf")) {
        offset = begin;
        return "NaN and Infinity are not JSON numbers";
    }
    if (digits.size() > 1 && digits[0] == '0' &&
        std::isdigit(static_cast<unsigned char>(digits[1]))) {
        offset = begin;
        return "numbers must not have leading zeros ('" + std::string(word) + "')";
    }
    if (detail.find("; expected end of input") != std::string::npos)
        return "unexpected text after the document";
    if (detail.starts_with("number overflow")) offset = begin;
    return detail;
}

/// nlohmann's message without its "[json.exception...] parse error at line L, column C: "
/// prefix (the place goes into the error's context).
std::string stripPrefix(const std::string& what) {
    std::size_t at = what.find("] ");
    std::string rest = at == std::string::npos ? what : what.substr(at + 2);
    if (const std::size_t col = rest.find(", column "); col != std::string::npos)
        if (const std::size_t colon = rest.find(": ", col); colon != std::string::npos)
            rest = rest.substr(colon + 2);
    if (rest.starts_with("syntax error while parsing "))
        if (const std::size_t dash = rest.find(" - "); dash != std::string::npos)
            rest = rest.substr(dash + 3);
    return rest;
}

/// Builds the document from nlohmann's SAX events and refuses duplicate keys and deep nesting.
class StrictSax {
public:
    StrictSax(std::string_view text, const std::size_t& consumed)
        : m_text(text), m_consumed(consumed) {}

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool b) { return put(Json(b)); }
    bool number_integer(Json::number_integer_t v) { return put(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return put(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t&) { return put(Json(v)); }
    bool string(Json::string_t& s) { return put(Json(std::move(s))); }
    bool binary(Json::binary_t& b) { return put(Json::binary(std::move(b))); }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& k) {
        if (!m_keys.back().insert(k).second) return fail(keyStart(), "duplicate key '" + k + "'");
        m_key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) {
        std::size_t offset = position > 0 ? position - 1 : 0;
        std::string what = explain(m_text, offset, stripPrefix(ex.what()));
        // the place is in the context; the raw bytes last read may not even be UTF-8
        if (const std::size_t last = what.find("; last read: "); last != std::string::npos)
            what.resize(last);
        return fail(offset, what);
    }

    core::Result<Json> result() {
        if (m_error) return std::unexpected(*m_error);
        return std::move(m_root);
    }

private:
    bool put(Json value) {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return true;
        }
        Json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            m_last = &parent.back();
        } else {
            m_last = &(parent[m_key] = std::move(value));
        }
        return true;
    }
    bool open(Json container) {
        if (int(m_stack.size()) >= kMaxJsonDepth) {
            const std::size_t offset = m_consumed > 0 ? m_consumed - 1 : 0;
            return fail(offset, "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        }
        const bool object = container.is_object();
        put(std::move(container));
        m_stack.push_back(m_stack.empty() ? &m_root : m_last);
        if (object) m_keys.emplace_back();
        return true;
    }
    bool close() {
        if (m_stack.back()->is_object()) m_keys.pop_back();
        m_stack.pop_back();
        return true;
    }
    /// Offset of the opening quote of the key the lexer has just read.
    std::size_t keyStart() const {
        std::size_t i = m_consumed > 0 ? m_consumed - 1 : 0; // the closing quote
        while (i > 0) {
            --i;
            if (m_text[i] != '"') continue;
            std::size_t slashes = 0;
            while (i > slashes && m_text[i - 1 - slashes] == '\\')
                ++slashes;
            if (slashes % 2 == 0) return i;
        }
        return 0;
    }
    bool fail(std::size_t offset, const std::string& what) {
        if (!m_error)
            m_error = core::Error{core::ErrorCode::InvalidArgument,
                                  "json.syntax",
                                  {what},
                                  "JSON syntax error: " + what,
                                  lineColumn(m_text, offset)};
        return false;
    }

    std::string_view m_text;
    const std::size_t& m_consumed;
    Json m_root;
    Json* m_last = nullptr;
    std::vector<Json*> m_stack;
    std::vector<std::unordered_set<std::string>> m_keys;
    std::string m_key;
    std::optional<core::Error> m_error;
};

std::optional<Json> keepFinite(const Json& v) {
    if (v.is_number_float()) {
        if (!std::isfinite(v.get<double>())) return std::nullopt;
        return v;
    }
    if (v.is_array()) {
        bool numbers = true;
        for (const Json& e : v)
            numbers = numbers && e.is_number();
        Json out = Json::array();
        for (const Json& e : v) {
            std::optional<Json> kept = keepFinite(e);
            if (!kept && numbers) return std::nullopt; // a vector with a hole means nothing
            if (kept) out.push_back(std::move(*kept));
        }
        return out;
    }
    if (v.is_object()) {
        Json out = Json::object();
        for (const auto& [key, e] : v.items())
            if (std::optional<Json> kept = keepFinite(e)) out[key] = std::move(*kept);
        return out;
    }
    return v;
}

} // namespace

core::Result<Json> parseJson(std::string_view text) {
    std::size_t consumed = 0;
    StrictSax sax(text, consumed);
    const CountingIterator first(text.data(), text.data(), &consumed);
    const CountingIterator last(text.data() + text.size(), text.data(), &consumed);
    Json::sax_parse(first, last, &sax, nlohmann::detail::input_format_t::json, true, false);
    return sax.result();
}

Json finiteOnly(const Json& value) {
    return keepFinite(value).value_or(Json::object());
}

std::string dumpJson(const Json& value, int indent) {
    return finiteOnly(value).dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string formatNumber(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    return std::string(buf, res.ptr);
}

} // namespace wb::sim
