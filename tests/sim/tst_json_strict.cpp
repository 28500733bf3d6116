// Strict JSON: every kind of malformed input is refused at its place (line:column), the writer
// leaves non-finite numbers out and numbers round-trip exactly.
#include "sim_check.h"

#include "core/model/exit_codes.h"
#include "core/sim/cli.h"
#include "core/sim/json.h"

#include <cstdint>
#include <random>
#include <sstream>

using namespace wb::sim;

namespace {

struct BadInput {
    const char* what;
    std::string text;
    const char* context; ///< expected "line:column"
    const char* message; ///< expected part of the message
};

std::string nested(int depth) {
    return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
}

void checkRefused(const BadInput& c) {
    auto r = parseJson(c.text);
    SIM_CHECK(!r.has_value());
    if (r) {
        std::cerr << c.what << ": accepted\n";
        return;
    }
    const wb::core::Error& e = r.error();
    const bool ok = e.code == wb::core::ErrorCode::InvalidArgument && e.id == "json.syntax" &&
                    e.context == c.context && e.message.find(c.message) != std::string::npos;
    if (!ok)
        std::cerr << c.what << ": expected '" << c.context << ": ..." << c.message << "...', got '"
                  << e.toString() << "'\n";
    SIM_CHECK(ok);
}

void checkWriter() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    Json j;
    j["finite"] = 1.5;
    j["nan"] = nan;
    j["inf"] = -inf;
    j["vector"] = Json::array({1.0, nan, 2.0});
    j["list"] = Json::array({Json{{"a", 1}}, inf, "text"});
    j["nested"] = Json{{"keep", 2}, {"drop", nan}};
    const std::string text = dumpJson(j);
    for (const char* word : {"NaN", "nan", "Infinity", "inf", "null", "vector", "drop"})
        SIM_CHECK(text.find(word) == std::string::npos);
    auto back = parseJson(text);
    SIM_CHECK(back.has_value());
    if (!back) return;
    SIM_CHECK(back->at("finite").get<double>() == 1.5);
    SIM_CHECK(back->at("list").size() == 2 && back->at("list")[1] == "text");
    SIM_CHECK(back->at("nested").size() == 1 && back->at("nested").at("keep") == 2);
    SIM_CHECK(dumpJson(Json(nan)) == "{}");
    // one line, and strings that are not UTF-8 written as U+FFFD instead of failing
    SIM_CHECK(dumpJson(Json{{"s", std::string("a\xff")}}, -1) == "{\"s\":\"a\xef\xbf\xbd\"}");
}

void checkNumbers() {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> mantissa(-1.0, 1.0);
    std::uniform_int_distribution<int> exponent(-300, 300);
    Json values = Json::array();
    std::vector<double> expected;
    for (int i = 0; i < 2000; ++i) {
        const double v = std::ldexp(mantissa(random), exponent(random));
        values.push_back(v);
        expected.push_back(v);
    }
    for (double v : {0.1, 1.0 / 3.0, 5e-324, 1.7976931348623157e308, -0.0, 2.5e-3})
        values.push_back(v), expected.push_back(v);
    auto back = parseJson(dumpJson(values));
    SIM_CHECK(back.has_value() && back->size() == expected.size());
    if (back)
        for (std::size_t i = 0; i < expected.size(); ++i)
            SIM_CHECK(back->at(i).get<double>() == expected[i]);
    const std::uint64_t big = 9007199254740993ull; // not representable as a double
    const Json counts{{"voxels", std::size_t(123456789)}, {"big", big}, {"negative", -42}};
    const std::string text = dumpJson(counts, -1);
    SIM_CHECK(text == "{\"voxels\":123456789,\"big\":9007199254740993,\"negative\":-42}");
    auto countsBack = parseJson(text);
    SIM_CHECK(countsBack && countsBack->at("big").is_number_integer() &&
              countsBack->at("big").get<std::uint64_t>() == big);
}

} // namespace

