// Translated texts of the simulation service, its connection, the solver and job logs.
#include "error_text.h"

#include <QDir>
#include <QLocale>

namespace wb::app {

namespace {

QString arg(const core::Error& error, std::size_t i) {
    return i < error.args.size() ? QString::fromStdString(error.args[i]) : QString();
}

QString bytes(const QString& count) {
    bool ok = false;
    const qint64 n = count.toLongLong(&ok);
    return ok ? QLocale().formattedDataSize(n) : count;
}

} // namespace

QString ErrorText::remoteMessage(const core::Error& error) {
    const std::string& id = error.id;
    const QString a0 = arg(error, 0);
    // Authentication and connection: say what to check and where.
    if (id == "auth.bad_token")
        return tr("The service refused the token. Check the token file in Preferences › "
                  "Services.");
    if (id == "auth.missing_token")
        return tr("The service requires a token. Set its token file in Preferences › Services.");
    if (id == "auth.unauthenticated")
        return tr("The service refused the credentials. Check the token file and certificates "
                  "in Preferences › Services.");
    if (id == "auth.permission_denied")
        return tr("The service refused access. Check the token file and certificates in "
                  "Preferences › Services.");
    if (id == "auth.tls_handshake")
        return tr("The secure connection failed: the service refused the client certificate, "
                  "or its certificate does not match the CA file. Check the certificates in "
                  "Preferences › Services.");
    if (id == "auth.insecure_transport")
        return tr("A token is only sent over an encrypted connection: set the service's CA file "
                  "in Preferences › Services.");
    if (id == "services.token_unreadable")
        return tr("The token file %1 cannot be read. Check it in Preferences › Services.")
            .arg(QDir::toNativeSeparators(a0));
    if (id == "services.token_empty")
        return tr("The token file %1 is empty. Check it in Preferences › Services.")
            .arg(QDir::toNativeSeparators(a0));
    if (id == "services.unknown")
        return tr("There is no simulation service called \"%1\". Check Preferences › Services.")
            .arg(a0);
    if (id == "remote.unavailable")
        return tr("The simulation service cannot be reached. Check its address in Preferences › "
                  "Services and the network connection.");
    if (id == "remote.deadline_exceeded")
        return tr("The simulation service did not answer in time.");
    if (id == "remote.bad_stream")
        return tr("The simulation service sent a damaged %1 while the job ran; the live view "
                  "waits for the final result.")
            .arg(a0 == QLatin1String("mask") ? tr("voxel model") : tr("field"));
    if (id == "remote.embedded_failed")
        return tr("The local simulation service could not be started (%1).").arg(a0);
    if (id == "remote.file_missing")
        return tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(a0));
    if (id == "remote.resource_exhausted")
        return tr("The simulation service has no room for the job right now.");
    // Submission and results.
    if (id == "remote.too_many_voxels")
        return tr("This voxel size gives %1 voxels; the service accepts at most %2. Use a "
                  "larger voxel size.")
            .arg(arg(error, 1), arg(error, 2));
    if (id == "remote.job_too_large")
        return tr("The job needs about %1 of memory; the service has %2. Use a larger voxel "
                  "size.")
            .arg(bytes(a0), bytes(arg(error, 1)));
    if (id == "remote.upload_too_large")
        return tr("The geometry is larger than the service accepts (%1).").arg(bytes(a0));
    if (id == "remote.empty_geometry") return tr("The geometry is empty.");
    if (id == "remote.geometry_not_found")
        return tr("The service no longer has the geometry. Solve again to upload it.");
    if (id == "remote.checksum_mismatch")
        return tr("The geometry was damaged on its way to the service. Solve again.");
    if (id == "remote.invalid_field" || id == "remote.missing_field")
        return tr("The service refused the request (field %1).").arg(a0);
    if (id == "remote.job_not_found") return tr("The service does not know this job any more.");
    if (id == "remote.job_not_finished") return tr("The job has not finished yet.");
    if (id == "remote.no_result") return tr("The job has no result.");
    if (id == "remote.bad_result" || id == "remote.io")
        return tr("The result could not be stored in %1.")
            .arg(QDir::toNativeSeparators(QString::fromStdString(error.context)));
    if (id == "remote.watch_cancelled") return tr("Following the job was stopped.");
    // Jobs.
    if (id == "job.interrupted")
        return tr("The job was interrupted: its service stopped before it finished.");
    if (id == "jobs.local_service_stopped")
        return tr("The local simulation service stopped unexpectedly; the job did not finish.");
    if (id == "jobs.unknown_to_service")
        return tr("The service no longer knows this job; it did not finish.");
    if (id == "job.deadline_exceeded") return tr("The job ran past its deadline.");
    if (id == "job.cancelled") return tr("The job was cancelled.");
    // The solver.
    if (id == "sim.rigid_body")
        return tr("The model can move freely: add supports that hold every part.");
    if (id == "sim.empty_voxelization")
        return tr("No voxel lies inside the geometry: the voxel size is too coarse or the "
                  "surface is not closed.");
    if (id == "sim.too_many_voxels")
        return tr("The voxel size gives too many voxels for this machine: use a larger voxel "
                  "size.");
    if (id == "sim.out_of_memory")
        return tr("Not enough memory for this model: use a larger voxel size.");
    if (id == "sim.no_cuda_device")
        return tr("The CUDA backend was requested but cannot run here (%1).").arg(a0);
    if (id == "sim.cuda_out_of_memory")
        return tr("The GPU cannot hold the model: use a larger voxel size or the CPU.");
    if (id == "sim.part_without_material") return tr("No material is assigned to %1.").arg(a0);
    if (id == "sim.unknown_material") return tr("The material %1 is unknown.").arg(a0);
    if (id == "sim.empty_selection")
        return tr("The selection of %1 contains no surface of the model.").arg(a0);
    return {};
}

