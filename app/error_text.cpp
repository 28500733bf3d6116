#include "error_text.h"

#include <QDir>

namespace wb::app {

namespace {
QString arg(const core::Error& error, std::size_t i) {
    return i < error.args.size() ? QString::fromStdString(error.args[i]) : QString();
}
} // namespace

QString ErrorText::message(const core::Error& error) {
    // Import errors: args[0] is the file path, further args as in core/io/import_errors.h.
    const QString file = QDir::toNativeSeparators(arg(error, 0));
    const std::string& id = error.id;
    if (id == "io.file_not_found") return tr("The file %1 does not exist.").arg(file);
    if (id == "io.is_directory") return tr("%1 is a folder, not a file.").arg(file);
    if (id == "io.unreadable")
        return tr("The file %1 cannot be read (check its permissions).").arg(file);
    if (id == "io.empty_file") return tr("The file %1 is empty.").arg(file);
    if (id == "io.file_too_large")
        return tr("The file %1 is too large to open (%2 bytes).").arg(file, arg(error, 1));
    if (id == "io.truncated_file")
        return tr("The %2 file %1 is truncated: it ends before the data is complete.")
            .arg(file, arg(error, 1));
    if (id == "io.corrupt_file")
        return tr("The file %1 has the extension of %2 but its content is not %2 data.")
            .arg(file, arg(error, 1));
    if (id == "io.unsupported_format") return tr("The format of %1 is not supported.").arg(file);
    if (id == "io.non_finite_coordinates")
        return tr("The file %1 contains invalid coordinates (NaN or infinite) in part %2.")
            .arg(file, arg(error, 1));
    if (id == "io.no_geometry")
        return tr("The file %1 contains no geometry that can be shown.").arg(file);
    if (id == "io.cancelled") return tr("Opening %1 was cancelled.").arg(file);
    if (id == "io.read_failed")
        return tr("The %2 file %1 could not be read: %3").arg(file, arg(error, 1), arg(error, 2));
    if (id == "io.internal_error")
        return tr("An internal error occurred while reading %1: %2").arg(file, arg(error, 1));
    if (id == "io.importer_crashed")
        return tr("The importer stopped unexpectedly while reading %1 (%2). The file may be "
                  "damaged or too complex; what was open is unchanged.")
            .arg(file, arg(error, 1));
    if (id == "io.bad_import_reply")
        return tr("The importer's answer for %1 was damaged (%2).").arg(file, arg(error, 1));
    if (id == "io.limit.time")
        return tr("Opening %1 was stopped after the import's time limit of %2 s. What was open "
                  "is unchanged; the limit is set in the preferences.")
            .arg(file, arg(error, 1));
    if (id == "io.limit.memory")
        return tr("Opening %1 was stopped at the import's memory limit of %2 MB. What was open "
                  "is unchanged; the limit is set in the preferences.")
            .arg(file, arg(error, 1));
    if (id == "io.limit.file_size")
        return tr("Opening %1 was stopped: the importer wrote a file larger than its limit of "
                  "%2 MB. What was open is unchanged.")
            .arg(file, arg(error, 1));
    if (QString text = remoteMessage(error); !text.isEmpty()) return text;
    // Unknown ids: the English message is better than nothing.
    return QString::fromStdString(error.toString());
}

QString ErrorText::stageName(const QString& stage) {
    if (stage == QLatin1String("reading")) return tr("Reading");
    if (stage == QLatin1String("transferring")) return tr("Transferring");
    if (stage == QLatin1String("meshing")) return tr("Meshing");
    return stage;
}

} // namespace wb::app
