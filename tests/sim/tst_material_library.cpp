// The material library: built-in entries (categories, ids, physical sanity, the table of
// docs/study-format.md), the user library file (round trip, bad files that are never lost)
// and user materials written inline into a study.
#include "sim_check.h"

#include "core/sim/material_library.h"
#include "core/sim/user_material_library.h"

#include <map>
#include <set>
#include <sstream>

using namespace wb::sim;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void builtInLibrary() {
    const auto& lib = materialLibrary();
    SIM_CHECK(lib.size() >= 30 && lib.size() <= 45);
    for (MaterialCategory c : materialCategories()) {
        SIM_CHECK(std::count_if(lib.begin(), lib.end(),
                                [&](const LibraryMaterial& m) { return m.category == c; }) > 0);
        SIM_CHECK(categoryFromId(categoryId(c)) == c);
    }
    SIM_CHECK(!categoryFromId("unobtainium"));
    SIM_CHECK(categoryId(MaterialCategory::CopperAlloy) == "copper_alloy");

    std::set<std::string> ids;
    for (const LibraryMaterial& m : lib)
        SIM_CHECK(ids.insert(m.id).second);
    SIM_CHECK(libraryMaterialIds().size() == lib.size());

    // the ids of the first library keep their values (studies and solver tests use them)
    struct Kept {
        const char* id;
        double e, nu, rho, yield, k;
    };
    const Kept kept[] = {
        {"structural_steel", 210e9, 0.3, 7850, 250e6, 50},
        {"steel_s235", 210e9, 0.3, 7850, 235e6, 50},
        {"steel_s355", 210e9, 0.3, 7850, 355e6, 50},
        {"stainless_1_4301", 200e9, 0.29, 7900, 210e6, 15},
        {"aluminium_6061_t6", 68.9e9, 0.33, 2700, 276e6, 167},
        {"aluminium_7075_t6", 71.7e9, 0.33, 2810, 503e6, 130},
        {"titanium_ti6al4v", 113.8e9, 0.342, 4430, 880e6, 6.7},
        {"cast_iron_gjl250", 110e9, 0.26, 7200, 165e6, 48},
        {"copper", 117e9, 0.34, 8940, 70e6, 390},
        {"brass", 100e9, 0.34, 8500, 200e6, 110},
        {"abs", 2.3e9, 0.35, 1050, 40e6, 0.17},
        {"pa12", 1.7e9, 0.4, 1010, 48e6, 0.25},
        {"peek", 3.6e9, 0.4, 1300, 100e6, 0.25},
    };
    for (const Kept& k : kept) {
        auto m = libraryMaterial(k.id);
        SIM_CHECK(m.has_value());
        if (!m) continue;
        SIM_CHECK(m->youngsModulus == k.e && m->poissonRatio == k.nu && m->density == k.rho &&
                  m->yieldStrength == k.yield && m->thermalConductivity == k.k);
        SIM_CHECK(findLibraryMaterial(k.id) && findLibraryMaterial(k.id)->props == *m);
    }
    SIM_CHECK(!libraryMaterial("unobtainium").has_value());
    SIM_CHECK(libraryMaterial("unobtainium").error().id == "sim.unknown_material");

    // plausible density (kg/m^3) per category
    const std::map<MaterialCategory, std::pair<double, double>> density{
        {MaterialCategory::Steel, {7700, 7900}},     {MaterialCategory::Stainless, {7700, 8100}},
        {MaterialCategory::Aluminium, {2600, 2900}}, {MaterialCategory::Titanium, {4400, 4600}},
        {MaterialCategory::CastIron, {6800, 7400}},  {MaterialCategory::CopperAlloy, {8200, 9000}},
        {MaterialCategory::Polymer, {850, 2300}}};
    for (const LibraryMaterial& lm : lib) {
        const Material& m = lm.props;
        const bool ok = checkMaterial(m, lm.id).has_value();
        const auto [lo, hi] = density.at(lm.category);
        const bool polymer = lm.category == MaterialCategory::Polymer;
        // polymers that do not strain-harden have their tensile strength at the yield point
        const bool strengths =
            polymer ? m.yieldStrength <= m.tensileStrength : m.yieldStrength < m.tensileStrength;
        const bool sane =
            ok && !m.name.empty() && !lm.source.empty() && m.youngsModulus > 0 &&
            m.poissonRatio > 0 && m.poissonRatio < 0.5 && m.yieldStrength > 0 && strengths &&
            m.density >= lo && m.density <= hi && m.thermalConductivity > 0 &&
            m.thermalExpansion > 1e-6 && m.thermalExpansion < 300e-6 && m.specificHeat > 100 &&
            m.specificHeat < 2500 && (polymer ? m.youngsModulus < 20e9 : m.youngsModulus > 60e9);
        if (!sane) std::cerr << "implausible library material " << lm.id << "\n";
        SIM_CHECK(sane);
    }
}

