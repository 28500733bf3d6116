#include "cli_commands.h"
#include "cli_remote.h"

#include "core/sim/cli.h"

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

QString readToken(const QString& file, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--token-file: cannot read %1").arg(file);
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

QSet<QString> connectionOptions(QSet<QString> more) {
    return more.unite({"--server", "--token-file", "--ca-file", "--cert", "--key"});
}

core::Result<std::shared_ptr<remote::Client>> connect(const Options& opts) {
    setenv("GRPC_VERBOSITY", "NONE", 0); // the CLI reports errors itself
    remote::ConnectionOptions options;
    options.endpoint = opts.value("--server").toStdString();
    if (opts.has("--token-file")) {
        QString error;
        options.token = readToken(opts.value("--token-file"), &error).toStdString();
        if (!error.isEmpty())
            return core::fail(core::ErrorCode::NotFound, "cli.token_file", error.toStdString(),
                              "--token-file");
    }
    options.caFile = opts.value("--ca-file").toStdString();
    options.certFile = opts.value("--cert").toStdString();
    options.keyFile = opts.value("--key").toStdString();
    if (options.certFile.empty() != options.keyFile.empty())
        return core::fail(core::ErrorCode::InvalidArgument, "cli.cert_pair",
                          "--cert and --key go together", "--cert");
    return remote::Client::create(options);
}

int reportError(const core::Error& error) {
    printError(textFor(error));
    switch (remote::failureOf(error)) {
    case remote::Failure::Auth:
        return kRemoteAuth;
    case remote::Failure::Unreachable:
        return kRemoteUnreachable;
    case remote::Failure::Invalid:
        return sim::kExitInvalidStudy;
    case remote::Failure::Cancelled:
    case remote::Failure::Deadline:
        return sim::kExitCancelled;
    default:
        return sim::kExitFailure;
    }
}

int exitForJob(const remote::JobInfo& job) {
    switch (job.state) {
    case remote::JobState::Succeeded:
        return sim::kExitConverged;
    case remote::JobState::NotConverged:
        return sim::kExitNotConverged;
    case remote::JobState::Cancelled:
        return sim::kExitCancelled;
    case remote::JobState::Failed:
        return job.error ? reportError(*job.error) : sim::kExitFailure;
    default:
        return sim::kExitFailure;
    }
}

} // namespace wb::app::cli
