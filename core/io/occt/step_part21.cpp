#include "step_part21.h"

#include <cstring>
#include <string_view>

namespace wb::core::io::step {

namespace {

// Texts OCCT's reader data gives records it makes up: the type of a plain nested list, and
// the identifier of header entities and of the later parts of a complex entity.
constexpr const char* kSubListType = "/* (SUB) */";
constexpr const char* kZeroIdent = "#0";
constexpr int kMaxDepth = 256; // real files nest lists four or five deep

enum class Tok {
    End,
    Entity, ///< "#12" followed by "="
    Ident,  ///< "#12" as a value
    Integer,
    Real,
    Text,
    Hexa,
    Enum,
    Void,
    Misc,
    Type,
    LParen,
    RParen,
    Comma,
    Equals,
    Semicolon,
    Iso,    ///< "ISO-10303-21;"
    Header, ///< "HEADER;"
    Endsec, ///< "ENDSEC;"
    Data,   ///< "DATA;"
    EndIso, ///< "END-ISO-10303-21;"
    Bad,
};

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

// Splits the text into tokens the way OCCT's lexer does for the forms it accepts. A value's
// text is NUL-terminated in place: the character after it is overwritten and kept aside
// ("held") for the next token.
class Scanner {
public:
    Scanner(char* begin, char* end) : m_p(begin), m_end(end) {}

