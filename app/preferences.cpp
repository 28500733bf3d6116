#include "preferences.h"

#include <QSettings>

#include <cmath>

namespace wb::app {

namespace {
constexpr auto kUnitKey = "preferences/displayUnit";
constexpr auto kMeshUnitKey = "preferences/meshUnit";
constexpr auto kQualityKey = "preferences/tessellationQuality";
constexpr auto kTimeoutKey = "preferences/importTimeoutSeconds";
constexpr auto kMemoryKey = "preferences/importMemoryMB";
constexpr auto kLanguageKey = "preferences/language";
constexpr auto kRecentKey = "recentFiles";
} // namespace

DisplayUnit Preferences::displayUnit() {
    const int v = QSettings().value(kUnitKey, 0).toInt();
    return v >= 0 && v <= 2 ? static_cast<DisplayUnit>(v) : DisplayUnit::Millimetre;
}

void Preferences::setDisplayUnit(DisplayUnit unit) {
    QSettings().setValue(kUnitKey, static_cast<int>(unit));
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

QString unitSymbol(DisplayUnit unit) {
    switch (unit) {
    case DisplayUnit::Metre:
        return QStringLiteral("m");
    case DisplayUnit::Inch:
        return QStringLiteral("in");
    case DisplayUnit::Millimetre:
        break;
    }
    return QStringLiteral("mm");
}

double unitScale(DisplayUnit unit) {
    switch (unit) {
    case DisplayUnit::Metre:
        return 1.0;
    case DisplayUnit::Inch:
        return 0.0254;
    case DisplayUnit::Millimetre:
        break;
    }
    return 1e-3;
}

QString formatLength(double metres, DisplayUnit unit, const QLocale& locale) {
    const double v = metres / unitScale(unit);
    // Four significant decimals relative to the unit, without trailing noise.
    const int decimals = std::abs(v) >= 1000 ? 1 : (std::abs(v) >= 1 ? 3 : 5);
    return locale.toString(v, 'f', decimals) + QChar(' ') + unitSymbol(unit);
}

} // namespace wb::app
