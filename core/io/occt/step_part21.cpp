#include "step_part21.h"

#include "step_part21_scanner.h"

#include <cstring>
#include <string_view>

namespace wb::core::io::step {

namespace {

// Texts OCCT's reader data gives records it makes up: the type of a plain nested list, and
// the identifier of header entities and of the later parts of a complex entity.
constexpr const char* kSubListType = "/* (SUB) */";
constexpr const char* kZeroIdent = "#0";
constexpr int kMaxDepth = 256; // real files nest lists four or five deep

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
