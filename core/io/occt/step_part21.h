#pragma once
/// A single-pass reader of STEP exchange structures (ISO 10303-21) that produces the records
/// OCCT's STEP reader data expects, in the order and with the texts that OCCT's own lexer and
/// parser give them. It covers the syntax that real files use; on anything else (scopes,
/// user-defined entities, syntax errors, unusual number forms) it declines, and the caller
/// hands the file to OCCT's reader, so that every file reads exactly as before.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace wb::core::io::step {

/// Kinds of parameter values, as OCCT's Interface_ParamType distinguishes them.
enum class ArgKind : std::uint8_t {
    Integer,
    Real,
    Ident, ///< "#12": a reference to an entity instance
    Void,  ///< "$": no value
    Text,  ///< "'...'" with its quotes and escapes as in the file
    Enum,  ///< ".T."
    Hexa,  ///< "\"0F\""
    Sub,   ///< "$3": a nested list or a typed parameter, stored as a record of its own
    Misc,  ///< "*": a derived value
};

struct Argument {
    ArgKind kind;
    const char* text; ///< NUL-terminated; lives as long as the Records
};

/// One record: an entity instance, a header entity, a part of a complex entity or a nested
/// list. Its arguments are `Records::args[first, first + count)`.
struct Record {
    const char* ident; ///< "#12", "#0" (header entity, later part of a complex entity), "$3"
    const char* type;  ///< entity type, typed-parameter type, or OCCT's mark for a plain list
    std::uint32_t first;
    std::uint32_t count;
};

/// The parsed file. It owns the file text, which its records point into.
struct Records {
    std::vector<Record> records;
    std::vector<Argument> args;
    int headerRecords = 0; ///< records before the DATA section
    std::unique_ptr<char[]> text;
    std::vector<std::unique_ptr<char[]>> names; ///< "$n" texts
};

/// Why parse() gave no records.
struct Declined {
    std::string reason; ///< what was not understood, with its line
};

/// Parses a whole file held in `text` (`size` bytes; the buffer must hold size + 1 bytes, the
/// last one NUL). Takes ownership of the buffer, which it changes in place. Returns true and
/// fills `out`, or false and sets `why`.
bool parse(std::unique_ptr<char[]> text, std::size_t size, Records& out, Declined& why);

} // namespace wb::core::io::step
