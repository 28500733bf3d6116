#include "cli_commands.h"
#include "cli_remote.h"

#include "core/model/exit_codes.h"

#include <QFile>

#include <map>

namespace wb::app::cli {

namespace {

/// English text for the message ids the service and the client use.
QString textFor(const core::Error& e) {
    static const std::map<std::string, QString> kTexts = {
        {"auth.missing_token", QStringLiteral("the service requires a token (--token-file)")},
        {"auth.bad_token", QStringLiteral("the service refused the token")},
        {"auth.insecure_transport",
         QStringLiteral("a token is never sent over plaintext TCP; use TLS (--ca-file)")},
        {"auth.tls_handshake", QStringLiteral("the secure connection failed (certificate or CA)")},
        {"auth.unauthenticated", QStringLiteral("authentication failed")},
        {"auth.permission_denied", QStringLiteral("permission denied")},
        {"remote.unavailable", QStringLiteral("the simulation service cannot be reached")},
        {"remote.deadline_exceeded", QStringLiteral("the service did not answer in time")},
        {"remote.job_not_found", QStringLiteral("no such job")},
        {"remote.job_not_finished", QStringLiteral("the job has not finished")},
        {"remote.no_result", QStringLiteral("the job has no result")},
        {"remote.too_many_voxels",
         QStringLiteral("the study has too many voxels for this service")},
        {"remote.job_too_large", QStringLiteral("the job needs more memory than the service has")},
        {"remote.invalid_field", QStringLiteral("invalid value")},
        {"remote.geometry_not_found", QStringLiteral("the geometry was not uploaded")},
        {"remote.upload_too_large",
         QStringLiteral("the geometry file is larger than the service accepts")},
        {"remote.resource_exhausted",
         QStringLiteral("the message is larger than the service accepts")},
        {"job.deadline_exceeded", QStringLiteral("the job's deadline passed")},
        {"remote.embedded_failed", QStringLiteral("the local simulation service could not start")},
    };
    QString text;
    if (auto it = kTexts.find(e.id); it != kTexts.end())
        text = it->second;
    else
        text = QString::fromStdString(e.message.empty() ? e.id : e.message);
    for (const std::string& a : e.args) {
        if (e.id == "remote.embedded_failed" || e.id == "remote.too_many_voxels") {
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(a));
            break;
        }
    }
    return e.context.empty() ? text
                             : QString::fromStdString(e.context) + QStringLiteral(": ") + text;
}

QString readToken(const std::string& path, QString* error) {
    const QString file = QString::fromStdString(path);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--token-file: cannot read %1").arg(file);
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

core::Result<std::shared_ptr<remote::Client>> connect(const RemoteArgs& args) {
    setenv("GRPC_VERBOSITY", "NONE", 0); // the CLI reports errors itself
    remote::ConnectionOptions options;
    options.endpoint = args.server;
    if (!args.tokenFile.empty()) {
        QString error;
        options.token = readToken(args.tokenFile, &error).toStdString();
        if (!error.isEmpty())
            return core::fail(core::ErrorCode::NotFound, "cli.token_file", error.toStdString(),
                              "--token-file");
    }
    options.caFile = args.caFile;
    options.certFile = args.certFile;
    options.keyFile = args.keyFile;
    if (options.certFile.empty() != options.keyFile.empty())
        return core::fail(core::ErrorCode::InvalidArgument, "cli.cert_pair",
                          "--cert and --key go together", "--cert");
    return remote::Client::create(options);
}

int reportError(const core::Error& error) {
    printError(textFor(error));
    return core::exitCodeFor(error);
}

int exitForJob(const remote::JobInfo& job) {
    switch (job.state) {
    case remote::JobState::Succeeded:
        return core::kExitOk;
    case remote::JobState::NotConverged:
        return core::kExitNotConverged;
    case remote::JobState::Cancelled:
        return core::kExitCancelled;
    case remote::JobState::Failed:
        return job.error ? reportError(*job.error) : core::kExitFailure;
    default:
        return core::kExitFailure;
    }
}

} // namespace wb::app::cli
