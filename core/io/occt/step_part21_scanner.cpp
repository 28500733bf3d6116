#include "step_part21_scanner.h"

#include <cstddef>
#include <cstring>
#include <string_view>

namespace wb::core::io::step {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isUpperWord(char c) {
    return (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}
bool isWord(char c) {
    return isUpperWord(c) || (c >= 'a' && c <= 'z');
}
bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'F');
}
bool equalsNoCase(const char* p, const char* end, std::string_view word) {
    if (static_cast<std::size_t>(end - p) < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = p[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c != word[i]) return false;
    }
    return true;
}

} // namespace

Tok Scanner::next() {
    if (!skipSpace()) return Tok::Bad;
    m_text = m_p;
    if (m_p >= m_end) return Tok::End;
    const char c = at(m_p);
    switch (c) {
    case '(':
        ++m_p;
        return Tok::LParen;
    case ')':
        ++m_p;
        return Tok::RParen;
    case ',':
        ++m_p;
        return Tok::Comma;
    case '=':
        ++m_p;
        return Tok::Equals;
    case ';':
        ++m_p;
        return Tok::Semicolon;
    case '#':
        return instanceName();
    case '\'':
        return string();
    case '"':
        return hexa();
    case '.':
        return enumeration();
    case '$':
        return single(Tok::Void);
    case '*':
        return single(Tok::Misc);
    default:
        break;
    }
    if (isDigit(c) || c == '+' || c == '-') return number();
    if (isWord(c)) return word();
    return bad("unexpected character");
}

bool Scanner::skipSpace() {
    while (m_p < m_end) {
        const char c = at(m_p);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\0') {
            ++m_p;
        } else if (c == '\n') {
            ++m_line;
            ++m_p;
        } else if (c == '/' && m_p + 1 < m_end && at(m_p + 1) == '*') {
            const char* close = m_p + 2;
            for (;; ++close) {
                if (close + 1 >= m_end) {
                    m_problem = "comment without end";
                    return false;
                }
                if (*close == '\n') ++m_line;
                if (*close == '*' && close[1] == '/') break;
            }
            m_p = const_cast<char*>(close) + 2;
        } else {
            break;
        }
    }
    return true;
}

void Scanner::finish(char* e) {
    if (e < m_end) {
        m_heldChar = *e;
        m_held = e;
        *e = '\0';
    }
    m_p = e;
}

bool Scanner::delimitsValue(const char* e) const {
    if (e >= m_end) return true;
    const char c = at(e);
    return c == ',' || c == ')' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0' ||
           (c == '/' && e + 1 < m_end && e[1] == '*');
}

Tok Scanner::value(char* e, Tok kind) {
    if (!delimitsValue(e)) return bad("unexpected character after a value");
    finish(e);
    return kind;
}

Tok Scanner::instanceName() {
    char* e = m_p + 1;
    while (e < m_end && isDigit(at(e)))
        ++e;
    if (e == m_p + 1) return bad("'#' without a number");
    const char* t = e;
    while (t < m_end && (at(t) == ' ' || at(t) == '\t'))
        ++t;
    if (t < m_end && at(t) == '=') {
        finish(e);
        return Tok::Entity;
    }
    return value(e, Tok::Ident);
}

Tok Scanner::string() {
    const char* from = m_p + 1;
    for (;;) {
        const char* quote = static_cast<const char*>(
            std::memchr(from, '\'', static_cast<std::size_t>(m_end - from)));
        if (!quote) return bad("string without end");
        const char* t = quote + 1;
        while (t < m_end && (*t == ' ' || *t == '"' || *t == '\n' || *t == '\r'))
            ++t;
        if (t < m_end && (*t == ',' || *t == ')')) {
            const std::size_t length = static_cast<std::size_t>(quote + 1 - m_p);
            if (std::memchr(m_p + 1, '\0', length - 1)) return bad("NUL in a string");
            for (const char* q = m_p + 1; q < quote; ++q)
                if (*q == '\n') ++m_line;
            finish(const_cast<char*>(quote) + 1);
            return Tok::Text;
        }
        from = quote + 1;
    }
}

Tok Scanner::hexa() {
    char* e = m_p + 1;
    while (e < m_end && isHexDigit(*e))
        ++e;
    if (e == m_p + 1 || e >= m_end || *e != '"') return bad("malformed binary value");
    return value(e + 1, Tok::Hexa);
}

Tok Scanner::enumeration() {
    char* e = m_p + 1;
    bool digitsOnly = true;
    while (e < m_end && isUpperWord(*e)) {
        digitsOnly = digitsOnly && isDigit(*e);
        ++e;
    }
    // ".5." would be a number to OCCT's lexer.
    if (e == m_p + 1 || e >= m_end || *e != '.' || digitsOnly) return bad("malformed enumeration");
    return value(e + 1, Tok::Enum);
}

Tok Scanner::number() {
    char* e = m_p;
    if (at(e) == '+' || at(e) == '-') ++e;
    if (e >= m_end || !isDigit(at(e))) return bad("malformed number");
    while (e < m_end && isDigit(*e))
        ++e;
    if (e >= m_end || *e != '.') {
        if (e < m_end && (*e == 'E' || *e == 'e')) return bad("malformed number");
        return value(e, Tok::Integer);
    }
    ++e;
    while (e < m_end && isDigit(*e))
        ++e;
    if (e < m_end && *e == 'e') return bad("malformed number");
    if (e < m_end && *e == 'E') {
        ++e;
        if (e < m_end && (*e == '+' || *e == '-')) ++e;
        if (e >= m_end || !isDigit(*e)) return bad("malformed number");
        while (e < m_end && isDigit(*e))
            ++e;
    }
    return value(e, Tok::Real);
}

Tok Scanner::word() {
    // Section keywords are one token with their semicolon, in any case.
    if (equalsNoCase(m_p, m_end, "END-ISO") || equalsNoCase(m_p, m_end, "ISO")) {
        const bool endIso = equalsNoCase(m_p, m_end, "END-ISO");
        const char* e = m_p + (endIso ? 7 : 3);
        while (e < m_end && (isDigit(*e) || *e == '-'))
            ++e;
        if (e < m_end && *e == ';') {
            m_p = const_cast<char*>(e) + 1;
            return endIso ? Tok::EndIso : Tok::Iso;
        }
    }
    char* e = m_p;
    while (e < m_end && isWord(at(e)))
        ++e;
    if (e < m_end && *e == ';') {
        const std::size_t n = static_cast<std::size_t>(e - m_p);
        const auto is = [&](std::string_view k) {
            return n == k.size() && equalsNoCase(m_p, m_end, k);
        };
        if (is("HEADER") || is("ENDSEC") || is("DATA")) {
            const Tok kind = is("HEADER") ? Tok::Header : is("DATA") ? Tok::Data : Tok::Endsec;
            m_p = e + 1;
            return kind;
        }
        return bad("unknown keyword");
    }
    // A type name is followed by its parameter list.
    const char c = e < m_end ? *e : '\0';
    if (!(c == '(' || c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
          (c == '/' && e + 1 < m_end && e[1] == '*')))
        return bad("unexpected character after a name");
    finish(e);
    return Tok::Type;
}

Tok Scanner::bad(const char* problem) {
    m_problem = problem;
    return Tok::Bad;
}

} // namespace wb::core::io::step
