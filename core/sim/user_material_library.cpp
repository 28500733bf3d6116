// The user material library: checks, its JSON document, its file and study assignments.
#include "user_material_library.h"

#include "core/model/atomic_file.h"
#include "json_fields.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>

namespace wb::sim {

using namespace detail;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxIdLength = 64;

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
bool alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool idChar(char c) {
    return alnum(c) || c == '_' || c == '-' || c == '.';
}
bool sameId(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

/// An error `errorId` ("materials.invalid_entry" unless given) at `path` of the entry `id`.
std::unexpected<core::Error> entryError(const std::string& path, const std::string& what,
                                        const std::string& id,
                                        const char* errorId = "materials.invalid_entry") {
    const std::string where = id.empty() ? path : path + " ('" + id + "')";
    return core::fail(core::ErrorCode::InvalidArgument, errorId, where + ": " + what, {},
                      {path, what, id});
}

/// A field error of the study reader (args {path, what}) as an entry error.
std::unexpected<core::Error> asEntryError(const core::Error& e, const std::string& id) {
    return entryError(e.args.size() > 0 ? e.args[0] : e.context,
                      e.args.size() > 1 ? e.args[1] : e.message, id);
}

std::string categoryList() {
    std::string list;
    for (MaterialCategory c : materialCategories())
        list += (list.empty() ? "" : ", ") + std::string(categoryId(c));
    return list;
}

core::Result<LibraryMaterial> entryFromJson(const Json& v, const std::string& path) {
    std::string id;
    if (v.is_object())
        if (auto it = v.find("id"); it != v.end() && it->is_string()) id = it->get<std::string>();
    auto read = [&]() -> core::Result<LibraryMaterial> {
        WB_TRY(isObj, requireObject(v, path));
        Fields f(v, path);
        LibraryMaterial m;
        WB_TRY(idField, f.required("id"));
        WB_TRY(idText, string(*idField, f.path("id")));
        m.id = idText;
        WB_TRY(catField, f.required("category"));
        WB_TRY(catText, string(*catField, f.path("category")));
        const auto category = categoryFromId(catText);
        if (!category)
            return fieldError(f.path("category"),
                              "unknown category '" + catText + "' (one of " + categoryList() + ")");
        m.category = *category;
        if (const Json* source = f.optional("source")) {
            WB_TRY(sourceText, string(*source, f.path("source")));
            m.source = sourceText;
        }
        WB_TRY(matField, f.required("material"));
        WB_TRY(props, inlineMaterial(*matField, f.path("material")));
        m.props = props;
        WB_TRY(ok, f.checkUnknown());
        return m;
    };
    auto m = read();
    if (!m) return asEntryError(m.error(), id);
    return m;
}

/// The whole regular file `file`, or nullopt (missing, a folder, unreadable).
std::optional<std::string> readAll(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
    try {
        std::ifstream in(file, std::ios::binary);
        if (!in) return std::nullopt;
        std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (in.bad()) return std::nullopt;
        return text;
    } catch (const std::exception&) { // a read error of the stream buffer
        return std::nullopt;
    }
}

std::unexpected<core::Error> unreadable(const fs::path& file) {
    return core::fail(core::ErrorCode::InvalidFile, "materials.unreadable",
                      "the material library cannot be read", file.string(), {file.string()});
}

} // namespace

const LibraryMaterial* UserLibrary::find(std::string_view id) const {
    for (const LibraryMaterial& m : m_materials)
        if (m.id == id) return &m;
    return nullptr;
}

core::Result<bool> UserLibrary::check(const LibraryMaterial& m, std::string_view replacing,
                                      const std::string& path) const {
    const std::string at = path.empty() ? std::string() : path + ".";
    if (m.id.empty() || m.id.size() > kMaxIdLength || !alnum(m.id.front()) ||
        !std::all_of(m.id.begin(), m.id.end(), idChar))
        return entryError(at + "id",
                          "1 to " + std::to_string(kMaxIdLength) +
                              " letters, digits, '_', '-' or '.', starting with a letter or digit",
                          m.id, "materials.id_invalid");
    for (const LibraryMaterial& builtIn : materialLibrary())
        if (sameId(builtIn.id, m.id))
            return entryError(at + "id", "'" + builtIn.id + "' is the id of a built-in material",
                              m.id, "materials.id_builtin");
    for (std::size_t i = 0; i < m_materials.size(); ++i)
        if (m_materials[i].id != replacing && sameId(m_materials[i].id, m.id))
            return entryError(at + "id", "duplicate id (as materials[" + std::to_string(i) + "])",
                              m.id, "materials.id_duplicate");
    if (m.props.name.empty()) return entryError(at + "material.name", "must not be empty", m.id);
    if (auto ok = checkMaterial(m.props, at + "material"); !ok)
        return asEntryError(ok.error(), m.id);
    return true;
}

core::Result<bool> UserLibrary::add(LibraryMaterial m) {
    WB_TRY(ok, check(m, {}, {}));
    m_materials.push_back(std::move(m));
    return true;
}

core::Result<bool> UserLibrary::replace(std::string_view id, LibraryMaterial m) {
    auto it = std::find_if(m_materials.begin(), m_materials.end(),
                           [&](const LibraryMaterial& e) { return e.id == id; });
    if (it == m_materials.end())
        return core::fail(core::ErrorCode::NotFound, "sim.unknown_material",
                          "unknown material '" + std::string(id) + "'", {}, {std::string(id)});
    WB_TRY(ok, check(m, id, {}));
    *it = std::move(m);
    return true;
}

bool UserLibrary::remove(std::string_view id) {
    const auto n = std::erase_if(m_materials, [&](const LibraryMaterial& e) { return e.id == id; });
    return n > 0;
}

std::string UserLibrary::uniqueId(std::string_view base) const {
    std::string id;
    for (char c : base)
        id += idChar(c) ? lower(c) : '_';
    if (id.empty() || !alnum(id.front())) id = "material" + id;
    id.resize(std::min(id.size(), kMaxIdLength - 4));
    auto taken = [&](const std::string& candidate) {
        for (const LibraryMaterial& m : materialLibrary())
            if (sameId(m.id, candidate)) return true;
        for (const LibraryMaterial& m : m_materials)
            if (sameId(m.id, candidate)) return true;
        return false;
    };
    std::string candidate = id;
    for (int n = 2; taken(candidate); ++n)
        candidate = id + "_" + std::to_string(n);
    return candidate;
}

core::Result<UserLibrary> userLibraryFromJson(const Json& json) {
    auto fileError = [](const core::Error& e) {
        const std::string path = e.args.size() > 0 ? e.args[0] : e.context;
        const std::string what = e.args.size() > 1 ? e.args[1] : e.message;
        return core::fail(core::ErrorCode::InvalidArgument, "materials.invalid_file",
                          (path.empty() ? "" : path + ": ") + what, {}, {path, what});
    };
    auto top = [&]() -> core::Result<Json> {
        if (!json.is_object()) return fieldError("", "expected an object");
        Fields f(json, "");
        WB_TRY(format, f.required("format"));
        if (!format->is_string() || format->get<std::string>() != "werkbank-materials")
            return fieldError("format", "expected \"werkbank-materials\"");
        WB_TRY(version, f.required("version"));
        if (!version->is_number_integer() || version->get<long long>() != 1)
            return fieldError("version", "expected 1");
        WB_TRY(list, f.required("materials"));
        WB_TRY(entries, array(list, "materials"));
        WB_TRY(ok, f.checkUnknown());
        return entries;
    }();
    if (!top) return fileError(top.error());
    UserLibrary library;
    for (std::size_t i = 0; i < top->size(); ++i) {
        const std::string path = "materials[" + std::to_string(i) + "]";
        WB_TRY(entry, entryFromJson((*top)[i], path));
        WB_TRY(ok, library.check(entry, {}, path));
        library.m_materials.push_back(std::move(entry));
    }
    return library;
}

Json userLibraryToJson(const UserLibrary& library) {
    Json j;
    j["format"] = "werkbank-materials";
    j["version"] = 1;
    Json list = Json::array();
    for (const LibraryMaterial& m : library.materials()) {
        Json e;
        e["id"] = m.id;
        e["category"] = std::string(categoryId(m.category));
        e["source"] = m.source;
        e["material"] = materialToJson(m.props);
        list.push_back(std::move(e));
    }
    j["materials"] = std::move(list);
    return j;
}

fs::path UserLibraryFile::backupFile() const {
    fs::path backup = m_file;
    backup += ".bak";
    return backup;
}

core::Result<bool> UserLibraryFile::load() {
    m_library = {};
    m_backupPending = false;
    std::error_code ec;
    const fs::file_status status = fs::status(m_file, ec);
    if (status.type() == fs::file_type::not_found) return true;
    m_backupPending = true;
    const std::string file = m_file.string();
    if (ec || !fs::is_regular_file(status)) return unreadable(m_file);
    const std::uintmax_t bytes = fs::file_size(m_file, ec);
    if (ec) return unreadable(m_file);
    if (bytes > kMaxFileBytes)
        return core::fail(core::ErrorCode::InvalidFile, "materials.file_too_large",
                          "the material library is larger than " + std::to_string(kMaxFileBytes) +
                              " bytes",
                          file, {file, std::to_string(bytes)});
    const std::optional<std::string> text = readAll(m_file);
    if (!text) return unreadable(m_file);
    auto json = parseJson(*text);
    if (!json) {
        const core::Error& e = json.error();
        const std::string what = e.args.empty() ? e.message : e.args[0];
        return core::fail(core::ErrorCode::InvalidFile, "materials.syntax",
                          e.context + ": JSON syntax error: " + what, file,
                          {file, e.context, what});
    }
    auto library = userLibraryFromJson(*json);
    if (!library) {
        core::Error e = library.error();
        e.context = file;
        e.args.push_back(file);
        return std::unexpected(std::move(e));
    }
    m_library = std::move(*library);
    m_backupPending = false;
    return true;
}

core::Result<bool> UserLibraryFile::save() {
    std::error_code ec;
    if (m_backupPending && fs::exists(m_file, ec)) {
        const std::optional<std::string> old = readAll(m_file);
        if (!old) return unreadable(m_file);
        WB_TRY(backedUp, core::writeFileAtomically(backupFile(), *old));
    }
    if (m_file.has_parent_path()) fs::create_directories(m_file.parent_path(), ec);
    WB_TRY(written,
           core::writeFileAtomically(m_file, dumpJson(userLibraryToJson(m_library)) + "\n"));
    m_backupPending = false;
    return true;
}

core::Result<MaterialAssignment> assignmentFor(const std::string& partsGlob,
                                               const std::string& materialId,
                                               const UserLibrary& user) {
    MaterialAssignment a;
    a.parts = partsGlob;
    if (findLibraryMaterial(materialId)) {
        a.libraryId = materialId;
        return a;
    }
    if (const LibraryMaterial* m = user.find(materialId)) {
        a.inlineMaterial = m->props;
        return a;
    }
    return core::fail(core::ErrorCode::NotFound, "sim.unknown_material",
                      "unknown material '" + materialId + "'", {}, {materialId});
}

} // namespace wb::sim