/// The cells of the row for `id` in the library table of docs/study-format.md.
std::vector<std::string> docRow(const std::string& doc, const std::string& id) {
    const std::string start = "| `" + id + "` |";
    const auto pos = doc.find(start);
    if (pos == std::string::npos) return {};
    const std::string line = doc.substr(pos, doc.find('\n', pos) - pos);
    std::vector<std::string> cells;
    std::stringstream s(line.substr(1));
    for (std::string cell; std::getline(s, cell, '|');) {
        const auto a = cell.find_first_not_of(' '), b = cell.find_last_not_of(' ');
        cells.push_back(a == std::string::npos ? "" : cell.substr(a, b - a + 1));
    }
    return cells;
}

void documentedTable() {
    const std::string doc = readText(fs::path(WB_SOURCE_DIR) / "docs/study-format.md");
    for (const LibraryMaterial& lm : materialLibrary()) {
        const auto cells = docRow(doc, lm.id);
        // id | category | name | E | nu | rho | yield | UTS | k | alpha | c | source
        if (cells.size() != 12) {
            std::cerr << "docs/study-format.md: no complete table row for " << lm.id << "\n";
            SIM_CHECK(cells.size() == 12);
            continue;
        }
        const Material& m = lm.props;
        const double expected[] = {
            m.youngsModulus / 1e9,    m.poissonRatio,          m.density,
            m.yieldStrength / 1e6,    m.tensileStrength / 1e6, m.thermalConductivity,
            m.thermalExpansion * 1e6, m.specificHeat};
        SIM_CHECK(cells[1] == std::string(categoryId(lm.category)));
        SIM_CHECK(cells[2] == m.name);
        for (int i = 0; i < 8; ++i)
            SIM_CHECK_NEAR(std::stod(cells[std::size_t(3 + i)]), expected[i], 1e-12);
        SIM_CHECK(cells[11] == lm.source);
    }
}

LibraryMaterial sample(const std::string& id, const std::string& name) {
    LibraryMaterial m{id, MaterialCategory::Steel,
                      Material{name, 205e9, 0.29, 7800, 300e6, 45, 500e6, 11e-6, 470},
                      "supplier data sheet"};
    return m;
}

void userLibraryRoundTrip() {
    const fs::path dir = simtest::scratch("material_library_round_trip");
    UserLibraryFile file(dir / "nested" / "materials.json");
    SIM_CHECK(file.load().has_value()); // missing file: empty library
    SIM_CHECK(file.library().materials().empty());
    SIM_CHECK(file.library().add(sample("my_steel", "My steel \xC3\xA4")).has_value());
    LibraryMaterial plain = sample("resin-1.a", "Resin");
    plain.category = MaterialCategory::Polymer;
    plain.props.tensileStrength = plain.props.thermalExpansion = plain.props.specificHeat = 0;
    plain.props.youngsModulus = 2.5e9;
    SIM_CHECK(file.library().add(plain).has_value());
    SIM_CHECK(file.save().has_value());
    SIM_CHECK(!fs::exists(file.backupFile()));
    const std::string text = readText(file.file());
    SIM_CHECK(text.find("\"werkbank-materials\"") != std::string::npos);
    SIM_CHECK(text.find("tensile_strength") != std::string::npos);

    UserLibraryFile again(file.file());
    SIM_CHECK(again.load().has_value());
    SIM_CHECK(again.library() == file.library());
    SIM_CHECK(again.library().materials().size() == 2);

    // ids: never a built-in one (ignoring case), never twice, only plain characters
    UserLibrary& lib = again.library();
    auto idError = [&](const std::string& id) {
        auto r = lib.add(sample(id, "x"));
        return !r && r.error().id.starts_with("materials.id_") && r.error().args.at(0) == "id";
    };
    SIM_CHECK(idError("steel_s355") &&
              lib.add(sample("Steel_S355", "x")).error().id == "materials.id_builtin");
    SIM_CHECK(idError("Steel_S355"));
    SIM_CHECK(idError("MY_STEEL") &&
              lib.add(sample("MY_STEEL", "x")).error().id == "materials.id_duplicate");
    SIM_CHECK(idError("has space") &&
              lib.add(sample("has space", "x")).error().id == "materials.id_invalid");
    SIM_CHECK(idError(""));
    SIM_CHECK(idError("_x"));
    SIM_CHECK(idError(std::string(65, 'a')));
    SIM_CHECK(lib.uniqueId("Steel S355") == "steel_s355_2");
    SIM_CHECK(lib.uniqueId("my_steel") == "my_steel_2");
    SIM_CHECK(lib.uniqueId("") == "material");
    SIM_CHECK(lib.uniqueId("\xC3\xA4l") == "material__l");
    LibraryMaterial bad = sample("weak", "Weak");
    bad.props.tensileStrength = 100e6;
    auto weak = lib.add(bad);
    SIM_CHECK(!weak && weak.error().args.at(0) == "material.tensile_strength");

    LibraryMaterial edited = sample("my_steel_renamed", "My steel (edited)");
    SIM_CHECK(lib.replace("my_steel", edited).has_value());
    SIM_CHECK(lib.find("my_steel") == nullptr && lib.find("my_steel_renamed"));
    SIM_CHECK(!lib.replace("resin-1.a", sample("my_steel_renamed", "clash")).has_value());
    SIM_CHECK(!lib.replace("nothing", edited).has_value());
    SIM_CHECK(lib.remove("resin-1.a") && !lib.remove("resin-1.a"));
    SIM_CHECK(lib.materials().size() == 1);
}

