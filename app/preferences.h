#pragma once
/// Persistent user preferences (QSettings) and the formatting that depends on them.

#include "core/io/importer.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace wb::app {

enum class DisplayUnit { Millimetre, Metre, Inch };

/// Thin typed layer over QSettings. GUI thread only.
class Preferences {
public:
    static DisplayUnit displayUnit();
    static void setDisplayUnit(DisplayUnit unit);
    /// Length unit of unitless mesh files (STL, OBJ, ...) as metres per unit; 0 = automatic
    /// (millimetres, or what the format defines, like metres for glTF).
    static double meshUnit();
    static void setMeshUnit(double metresPerUnit);
    static core::io::Quality tessellationQuality();
    static void setTessellationQuality(core::io::Quality quality);
    /// Limits of the import helper: seconds an import may take and MiB of memory it may use
    /// (defaults as core::io::ImportLimits).
    static int importTimeoutSeconds();
    static void setImportTimeoutSeconds(int seconds);
    static int importMemoryMB();
    static void setImportMemoryMB(int megabytes);
    /// ImportLimits with the two limits above.
    static core::io::ImportLimits importLimits();
    /// Language code ("de", "en") or empty to follow the system locale.
    static QString language();
    static void setLanguage(const QString& code);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void clearRecentFiles();
    static constexpr int kMaxRecentFiles = 10;
};

/// Symbol of a display unit ("mm", "m", "in").
QString unitSymbol(DisplayUnit unit);
/// Metres per display unit.
double unitScale(DisplayUnit unit);
/// A length in metres shown in `unit` with the locale's decimal separator, e.g. "12,5 mm".
QString formatLength(double metres, DisplayUnit unit, const QLocale& locale = QLocale());

} // namespace wb::app
