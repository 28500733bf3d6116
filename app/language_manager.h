#pragma once
/// Loads and switches the UI language at run time.

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace wb::app {

/// Installs the application's and Qt's own translators. Switching sends QEvent::LanguageChange
/// to every widget, which retranslates itself. GUI thread only.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    static LanguageManager& instance();

    /// Language codes with a translation, "en" first (the source language).
    static QStringList availableLanguages();
    /// Native name of a language code, e.g. "Deutsch".
    static QString nativeName(const QString& code);

    /// Applies `code` ("de", "en"), or the system language when empty. Returns the code used.
    QString apply(const QString& code);
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString& code);

private:
    LanguageManager() = default;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace wb::app
