#pragma once
/// The simulation services the GUI sends jobs to: the embedded local service (always there)
/// and named remote endpoints, kept in QSettings. A token is never stored, only the path of
/// the file that holds it.

#include "core/model/result.h"
#include "remote/client/client.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wb::app {

struct ServiceConfig {
    QString name;              ///< unique; Services::kLocal for the embedded local service
    QString address;           ///< HOST:PORT or unix:PATH; empty for the local service
    QString caFile;            ///< CA of the service's certificate (PEM): TLS when set
    QString certFile, keyFile; ///< optional client certificate and key (mTLS)
    QString tokenFile;         ///< file holding the bearer token
    QString region;            ///< label shown beside the service's name

    bool isLocal() const { return address.isEmpty(); }
    bool operator==(const ServiceConfig&) const = default;
};

/// GUI thread only (QSettings).
class Services {
    Q_DECLARE_TR_FUNCTIONS(Services)
public:
    /// The local service's name in settings and in JobController::solve().
    static inline const QString kLocal = QStringLiteral("local");

    /// The local service first, then the remote ones in their configured order.
    static QList<ServiceConfig> all();
    static QList<ServiceConfig> remotes();
    static void setRemotes(const QList<ServiceConfig>& services);
    /// The service called `name` ("" = the local one), if configured.
    static std::optional<ServiceConfig> find(const QString& name);
    /// The name shown to the user ("This computer" for the local service).
    static QString displayName(const ServiceConfig& service);
    /// Name and region, e.g. "eu-gpu (Frankfurt)".
    static QString displayNameWithRegion(const ServiceConfig& service);

    /// Why the remote entries cannot be saved (empty name, missing address, duplicate or
    /// reserved name, a TLS setting without a CA file), translated; empty when they can.
    static QString validate(const QList<ServiceConfig>& services);
    /// The connection options of `service`, with the token read from its file. The local
    /// service gets `local` (executable, data directory) and fails interrupted jobs.
    static core::Result<remote::ConnectionOptions>
    connectionOptions(const ServiceConfig& service, const remote::ConnectionOptions& local = {});
    /// A translated warning when `tokenFile` can be read by its group or others, else empty.
    static QString tokenFileWarning(const QString& tokenFile);
};

} // namespace wb::app
