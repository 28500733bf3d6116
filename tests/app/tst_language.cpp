// Switching the language at run time retranslates the open window.
#include "app/language_manager.h"
#include "app/main_window.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QTest>

class TestLanguage : public QObject {
    Q_OBJECT
    static QStringList menuTitles(QMainWindow& w) {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_language");
    }

    void germanIsAvailable() {
        QVERIFY(wb::app::LanguageManager::availableLanguages().contains("de"));
        QCOMPARE(wb::app::LanguageManager::nativeName("de"), QStringLiteral("Deutsch"));
    }

    void switchRetranslatesOpenWindow() {
        auto& lm = wb::app::LanguageManager::instance();
        lm.apply("en");
        wb::app::MainWindow w;
        w.show();
        QCOMPARE(menuTitles(w), (QStringList{"&File", "&Edit", "&View", "&Help"}));
        QCOMPARE(w.windowTitle(), QStringLiteral("Werkbank"));
        QCOMPARE(w.findChild<QDockWidget*>("PropertiesDock")->windowTitle(),
                 QStringLiteral("Properties"));
        QCOMPARE(lm.apply("de"), QStringLiteral("de"));
        // LanguageChange reaches the widgets as posted events.
        QTRY_COMPARE(menuTitles(w), (QStringList{"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"}));
        QCOMPARE(w.findChild<QDockWidget*>("PropertiesDock")->windowTitle(),
                 QStringLiteral("Eigenschaften"));
        // Numbers follow the chosen language.
        QCOMPARE(QLocale().toString(2.5), QStringLiteral("2,5"));
        lm.apply("en");
        QTRY_COMPARE(menuTitles(w), (QStringList{"&File", "&Edit", "&View", "&Help"}));
    }

    void unknownLanguageFallsBackToEnglish() {
        QCOMPARE(wb::app::LanguageManager::instance().apply("xx"), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