QString ErrorText::logMessage(const QString& id, const QStringList& args) {
    const QString a0 = args.value(0), a1 = args.value(1);
    if (id == QLatin1String("job.started"))
        return a0 == QLatin1String("cuda") ? tr("Running on the GPU %1.").arg(a1)
                                           : tr("Running on the CPU (%1).").arg(a1);
    if (id == QLatin1String("job.restarted"))
        return tr("The job runs again after the service restarted.");
    if (id == QLatin1String("jobs.uploading"))
        return tr("Uploading %1 to %2…").arg(QDir::toNativeSeparators(a0), a1);
    if (id == QLatin1String("jobs.submitted")) return tr("Submitted as job %1.").arg(a0);
    if (id == QLatin1String("jobs.queued")) return tr("Queued.");
    if (id == QLatin1String("jobs.running")) return tr("Running.");
    if (id == QLatin1String("jobs.succeeded"))
        return tr("Converged after %n iteration(s).", nullptr, a0.toInt());
    if (id == QLatin1String("jobs.not_converged"))
        return tr("Did not converge within %n iteration(s).", nullptr, a0.toInt());
    if (id == QLatin1String("jobs.cancelled")) return tr("Cancelled.");
    if (id == QLatin1String("jobs.failed")) return tr("Failed.");
    if (id == QLatin1String("jobs.reconnecting"))
        return tr("The connection to the service was lost; reconnecting…");
    if (id == QLatin1String("jobs.reconnected")) return tr("Reconnected.");
    if (id == QLatin1String("jobs.result"))
        return tr("Result downloaded to %1.").arg(QDir::toNativeSeparators(a0));
    if (id == QLatin1String("jobs.stage")) return solveStageName(a0) + QStringLiteral("…");
    return args.isEmpty() ? id : id + QStringLiteral(": ") + args.join(QStringLiteral(", "));
}

QString ErrorText::solveStageName(const QString& stage) {
    if (stage == QLatin1String("import")) return tr("Importing");
    if (stage == QLatin1String("voxelize")) return tr("Voxelizing");
    if (stage == QLatin1String("setup")) return tr("Setting up");
    if (stage == QLatin1String("solve")) return tr("Solving");
    if (stage == QLatin1String("postprocess")) return tr("Post-processing");
    return stage;
}

} // namespace wb::app
