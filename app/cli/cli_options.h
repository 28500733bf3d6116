#pragma once
/// A small command-line option parser shared by the werkbank-cli sub-commands.

#include "core/io/importer.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace wb::app::cli {

/// Splits `args` into flags (no value), valued options ("--size 800x600" or "--size=800x600")
/// and positional arguments. Unknown options are an error.
class Options {
public:
    Options(const QStringList& args, const QSet<QString>& flags, const QSet<QString>& valued);
    const QString& error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const {
        return m_values.value(name, fallback);
    }

private:
    QString m_error;
    QStringList m_positional;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
};

/// Applies --quality and --unit to `options`; prints the error and returns false if invalid.
bool applyImportOptions(const Options& opts, core::io::ImportOptions& options);

} // namespace wb::app::cli