const std::string kGood = R"({"format": "werkbank-materials", "version": 1, "materials": [
  {"id": "first", "category": "steel", "source": "x", "material": {"name": "First",
   "youngs_modulus": 2e11, "poisson_ratio": 0.3, "density": 7800, "yield_strength": 3e8,
   "thermal_conductivity": 50}},
  {"id": "second", "category": "polymer", "material": {"name": "Second",
   "youngs_modulus": 2e9, "poisson_ratio": 0.4, "density": 1100, "yield_strength": 5e7,
   "thermal_conductivity": 0.2, "tensile_strength": 6e7}}]})";

std::string replaced(const std::string& from, const std::string& to) {
    std::string s = kGood;
    const auto pos = s.find(from);
    if (pos == std::string::npos) {
        std::cerr << "fixture lacks " << from << "\n";
        std::abort();
    }
    return s.replace(pos, from.size(), to);
}

/// A bad file gives the error `id` whose text names `where`; the file stays, the library is
/// empty, and the first save keeps the bad file as the backup.
void expectBadFile(const std::string& name, const std::string& text, const std::string& id,
                   const std::string& where) {
    const fs::path dir = simtest::scratch("material_library_bad_" + name);
    const fs::path path = dir / "materials.json";
    simtest::writeText(path, text);
    UserLibraryFile file(path);
    auto loaded = file.load();
    SIM_CHECK(!loaded.has_value());
    if (loaded) return;
    const std::string message = loaded.error().toString();
    if (loaded.error().id != id || message.find(where) == std::string::npos ||
        loaded.error().context != path.string())
        std::cerr << name << ": expected " << id << " naming " << where << ", got "
                  << loaded.error().id << ": " << message << "\n";
    SIM_CHECK(loaded.error().id == id);
    SIM_CHECK(message.find(where) != std::string::npos);
    SIM_CHECK(loaded.error().context == path.string());
    SIM_CHECK(file.library().materials().empty());
    SIM_CHECK(file.backupPending());
    SIM_CHECK(readText(path) == text);
    SIM_CHECK(!fs::exists(file.backupFile()));

    SIM_CHECK(file.library().add(sample("fresh", "Fresh")).has_value());
    SIM_CHECK(file.save().has_value());
    SIM_CHECK(readText(file.backupFile()) == text);
    UserLibraryFile reread(path);
    SIM_CHECK(reread.load().has_value() && reread.library().materials().size() == 1);
    // the backup is made once: a later save leaves it as the bad file was
    SIM_CHECK(file.library().add(sample("fresher", "Fresher")).has_value());
    SIM_CHECK(file.save().has_value());
    SIM_CHECK(readText(file.backupFile()) == text);
}