    Tok next() {
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

    const char* text() const { return m_text; }
    int line() const { return m_line; }
    const char* problem() const { return m_problem; }

private:
    char at(const char* p) const { return p == m_held ? m_heldChar : *p; }

    bool skipSpace() {
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

    // Ends the current token at `e`: NUL-terminates its text and moves on.
    void finish(char* e) {
        if (e < m_end) {
            m_heldChar = *e;
            m_held = e;
            *e = '\0';
        }
        m_p = e;
    }

    // What may follow a value: a separator, white space or a comment.
    bool delimitsValue(const char* e) const {
        if (e >= m_end) return true;
        const char c = at(e);
        return c == ',' || c == ')' || c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
               c == '\0' || (c == '/' && e + 1 < m_end && e[1] == '*');
    }

    Tok value(char* e, Tok kind) {
        if (!delimitsValue(e)) return bad("unexpected character after a value");
        finish(e);
        return kind;
    }

    Tok single(Tok kind) { return value(m_p + 1, kind); }

    Tok instanceName() {
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

    // A string ends at the first quote that is followed, after any of the characters
    // OCCT's lexer skips there, by ',' or ')'. Doubled quotes and line breaks stay in it.
    Tok string() {
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

    Tok hexa() {
        char* e = m_p + 1;
        while (e < m_end && isHexDigit(*e))
            ++e;
        if (e == m_p + 1 || e >= m_end || *e != '"') return bad("malformed binary value");
        return value(e + 1, Tok::Hexa);
    }

    Tok enumeration() {
        char* e = m_p + 1;
        bool digitsOnly = true;
        while (e < m_end && isUpperWord(*e)) {
            digitsOnly = digitsOnly && isDigit(*e);
            ++e;
        }
        // ".5." would be a number to OCCT's lexer.
        if (e == m_p + 1 || e >= m_end || *e != '.' || digitsOnly)
            return bad("malformed enumeration");
        return value(e + 1, Tok::Enum);
    }

    // [+-]digits, or [+-]digits.digits* with an optional E[+-]digits: the forms in which
    // OCCT's lexer and the standard agree. Anything else is declined.
    Tok number() {
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

    Tok word() {
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

    Tok bad(const char* problem) {
        m_problem = problem;
        return Tok::Bad;
    }

    char* m_p;
    char* m_end;
    const char* m_text = nullptr;
    const char* m_held = nullptr;
    char m_heldChar = 0;
    int m_line = 1;
    const char* m_problem = "";
};

// The grammar of OCCT's parser for files without scopes, recording what its actions record.
class Parser {
public:
    Parser(char* begin, char* end, Records& out) : m_scan(begin, end), m_out(out) {}

    bool file(Declined& why) {
        advance();
        const bool ok = fileBody();
        if (!ok) {
            const char* problem = m_tok == Tok::Bad ? m_scan.problem() : m_problem;
            why.reason = std::string(problem) + " at line " + std::to_string(m_scan.line());
        }
        return ok;
    }

private:
    bool fileBody() {
        if (!expect(Tok::Iso, "no ISO-10303-21 start") || !expect(Tok::Header, "no HEADER"))
            return false;
        while (m_tok == Tok::Type) {
            const char* type = m_scan.text();
            advance();
            if (!entityBody(kZeroIdent, type) || !expect(Tok::Semicolon, "expected ';'"))
                return false;
        }
        if (!expect(Tok::Endsec, "expected ENDSEC") || !expect(Tok::Data, "expected DATA"))
            return false;
        m_out.headerRecords = static_cast<int>(m_out.records.size());
        do {
            if (!dataEntity()) return false;
        } while (m_tok == Tok::Entity);
        // Whatever follows the end is not read, as with OCCT.
        return expect(Tok::Endsec, "expected ENDSEC") &&
               (m_tok == Tok::EndIso || fail("expected END-ISO-10303-21"));
    }

    bool dataEntity() {
        if (m_tok != Tok::Entity) return fail("expected an entity instance");
        const char* ident = m_scan.text();
        advance();
        if (!expect(Tok::Equals, "expected '='")) return false;
        if (m_tok == Tok::Type) {
            const char* type = m_scan.text();
            advance();
            if (!entityBody(ident, type)) return false;
        } else if (m_tok == Tok::LParen) {
            // A complex entity: each part a record, the later ones identified as "#0".
            advance();
            if (m_tok != Tok::Type) return fail("expected a type in a complex entity");
            bool first = true;
            while (m_tok == Tok::Type) {
                const char* type = m_scan.text();
                advance();
                if (!entityBody(first ? ident : kZeroIdent, type)) return false;
                first = false;
            }
            if (!expect(Tok::RParen, "expected ')'")) return false;
        } else {
            return fail("expected a type");
        }
        return expect(Tok::Semicolon, "expected ';'");
    }

    // The parameter list of an entity, or of a part of a complex one.
    bool entityBody(const char* ident, const char* type) {
        m_numSub = 0;
        m_pendingType = nullptr;
        if (m_tok != Tok::LParen) return fail("expected '('");
        return list(ident, type, 0);
    }

    // A parenthesised list; the current token is its '('. The entity's own list (the first
    // one after its type) is the entity's record; later lists are records "$1", "$2", ...
    bool list(const char* ident, const char* type, int depth) {
        if (depth > kMaxDepth) return fail("lists nested too deeply");
        const bool sub = m_numSub > 0;
        if (sub) {
            ident = subName(m_numSub);
            type = m_pendingType ? m_pendingType : kSubListType;
            m_pendingType = nullptr;
        }
        ++m_numSub;
        const std::size_t start = m_open.size();
        advance();
        if (m_tok != Tok::RParen) {
            for (;;) {
                if (!argument(depth)) return false;
                if (m_tok == Tok::Comma) {
                    advance();
                    continue;
                }
                if (m_tok == Tok::RParen) break;
                return fail("expected ',' or ')'");
            }
        }
        advance();
        const auto first = static_cast<std::uint32_t>(m_out.args.size());
        m_out.args.insert(m_out.args.end(), m_open.begin() + static_cast<std::ptrdiff_t>(start),
                          m_open.end());
        m_open.resize(start);
        m_out.records.push_back(
            {ident, type, first, static_cast<std::uint32_t>(m_out.args.size() - first)});
        if (sub) m_open.push_back({ArgKind::Sub, ident});
        return true;
    }

    bool argument(int depth) {
        ArgKind kind;
        switch (m_tok) {
        case Tok::Integer:
            kind = ArgKind::Integer;
            break;
        case Tok::Real:
            kind = ArgKind::Real;
            break;
        case Tok::Ident:
            kind = ArgKind::Ident;
            break;
        case Tok::Text:
            kind = ArgKind::Text;
            break;
        case Tok::Enum:
            kind = ArgKind::Enum;
            break;
        case Tok::Hexa:
            kind = ArgKind::Hexa;
            break;
        case Tok::Void:
            kind = ArgKind::Void;
            break;
        case Tok::Misc:
            kind = ArgKind::Misc;
            break;
        case Tok::LParen:
            return list(nullptr, nullptr, depth + 1);
        case Tok::Type:
            // A typed parameter such as LENGTH_MEASURE(2.): a list record of that type.
            m_pendingType = m_scan.text();
            advance();
            if (m_tok != Tok::LParen) return fail("expected '(' after a type");
            return list(nullptr, nullptr, depth + 1);
        default:
            return fail("expected a parameter");
        }
        m_open.push_back({kind, m_scan.text()});
        advance();
        return true;
    }

    const char* subName(int n) {
        auto& names = m_out.names;
        while (names.size() <= static_cast<std::size_t>(n)) {
            const std::string name = "$" + std::to_string(names.size());
            auto text = std::make_unique<char[]>(name.size() + 1);
            std::memcpy(text.get(), name.c_str(), name.size() + 1);
            names.push_back(std::move(text));
        }
        return names[static_cast<std::size_t>(n)].get();
    }

    void advance() { m_tok = m_scan.next(); }

    bool expect(Tok kind, const char* problem) {
        if (m_tok != kind) return fail(problem);
        advance();
        return true;
    }

    bool fail(const char* problem) {
        m_problem = problem;
        return false;
    }

    Scanner m_scan;
    Records& m_out;
    Tok m_tok = Tok::End;
    int m_numSub = 0;
    const char* m_pendingType = nullptr;
    std::vector<Argument> m_open; ///< arguments of the lists still open, innermost last
    const char* m_problem = "";
};

} // namespace

bool parse(std::unique_ptr<char[]> text, std::size_t size, Records& out, Declined& why) {
    out = Records{};
    char* begin = text.get();
    out.text = std::move(text);
    // A rough guess from typical files: one record per 40 bytes, two arguments per record.
    out.records.reserve(size / 40 + 16);
    out.args.reserve(size / 20 + 16);
    Parser parser(begin, begin + size, out);
    if (parser.file(why)) return true;
    out = Records{};
    return false;
}

} // namespace wb::core::io::step
