#include "cli_options.h"

#include "cli_commands.h"

#include "core/io/formats.h"
#include "core/model/units.h"

#include <cstdio>

namespace wb::app::cli {

void printError(const QString& message) {
    std::fprintf(stderr, "werkbank-cli: error: %s\n", message.toLocal8Bit().constData());
}

Options::Options(const QStringList& args, const QSet<QString>& flags, const QSet<QString>& valued) {
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (!a.startsWith(QLatin1String("-")) || a == QLatin1String("-")) {
            m_positional << a;
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        if (const int eq = a.indexOf('='); eq > 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
            hasInlineValue = true;
        }
        if (flags.contains(a) && !hasInlineValue) {
            m_flags.insert(a);
        } else if (valued.contains(a)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("option %1 needs a value").arg(a);
                    return;
                }
                value = args[++i];
            }
            m_values[a] = value;
        } else {
            m_error = QStringLiteral("unknown option %1").arg(a);
            return;
        }
    }
}

bool applyImportOptions(const Options& opts, core::io::ImportOptions& options) {
    const QString quality = opts.value("--quality", "normal");
    if (const auto q = core::io::qualityFromName(quality.toStdString()))
        options.quality = *q;
    else {
        printError(
            QStringLiteral("--quality must be coarse, normal or fine, not '%1'").arg(quality));
        return false;
    }
    if (opts.has("--unit")) {
        const auto unit = core::metresPerUnit(opts.value("--unit").toStdString());
        if (!unit) {
            printError(
                QStringLiteral("--unit: %1").arg(QString::fromStdString(unit.error().message)));
            return false;
        }
        options.metresPerUnit = *unit;
    }
    return true;
}

} // namespace wb::app::cli
