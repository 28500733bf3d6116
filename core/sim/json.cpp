#include "json.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace wb::sim {

using core::ErrorCode;
using core::fail;

const Json* Json::find(std::string_view key) const {
    if (!isObject()) return nullptr;
    for (const auto& [k, v] : asObject())
        if (k == key) return &v;
    return nullptr;
}

Json& Json::set(const std::string& key, Json value) {
    if (isNull()) m_value = Object{};
    auto& obj = asObject();
    for (auto& [k, v] : obj)
        if (k == key) return v = std::move(value);
    obj.emplace_back(key, std::move(value));
    return obj.back().second;
}

std::string formatNumber(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), v);
    return std::string(buf, res.ptr);
}

namespace {

void escapeTo(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof(buf), "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

void newline(std::string& out, int indent, int depth) {
    if (indent < 0) return;
    out += '\n';
    out.append(static_cast<std::size_t>(indent * depth), ' ');
}

bool isFlatNumberArray(const Json::Array& a) {
    for (const Json& v : a)
        if (!v.isNumber()) return false;
    return a.size() <= 9;
}

} // namespace

void Json::dumpTo(std::string& out, int indent, int depth) const {
    switch (m_value.index()) {
    case 0:
        out += "null";
        break;
    case 1:
        out += asBool() ? "true" : "false";
        break;
    case 2:
        out += formatNumber(asNumber());
        break;
    case 3:
        escapeTo(out, asString());
        break;
    case 4: {
        const auto& a = asArray();
        const bool flat = isFlatNumberArray(a);
        out += '[';
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i) out += ',';
            if (flat) {
                if (i && indent >= 0) out += ' ';
            } else {
                newline(out, indent, depth + 1);
            }
            a[i].dumpTo(out, indent, depth + 1);
        }
        if (!flat && !a.empty()) newline(out, indent, depth);
        out += ']';
        break;
    }
    default: {
        const auto& o = asObject();
        out += '{';
        for (std::size_t i = 0; i < o.size(); ++i) {
            if (i) out += ',';
            newline(out, indent, depth + 1);
            escapeTo(out, o[i].first);
            out += indent < 0 ? ":" : ": ";
            o[i].second.dumpTo(out, indent, depth + 1);
        }
        if (!o.empty()) newline(out, indent, depth);
        out += '}';
    }
    }
}

std::string Json::dump(int indent) const {
    std::string out;
    dumpTo(out, indent, 0);
    return out;
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view t) : m_text(t) {}

    core::Result<Json> document() {
        auto v = value(0);
        if (!v) return v;
        skipSpace();
        if (m_pos != m_text.size()) return error("unexpected text after the document");
        return v;
    }

private:
    std::unexpected<core::Error> error(const std::string& what) const {
        int line = 1, col = 1;
        for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        return fail(ErrorCode::InvalidFile, "json.syntax", "JSON syntax error: " + what,
                    std::to_string(line) + ":" + std::to_string(col));
    }
    void skipSpace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool consume(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return false;
        m_pos += word.size();
        return true;
    }

    core::Result<Json> value(int depth) {
        if (depth > 64) return error("nesting too deep");
        skipSpace();
        if (m_pos >= m_text.size()) return error("unexpected end");
        const char c = m_text[m_pos];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') {
            auto s = string();
            if (!s) return std::unexpected(s.error());
            return Json(std::move(*s));
        }
        if (consume("true")) return Json(true);
        if (consume("false")) return Json(false);
        if (consume("null")) return Json(nullptr);
        if (consume("NaN")) return Json(std::numeric_limits<double>::quiet_NaN());
        if (consume("Infinity")) return Json(std::numeric_limits<double>::infinity());
        if (consume("-Infinity")) return Json(-std::numeric_limits<double>::infinity());
        return number();
    }

    core::Result<Json> number() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() &&
               (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '-' ||
                m_text[m_pos] == '+' || m_text[m_pos] == '.' || m_text[m_pos] == 'e' ||
                m_text[m_pos] == 'E'))
            ++m_pos;
        double v = 0;
        const char* b = m_text.data() + start;
        const char* e = m_text.data() + m_pos;
        if (start == m_pos) return error("unexpected character");
        auto res = std::from_chars(b, e, v);
        if (res.ec != std::errc() || res.ptr != e) {
            m_pos = start;
            return error("invalid number");
        }
        return Json(v);
    }

    core::Result<std::string> string() {
        ++m_pos; // opening quote
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                if (m_pos + 4 > m_text.size()) return error("bad \\u escape");
                unsigned cp = 0;
                auto r = std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, cp, 16);
                if (r.ec != std::errc()) return error("bad \\u escape");
                m_pos += 4;
                if (cp < 0x80) {
                    out += static_cast<char>(cp);
                } else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default:
                return error("bad escape");
            }
        }
        return error("unterminated string");
    }

    core::Result<Json> array(int depth) {
        ++m_pos;
        Json::Array a;
        skipSpace();
        if (consume("]")) return Json(std::move(a));
        for (;;) {
            auto v = value(depth + 1);
            if (!v) return v;
            a.push_back(std::move(*v));
            skipSpace();
            if (consume(",")) continue;
            if (consume("]")) return Json(std::move(a));
            return error("expected ',' or ']'");
        }
    }

    core::Result<Json> object(int depth) {
        ++m_pos;
        Json::Object o;
        skipSpace();
        if (consume("}")) return Json(std::move(o));
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') return error("expected a key");
            auto key = string();
            if (!key) return std::unexpected(key.error());
            skipSpace();
            if (!consume(":")) return error("expected ':'");
            auto v = value(depth + 1);
            if (!v) return v;
            for (const auto& [k, _] : o)
                if (k == *key) return error("duplicate key '" + *key + "'");
            o.emplace_back(std::move(*key), std::move(*v));
            skipSpace();
            if (consume(",")) continue;
            if (consume("}")) return Json(std::move(o));
            return error("expected ',' or '}'");
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

core::Result<Json> Json::parse(std::string_view text) {
    return Parser(text).document();
}

} // namespace wb::sim