int main() {
    const BadInput cases[] = {
        {"bad \\u escape", "{\"a\": \"\\u12G4\"}", "1:12", "4 hex digits"},
        {"short \\u escape", "[\"\\u12\"]", "1:7", "4 hex digits"},
        {"unknown escape", "[\"\\x\"]", "1:4", "after backslash"},
        {"lone high surrogate", "[\"\\ud800\"]", "1:9", "surrogate"},
        {"lone low surrogate", "[\"\\udc00\"]", "1:8", "surrogate"},
        {"raw control character", "{\n  \"a\": \"x\ty\"\n}", "2:10", "control character U+0009"},
        {"raw newline in a string", "[\"a\nb\"]", "1:4", "control character U+000A"},
        {"leading zero", "{\"a\": 01}", "1:7", "leading zeros ('01')"},
        {"negative leading zero", "[-00.5]", "1:2", "leading zeros ('-00.5')"},
        {"NaN", "{\"a\": NaN}", "1:7", "NaN and Infinity"},
        {"Infinity", "[1,\n Infinity]", "2:2", "NaN and Infinity"},
        {"-Infinity", "[-Infinity]", "1:2", "NaN and Infinity"},
        {"number overflow", "[1e400]", "1:2", "overflow"},
        {"duplicate key", "{\"a\": 1,\n \"b\": 2,\n \"a\": 3}", "3:2", "duplicate key 'a'"},
        {"nested duplicate key", "{\"s\": [{\"k\": 1, \"k\": 2}]}", "1:17", "duplicate key 'k'"},
        {"trailing bytes", "{\"a\": 1} x", "1:10", "after the document"},
        {"second document", "{}\n{}", "2:1", "after the document"},
        {"too deep", nested(kMaxJsonDepth + 1), "1:65", "nesting deeper than 64"},
        {"too deep objects", "{\"a\":" + nested(kMaxJsonDepth) + "}", "1:69", "nesting deeper"},
        {"invalid UTF-8", "[\"\xff\"]", "1:3", "UTF-8"},
        {"truncated", "{\"a\": [1, 2", "1:12", "unexpected end of input"},
        {"empty", "", "1:1", "unexpected end of input"},
        {"trailing comma", "[1, 2,]", "1:7", "unexpected ']'"},
        {"single quotes", "{'a': 1}", "1:2", "invalid literal"},
        {"comment", "{\"a\": 1 // no\n}", "1:9", "invalid literal"},
    };
    for (const BadInput& c : cases)
        checkRefused(c);

    // what is allowed: the deepest nesting, escapes, surrogate pairs, -0, exponents
    SIM_CHECK(parseJson(nested(kMaxJsonDepth)).has_value());
    auto good = parseJson("{\"s\": \"\\u00e9\\ud83d\\ude00\\n\", \"n\": [-0, 0.5e-3, 1E+2]}");
    SIM_CHECK(good.has_value());
    if (good) {
        SIM_CHECK(good->at("s") == "\xc3\xa9\xf0\x9f\x98\x80\n");
        SIM_CHECK(good->at("n")[2].get<double>() == 100.0);
    }

    // a study file with a syntax error: exit code 2, the message names file, line and column
    const auto dir = simtest::scratch("json_strict");
    simtest::writeText(dir / "dup.wbstudy.json",
                       "{\"format\": \"werkbank-study\",\n \"format\": \"werkbank-study\"}");
    auto study = loadStudy(dir / "dup.wbstudy.json");
    SIM_CHECK(!study && study.error().context == (dir / "dup.wbstudy.json").string() + ":2:2");
    std::ostringstream out, err;
    SIM_CHECK(runSolveCommand({(dir / "dup.wbstudy.json").string(), "-o", (dir / "o").string()},
                              out, err) == wb::core::kExitUsage);
    SIM_CHECK(err.str().find("dup.wbstudy.json:2:2: JSON syntax error: duplicate key 'format'") !=
              std::string::npos);

    checkWriter();
    checkNumbers();
    return simtest::finish("tst_json_strict");
}
