#include "language_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace wb::app {

LanguageManager& LanguageManager::instance() {
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::availableLanguages() {
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({"werkbank_*.qm"});
    for (const QString& f : files)
        codes << f.mid(9, f.size() - 12); // werkbank_XX.qm
    return codes;
}

QString LanguageManager::nativeName(const QString& code) {
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString LanguageManager::apply(const QString& requested) {
    QString code = requested;
    if (code.isEmpty()) {
        code = QStringLiteral("en");
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString lang = ui.left(2).toLower();
            if (availableLanguages().contains(lang)) {
                code = lang;
                break;
            }
        }
    }
    if (!availableLanguages().contains(code)) code = QStringLiteral("en");

    if (m_app) QCoreApplication::removeTranslator(m_app.get());
    if (m_qt) QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    if (code != QLatin1String("en")) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/werkbank_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    // Numbers follow the system locale unless the user picked a language.
    QLocale::setDefault(requested.isEmpty() ? QLocale::system() : QLocale(code));
    m_current = code;
    emit languageChanged(code);
    return code;
}

} // namespace wb::app
