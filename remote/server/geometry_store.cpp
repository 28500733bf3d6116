#include "geometry_store.h"

#include "job_store.h"

#include <cctype>
#include <fcntl.h>
#include <unistd.h>

namespace wb::remote {

namespace fs = std::filesystem;

namespace {

std::string extensionOf(const std::string& fileName) {
    std::string ext = fs::path(fileName).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool validExtension(const std::string& ext) {
    if (ext.empty() || ext.size() > 8) return false;
    for (char c : ext)
        if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    return true;
}

} // namespace

GeometryStore::Upload::~Upload() {
    if (m_fd >= 0) ::close(m_fd);
    std::error_code ec;
    if (!m_tmp.empty()) fs::remove(m_tmp, ec);
}

core::Result<bool> GeometryStore::Upload::write(const std::string& bytes) {
    m_hash.update(bytes);
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n <= 0)
            return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the upload");
        p += n, left -= std::size_t(n);
    }
    m_received += bytes.size();
    return true;
}

fs::path GeometryStore::tenantDir(const std::string& tenant) const {
    return m_dataDir / "tenants" / tenant / "geometry";
}

core::Result<std::unique_ptr<GeometryStore::Upload>>
GeometryStore::begin(const std::string& tenant, const std::string& fileName) {
    const std::string ext = extensionOf(fileName);
    if (!validExtension(ext))
        return core::fail(core::ErrorCode::InvalidArgument, "remote.invalid_field",
                          "file name needs an extension", "header.file_name", {"header.file_name"});
    auto upload = std::make_unique<Upload>();
    upload->m_tenant = tenant;
    upload->m_extension = ext;
    std::error_code ec;
    fs::create_directories(tenantDir(tenant), ec);
    upload->m_tmp = tenantDir(tenant) / (".upload-" + randomId());
    upload->m_fd = ::open(upload->m_tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (upload->m_fd < 0)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the upload");
    return upload;
}

core::Result<std::pair<std::string, bool>>
GeometryStore::finish(Upload& upload, const std::string& expectedSha256) {
    const std::string digest = upload.m_hash.hexDigest();
    if (!expectedSha256.empty() && expectedSha256 != digest)
        return core::fail(core::ErrorCode::InvalidArgument, "remote.checksum_mismatch",
                          "SHA-256 differs", "header.sha256", {"header.sha256"});
    if (::fsync(upload.m_fd) != 0)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the upload");
    ::close(upload.m_fd);
    upload.m_fd = -1;
    const std::string id = digest + "." + upload.m_extension;
    const fs::path target = tenantDir(upload.m_tenant) / id;
    std::error_code ec;
    const bool existed = fs::exists(target, ec);
    if (!existed) {
        fs::rename(upload.m_tmp, target, ec);
        if (ec)
            return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the upload");
        upload.m_tmp.clear();
    }
    return std::pair{id, existed};
}

core::Result<fs::path> GeometryStore::path(const std::string& tenant,
                                           const std::string& geometryId) const {
    const auto dot = geometryId.find('.');
    bool valid = dot == 64 && validExtension(geometryId.substr(dot + 1));
    for (std::size_t i = 0; valid && i < 64; ++i)
        valid = std::isxdigit(static_cast<unsigned char>(geometryId[i])) &&
                !std::isupper(geometryId[i]);
    if (!valid)
        return core::fail(core::ErrorCode::InvalidArgument, "remote.invalid_field",
                          "malformed geometry id", "geometry_id", {"geometry_id"});
    const fs::path file = tenantDir(tenant) / geometryId;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return core::fail(core::ErrorCode::NotFound, "remote.geometry_not_found",
                          "no such geometry", "geometry_id", {geometryId});
    return file;
}

} // namespace wb::remote