void badFiles() {
    {
        const fs::path dir = simtest::scratch("material_library_good");
        simtest::writeText(dir / "materials.json", kGood);
        UserLibraryFile file(dir / "materials.json");
        auto ok = file.load();
        if (!ok) std::cerr << ok.error().toString() << "\n";
        SIM_CHECK(ok.has_value() && file.library().materials().size() == 2);
        SIM_CHECK(file.library().materials()[1].props.tensileStrength == 6e7);
        SIM_CHECK(file.library().materials()[1].props.specificHeat == 0);
    }
    expectBadFile("garbage", "\x01\x02 this is no JSON", "materials.syntax", "1:1");
    expectBadFile("truncated", kGood.substr(0, 60), "materials.syntax", "JSON syntax error");
    expectBadFile("nan", replaced("\"density\": 1100", "\"density\": NaN"), "materials.syntax",
                  "6:60: JSON syntax error: NaN");
    expectBadFile("wrong_type", replaced("\"density\": 1100", "\"density\": \"heavy\""),
                  "materials.invalid_entry", "materials[1].material.density ('second')");
    expectBadFile("negative_e", replaced("\"youngs_modulus\": 2e11", "\"youngs_modulus\": -2e11"),
                  "materials.invalid_entry", "materials[0].material.youngs_modulus ('first')");
    expectBadFile("nu", replaced("\"poisson_ratio\": 0.4", "\"poisson_ratio\": 0.5"),
                  "materials.invalid_entry", "materials[1].material.poisson_ratio ('second')");
    expectBadFile("duplicate", replaced("\"id\": \"second\"", "\"id\": \"First\""),
                  "materials.id_duplicate", "materials[1].id ('First'): duplicate id");
    expectBadFile("shadow", replaced("\"id\": \"first\"", "\"id\": \"steel_s355\""),
                  "materials.id_builtin", "materials[0].id ('steel_s355')");
    expectBadFile("category", replaced("\"polymer\"", "\"plastic\""), "materials.invalid_entry",
                  "materials[1].category ('second'): unknown category 'plastic'");
    expectBadFile("unknown_field", replaced("\"source\": \"x\"", "\"colour\": \"x\""),
                  "materials.invalid_entry", "materials[0].colour ('first')");
    expectBadFile("not_a_list", R"({"format": "werkbank-materials", "version": 1, "materials": 3})",
                  "materials.invalid_file", "materials: expected an array");
    expectBadFile("version", replaced("\"version\": 1", "\"version\": 2"), "materials.invalid_file",
                  "version");
    expectBadFile("top", "[]", "materials.invalid_file", "expected an object");
    {
        // a folder in the file's place: reported, and never replaced by a save
        const fs::path dir = simtest::scratch("material_library_folder");
        fs::create_directories(dir / "materials.json");
        UserLibraryFile file(dir / "materials.json");
        auto loaded = file.load();
        SIM_CHECK(!loaded && loaded.error().id == "materials.unreadable");
        SIM_CHECK(!file.save().has_value());
        SIM_CHECK(fs::is_directory(dir / "materials.json"));
    }
}

void inlineStudy() {
    UserLibrary user;
    SIM_CHECK(user.add(sample("shop_steel_x1", "Shop steel X1")).has_value());
    auto builtIn = assignmentFor("frame*", "steel_s355", user);
    SIM_CHECK(builtIn && builtIn->libraryId == "steel_s355" && !builtIn->inlineMaterial &&
              builtIn->parts == "frame*");
    auto custom = assignmentFor("bracket", "shop_steel_x1", user);
    SIM_CHECK(custom && custom->libraryId.empty() && custom->inlineMaterial &&
              *custom->inlineMaterial == user.find("shop_steel_x1")->props);
    auto unknown = assignmentFor("*", "nothing", user);
    SIM_CHECK(!unknown && unknown.error().id == "sim.unknown_material");
    if (!builtIn || !custom) return;

    auto study = parseStudy(simtest::cantileverStudy(0.0025));
    SIM_CHECK(study.has_value());
    if (!study) return;
    study->materials = {*builtIn, *custom};
    const std::string text = dumpJson(studyToJson(*study));
    SIM_CHECK(text.find("shop_steel_x1") == std::string::npos);
    for (const char* expected :
         {"\"material\": \"steel_s355\"", "\"name\": \"Shop steel X1\"",
          "\"youngs_modulus\": 205000000000", "\"tensile_strength\": 500000000",
          "\"thermal_expansion\": 1.1e-05", "\"specific_heat\": 470"}) {
        if (text.find(expected) == std::string::npos) std::cerr << "missing " << expected << "\n";
        SIM_CHECK(text.find(expected) != std::string::npos);
    }
    auto again = parseStudy(text);
    SIM_CHECK(again.has_value());
    if (!again) return;
    SIM_CHECK(again->materials.size() == 2 && again->materials[1].inlineMaterial &&
              *again->materials[1].inlineMaterial == *custom->inlineMaterial);
    SIM_CHECK(again->materials[0].libraryId == "steel_s355");

    // optional fields are checked like the others
    std::string bad = text;
    const std::string from = "\"tensile_strength\": 500000000";
    bad.replace(bad.find(from), from.size(), "\"tensile_strength\": 1");
    auto refused = parseStudy(bad);
    SIM_CHECK(!refused && refused.error().context == "materials[1].material.tensile_strength");
}

} // namespace

int main() {
    builtInLibrary();
    documentedTable();
    userLibraryRoundTrip();
    badFiles();
    inlineStudy();
    return simtest::finish("tst_material_library");
}
