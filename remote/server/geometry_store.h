#pragma once
/// Uploaded geometry, content-addressed per tenant: DATA_DIR/tenants/<tenant>/geometry/
/// <sha256>.<ext>. The same bytes are stored once per tenant. Thread-safe.

#include "remote/common/sha256.h"

#include "core/model/result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace wb::remote {

class GeometryStore {
public:
    explicit GeometryStore(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir)) {}

    /// One upload in progress: a temporary file and a running hash.
    class Upload {
    public:
        ~Upload();
        core::Result<bool> write(const std::string& bytes);
        std::uint64_t received() const { return m_received; }

    private:
        friend class GeometryStore;
        std::string m_tenant, m_extension;
        std::filesystem::path m_tmp;
        int m_fd = -1;
        std::uint64_t m_received = 0;
        Sha256 m_hash;
    };

    /// Starts an upload; the extension of `fileName` selects the reader later.
    core::Result<std::unique_ptr<Upload>> begin(const std::string& tenant,
                                                const std::string& fileName);
    /// Completes an upload: checks the optional expected digest and stores the file.
    /// Returns the geometry id and whether it was already stored.
    core::Result<std::pair<std::string, bool>> finish(Upload& upload,
                                                      const std::string& expectedSha256);
    /// The file of a tenant's geometry id, or NotFound.
    core::Result<std::filesystem::path> path(const std::string& tenant,
                                             const std::string& geometryId) const;

private:
    std::filesystem::path tenantDir(const std::string& tenant) const;
    std::filesystem::path m_dataDir;
};

} // namespace wb::remote
