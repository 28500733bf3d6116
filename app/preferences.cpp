#include "preferences.h"

#include <QSettings>

#include <cmath>

namespace wb::app {

namespace {
constexpr auto kUnitSystemKey = "preferences/unitSystem";
// The display unit before unit systems: 0 mm, 1 m, 2 in.
constexpr auto kOldDisplayUnitKey = "preferences/displayUnit";
constexpr sim::UnitSystem kCarriedOver[] = {sim::UnitSystem::MillimetreNewtonMegapascal,
                                            sim::UnitSystem::SI, sim::UnitSystem::InchPound};
constexpr auto kMeshUnitKey = "preferences/meshUnit";
constexpr auto kQualityKey = "preferences/tessellationQuality";
constexpr auto kTimeoutKey = "preferences/importTimeoutSeconds";
constexpr auto kMemoryKey = "preferences/importMemoryMB";
constexpr auto kLanguageKey = "preferences/language";
constexpr auto kRecentKey = "recentFiles";
} // namespace

sim::UnitSystem Preferences::unitSystem() {
    QSettings settings;
    if (settings.contains(kOldDisplayUnitKey)) {
        if (!settings.contains(kUnitSystemKey)) {
            const int old = settings.value(kOldDisplayUnitKey).toInt();
            const sim::UnitSystem carried =
                old >= 0 && old <= 2 ? kCarriedOver[old] : sim::kDefaultUnitSystem;
            settings.setValue(kUnitSystemKey, QString::fromLatin1(sim::unitSystemKey(carried)));
        }
        settings.remove(kOldDisplayUnitKey);
    }
    const QString key = settings.value(kUnitSystemKey).toString();
    return sim::unitSystemFromKey(key.toStdString()).value_or(sim::kDefaultUnitSystem);
}

void Preferences::setUnitSystem(sim::UnitSystem system) {
    const bool changed = system != unitSystem();
    QSettings().setValue(kUnitSystemKey, QString::fromLatin1(sim::unitSystemKey(system)));
    if (changed) emit PreferencesNotifier::instance().unitSystemChanged(system);
}

PreferencesNotifier& PreferencesNotifier::instance() {
    static PreferencesNotifier notifier;
    return notifier;
}

double Preferences::meshUnit() {
    const double v = QSettings().value(kMeshUnitKey, 0.0).toDouble();
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

void Preferences::setMeshUnit(double metresPerUnit) {
    QSettings().setValue(kMeshUnitKey, metresPerUnit);
}

core::io::Quality Preferences::tessellationQuality() {
    const int v = QSettings().value(kQualityKey, 1).toInt();
    return v >= 0 && v <= 2 ? static_cast<core::io::Quality>(v) : core::io::Quality::Normal;
}

void Preferences::setTessellationQuality(core::io::Quality quality) {
    QSettings().setValue(kQualityKey, static_cast<int>(quality));
}

namespace {
// A stored value if it is a positive number, else `fallback`.
int positiveSetting(const char* key, int fallback) {
    bool ok = false;
    const int v = QSettings().value(key, fallback).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}
} // namespace

int Preferences::importTimeoutSeconds() {
    return positiveSetting(kTimeoutKey, core::io::ImportLimits{}.timeoutSeconds);
}

void Preferences::setImportTimeoutSeconds(int seconds) {
    QSettings().setValue(kTimeoutKey, seconds);
}

int Preferences::importMemoryMB() {
    return positiveSetting(kMemoryKey, int(core::io::ImportLimits{}.memoryMB));
}

void Preferences::setImportMemoryMB(int megabytes) {
    QSettings().setValue(kMemoryKey, megabytes);
}

core::io::ImportLimits Preferences::importLimits() {
    core::io::ImportLimits limits;
    limits.timeoutSeconds = importTimeoutSeconds();
    limits.memoryMB = std::uint64_t(importMemoryMB());
    return limits;
}

QString Preferences::language() {
    return QSettings().value(kLanguageKey).toString();
}

void Preferences::setLanguage(const QString& code) {
    QSettings().setValue(kLanguageKey, code);
}

QStringList Preferences::recentFiles() {
    return QSettings().value(kRecentKey).toStringList();
}

void Preferences::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
}

void Preferences::clearRecentFiles() {
    QSettings().remove(kRecentKey);
}

} // namespace wb::app
