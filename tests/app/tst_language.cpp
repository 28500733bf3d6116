// Switching the language at run time retranslates the open window and the error messages.
#include "app/error_text.h"
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
        QCOMPARE(menuTitles(w), (QStringList{"&File", "&Edit", "&View", "&Simulation", "&Help"}));
        QCOMPARE(w.windowTitle(), QStringLiteral("Werkbank"));
        QCOMPARE(w.findChild<QDockWidget*>("PropertiesDock")->windowTitle(),
                 QStringLiteral("Properties"));
        QCOMPARE(lm.apply("de"), QStringLiteral("de"));
        // LanguageChange reaches the widgets as posted events.
        QTRY_COMPARE(menuTitles(w), (QStringList{"&Datei", "&Bearbeiten", "&Ansicht", "&Simulation", "&Hilfe"}));
        QCOMPARE(w.findChild<QDockWidget*>("PropertiesDock")->windowTitle(),
                 QStringLiteral("Eigenschaften"));
        // Numbers follow the chosen language.
        QCOMPARE(QLocale().toString(2.5), QStringLiteral("2,5"));
        lm.apply("en");
        QTRY_COMPARE(menuTitles(w), (QStringList{"&File", "&Edit", "&View", "&Simulation", "&Help"}));
    }

    // The import limits' errors in both languages, with the file and the limit.
    void limitErrorsAreTranslated() {
        auto& lm = wb::app::LanguageManager::instance();
        const wb::core::Error time{wb::core::ErrorCode::ResourceExhausted,
                                   "io.limit.time",
                                   {"/data/big.step", "120"},
                                   "the importer stopped after its 120 s limit",
                                   "/data/big.step"};
        wb::core::Error memory = time;
        memory.id = "io.limit.memory";
        memory.args = {"/data/big.step", "4096"};
        lm.apply("en");
        QCOMPARE(wb::app::ErrorText::message(time),
                 QStringLiteral("Opening /data/big.step was stopped after the import's time limit "
                                "of 120 s. What was open is unchanged; the limit is set in the "
                                "preferences."));
        QVERIFY(wb::app::ErrorText::message(memory).contains("memory limit of 4096 MB"));
        lm.apply("de");
        QVERIFY2(wb::app::ErrorText::message(time).startsWith(
                     QStringLiteral("Das Öffnen von /data/big.step wurde nach dem Zeitlimit")),
                 qPrintable(wb::app::ErrorText::message(time)));
        QVERIFY(
            wb::app::ErrorText::message(memory).contains("Speicherlimit des Imports von 4096 MB"));
        lm.apply("en");
    }

    void unknownLanguageFallsBackToEnglish() {
        QCOMPARE(wb::app::LanguageManager::instance().apply("xx"), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
