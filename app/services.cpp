#include "services.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <sys/stat.h>

namespace wb::app {

namespace {
constexpr auto kGroup = "services/remote";
constexpr auto kTokenLimit = 64 * 1024;
} // namespace

QList<ServiceConfig> Services::remotes() {
    QSettings settings;
    QList<ServiceConfig> list;
    const int n = settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ServiceConfig s;
        s.name = settings.value("name").toString();
        s.address = settings.value("address").toString();
        s.caFile = settings.value("caFile").toString();
        s.certFile = settings.value("certFile").toString();
        s.keyFile = settings.value("keyFile").toString();
        s.tokenFile = settings.value("tokenFile").toString();
        s.region = settings.value("region").toString();
        if (!s.name.isEmpty() && !s.address.isEmpty()) list.append(s);
    }
    settings.endArray();
    return list;
}

void Services::setRemotes(const QList<ServiceConfig>& services) {
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(services.size()));
    for (int i = 0; i < services.size(); ++i) {
        const ServiceConfig& s = services[i];
        settings.setArrayIndex(i);
        settings.setValue("name", s.name);
        settings.setValue("address", s.address);
        settings.setValue("caFile", s.caFile);
        settings.setValue("certFile", s.certFile);
        settings.setValue("keyFile", s.keyFile);
        settings.setValue("tokenFile", s.tokenFile);
        settings.setValue("region", s.region);
    }
    settings.endArray();
}

QList<ServiceConfig> Services::all() {
    ServiceConfig local;
    local.name = kLocal;
    return QList<ServiceConfig>{local} + remotes();
}

std::optional<ServiceConfig> Services::find(const QString& name) {
    for (const ServiceConfig& s : all())
        if (s.name == (name.isEmpty() ? kLocal : name)) return s;
    return std::nullopt;
}

QString Services::displayName(const ServiceConfig& service) {
    return service.isLocal() ? tr("This computer") : service.name;
}

QString Services::displayNameWithRegion(const ServiceConfig& service) {
    return service.region.isEmpty() ? displayName(service)
                                    : tr("%1 (%2)").arg(displayName(service), service.region);
}

QString Services::validate(const QList<ServiceConfig>& services) {
    QStringList names;
    for (const ServiceConfig& s : services) {
        if (s.name.trimmed().isEmpty()) return tr("Every service needs a name.");
        if (s.name == kLocal) return tr("The name \"%1\" is reserved.").arg(s.name);
        if (names.contains(s.name)) return tr("Two services are called \"%1\".").arg(s.name);
        if (s.address.trimmed().isEmpty())
            return tr("The service \"%1\" needs an address (host:port).").arg(s.name);
        if (s.caFile.isEmpty() && (!s.certFile.isEmpty() || !s.keyFile.isEmpty()))
            return tr("The service \"%1\" has a client certificate but no CA file.").arg(s.name);
        if (s.certFile.isEmpty() != s.keyFile.isEmpty())
            return tr("The service \"%1\" needs both a client certificate and its key.")
                .arg(s.name);
        names << s.name;
    }
    return {};
}

core::Result<remote::ConnectionOptions>
Services::connectionOptions(const ServiceConfig& service, const remote::ConnectionOptions& local) {
    if (service.isLocal()) {
        remote::ConnectionOptions options = local;
        options.endpoint.clear();
        options.rerunInterrupted = false; // the Jobs dock offers "Run again" instead
        return options;
    }
    remote::ConnectionOptions options;
    options.endpoint = service.address.trimmed().toStdString();
    options.caFile = service.caFile.toStdString();
    options.certFile = service.certFile.toStdString();
    options.keyFile = service.keyFile.toStdString();
    if (!service.tokenFile.isEmpty()) {
        QFile file(service.tokenFile);
        const std::string path = QDir::toNativeSeparators(service.tokenFile).toStdString();
        if (!file.open(QIODevice::ReadOnly))
            return core::fail(core::ErrorCode::NotFound, "services.token_unreadable",
                              "cannot read the token file", path, {path});
        const QByteArray token = file.read(kTokenLimit).trimmed();
        if (token.isEmpty())
            return core::fail(core::ErrorCode::InvalidArgument, "services.token_empty",
                              "the token file is empty", path, {path});
        options.token = token.toStdString();
    }
    return options;
}

QString Services::tokenFileWarning(const QString& tokenFile) {
    struct stat st {};
    if (tokenFile.isEmpty() || ::stat(QFile::encodeName(tokenFile).constData(), &st) != 0)
        return {};
    if ((st.st_mode & 077) == 0) return {};
    return tr("The token file can be read by other users (mode %1). Restrict it with "
              "\"chmod 600 %2\".")
        .arg(QString::number(st.st_mode & 0777, 8), tokenFile);
}

} // namespace wb::app
