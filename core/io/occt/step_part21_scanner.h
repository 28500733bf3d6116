#pragma once
/// The tokenizer of step_part21.cpp: splits a STEP exchange structure into the tokens OCCT's
/// lexer produces, for the forms both it and the standard accept (internal to core/io).

namespace wb::core::io::step {

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

// Splits the text into tokens the way OCCT's lexer does for the forms it accepts. A value's
// text is NUL-terminated in place: the character after it is overwritten and kept aside
// ("held") for the next token.
class Scanner {
public:
    Scanner(char* begin, char* end) : m_p(begin), m_end(end) {}

    Tok next();

    const char* text() const { return m_text; }
    int line() const { return m_line; }
    const char* problem() const { return m_problem; }

private:
    char at(const char* p) const { return p == m_held ? m_heldChar : *p; }

    bool skipSpace();

    // Ends the current token at `e`: NUL-terminates its text and moves on.
    void finish(char* e);

    // What may follow a value: a separator, white space or a comment.
    bool delimitsValue(const char* e) const;

    Tok value(char* e, Tok kind);

    Tok single(Tok kind) { return value(m_p + 1, kind); }

    Tok instanceName();

    // A string ends at the first quote that is followed, after any of the characters
    // OCCT's lexer skips there, by ',' or ')'. Doubled quotes and line breaks stay in it.
    Tok string();

    Tok hexa();

    Tok enumeration();

    // [+-]digits, or [+-]digits.digits* with an optional E[+-]digits: the forms in which
    // OCCT's lexer and the standard agree. Anything else is declined.
    Tok number();

    Tok word();

    Tok bad(const char* problem);

    char* m_p;
    char* m_end;
    const char* m_text = nullptr;
    const char* m_held = nullptr;
    char m_heldChar = 0;
    int m_line = 1;
    const char* m_problem = "";
};

} // namespace wb::core::io::step
