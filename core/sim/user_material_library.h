#pragma once
/// Materials a user defines, kept in a JSON file of their own (docs/study-format.md, "User
/// material library"). A study never names them by id (only one machine knows it):
/// assignmentFor() writes their properties inline.

#include "json.h"
#include "material_library.h"
#include "study.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace wb::sim {

/// The user's materials, in the order they were added. An id is 1 to 64 ASCII letters,
/// digits, '_', '-' or '.', starting with a letter or digit, unique ignoring case and never
/// that of a built-in material. Errors of add() and replace(), all with args {field path,
/// what, entry id}: "materials.id_invalid", "materials.id_builtin", "materials.id_duplicate"
/// for the id, "materials.invalid_entry" for any other field.
class UserLibrary {
public:
    const std::vector<LibraryMaterial>& materials() const { return m_materials; }
    /// The entry `id` (exact), or nullptr.
    const LibraryMaterial* find(std::string_view id) const;
    /// Appends `m` after checking its id, name and ranges (checkMaterial()).
    core::Result<bool> add(LibraryMaterial m);
    /// Replaces the entry `id` by `m` (whose id may differ); NotFound when `id` is unknown.
    core::Result<bool> replace(std::string_view id, LibraryMaterial m);
    /// Removes the entry `id`; false when there is none.
    bool remove(std::string_view id);
    /// `base` turned into a valid id (other characters become '_') that no built-in or user
    /// material has: "base", "base_2", "base_3", ...
    std::string uniqueId(std::string_view base) const;
    bool operator==(const UserLibrary&) const = default;

private:
    core::Result<bool> check(const LibraryMaterial& m, std::string_view replacing,
                             const std::string& path) const;
    friend core::Result<UserLibrary> userLibraryFromJson(const Json& json);
    std::vector<LibraryMaterial> m_materials;
};

/// Reads a user library document. Errors: "materials.invalid_file" (args {field path, what})
/// for the document's own fields; for an entry those of UserLibrary::add(), naming the entry
/// and field, e.g. `materials[1].material.poisson_ratio ('my_steel')`.
core::Result<UserLibrary> userLibraryFromJson(const Json& json);
/// The document userLibraryFromJson() reads.
Json userLibraryToJson(const UserLibrary& library);

/// A user library bound to its file. A missing file is an empty library. A file that cannot
/// be used is never lost: load() reports why, leaves the library empty and the file as it is;
/// the next save() first copies that file to backupFile(). Not thread-safe; one owner.
class UserLibraryFile {
public:
    explicit UserLibraryFile(std::filesystem::path file) : m_file(std::move(file)) {}

    const std::filesystem::path& file() const { return m_file; }
    /// `file` + ".bak".
    std::filesystem::path backupFile() const;
    /// Largest file load() reads.
    static constexpr std::uintmax_t kMaxFileBytes = 4u << 20;

    /// Reads the file. Errors (context: the file): "materials.unreadable" {file},
    /// "materials.file_too_large" {file, bytes}, "materials.syntax" {file, "line:column",
    /// what}, and those of userLibraryFromJson() (args as there, then the file).
    core::Result<bool> load();
    /// Writes the library atomically (creating the folder); after a failed load() the old file
    /// is first copied to backupFile(). Errors: "io.write_error" of writeFileAtomically, or
    /// "materials.unreadable" when the old file cannot be read for its backup.
    core::Result<bool> save();
    /// Whether the next save() backs up the file first.
    bool backupPending() const { return m_backupPending; }

    UserLibrary& library() { return m_library; }
    const UserLibrary& library() const { return m_library; }

private:
    std::filesystem::path m_file;
    UserLibrary m_library;
    bool m_backupPending = false;
};

/// The study's assignment of `materialId` to `partsGlob`: a built-in id as `libraryId`, a user
/// material as `inlineMaterial` (its properties and name; the id is left out). NotFound
/// ("sim.unknown_material", args {id}) when neither library has it.
core::Result<MaterialAssignment>
assignmentFor(const std::string& partsGlob, const std::string& materialId, const UserLibrary& user);

} // namespace wb::sim
