#pragma once
/// JSON for studies and results: nlohmann's ordered value with a strict reader and a checked
/// writer on top.

#include "core/model/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace wb::sim {

/// A JSON value; objects keep their insertion order (result.json and the study writer rely on
/// it).
using Json = nlohmann::ordered_json;

/// Deepest nesting of arrays and objects parseJson accepts.
inline constexpr int kMaxJsonDepth = 64;

/// Parses a whole document strictly: RFC 8259 only (no NaN or Infinity, no leading zeros, no
/// raw control characters, valid \u escapes and surrogate pairs, valid UTF-8), no duplicate
/// keys, no bytes after the document, nesting at most kMaxJsonDepth. A failure is an
/// InvalidArgument error with id "json.syntax" and the context "line:column" of the place.
core::Result<Json> parseJson(std::string_view text);

/// The value with every non-finite number left out: an object member or array element whose
/// value is a non-finite number, or a number array holding one, is dropped. A non-finite
/// number at the top becomes an empty object.
Json finiteOnly(const Json& value);

/// Serialises finiteOnly(value); `indent` < 0 writes one line. Numbers keep their exact value
/// (integers stay integers, doubles round-trip); invalid UTF-8 in strings becomes U+FFFD.
std::string dumpJson(const Json& value, int indent = 2);

/// Formats a double in the shortest form that reads back to the same value.
std::string formatNumber(double v);

} // namespace wb::sim
