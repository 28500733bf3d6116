#pragma once
/// Persistent user preferences (QSettings) and the formatting that depends on them.

#include "core/io/importer.h"
#include "core/sim/unit_system.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace wb::app {

/// Thin typed layer over QSettings. GUI thread only.
class Preferences {
public:
    /// The unit system values are shown in and unitless numbers are read in (default
    /// mm-N-MPa-°C). The first read carries over the earlier display-unit setting (mm, m, in)
    /// and removes it.
    static sim::UnitSystem unitSystem();
    /// Stores `system`; PreferencesNotifier tells open widgets when it changed.
    static void setUnitSystem(sim::UnitSystem system);
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

/// Tells open widgets that a preference they show has changed. GUI thread only.
class PreferencesNotifier : public QObject {
    Q_OBJECT
public:
    static PreferencesNotifier& instance();
signals:
    void unitSystemChanged(wb::sim::UnitSystem system);
};

} // namespace wb::app
