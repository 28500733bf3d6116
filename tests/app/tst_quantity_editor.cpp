// The quantity editor, typed into like a user does, in German, French, Polish and English:
// values with and without units become SI, text that another locale reads differently is
// refused with a hint and leaves the value alone, shown text has no group separators, the unit
// system follows the preferences, and the old display-unit setting is carried over.
#include "app/preferences.h"
#include "app/preferences_dialog.h"
#include "app/quantity_editor.h"
#include "app/quantity_format.h"
#include "app/vector_quantity_editor.h"

#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using wb::app::QuantityEditor;
using wb::sim::Quantity;
using wb::sim::UnitSystem;

Q_DECLARE_METATYPE(Quantity)
Q_DECLARE_METATYPE(UnitSystem)

namespace {

constexpr auto kMm = UnitSystem::MillimetreNewtonMegapascal;

// Types `text` key by key (characters beyond Latin-1, like U+202F and U+2212, as key events
// that carry the character) and presses Return.
void typeAndEnter(QuantityEditor& editor, const QString& text) {
    editor.setFocus();
    editor.selectAll();
    QTest::keyClick(&editor, Qt::Key_Backspace);
    for (QChar c : text) {
        if (c.unicode() < 256)
            QTest::keyClicks(&editor, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QCOMPARE(editor.text(), text);
    QTest::keyClick(&editor, Qt::Key_Return);
}

bool near(double a, double b) {
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class TestQuantityEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_quantity_editor");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void accepted_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<Quantity>("quantity");
        QTest::addColumn<UnitSystem>("system");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("si");
        const auto SI = UnitSystem::SI;
        const auto IN = UnitSystem::InchPound;
        QTest::newRow("de mm") << "de_DE" << Quantity::Length << kMm << "2,5 mm" << 0.0025;
        QTest::newRow("de unitless mm") << "de_DE" << Quantity::Length << kMm << "2,5" << 0.0025;
        QTest::newRow("de integer") << "de_DE" << Quantity::Length << kMm << "2500" << 2.5;
        QTest::newRow("de kN") << "de_DE" << Quantity::Force << kMm << "5 kN" << 5000.0;
        QTest::newRow("de GPa") << "de_DE" << Quantity::Pressure << kMm << "210 GPa" << 2.1e11;
        QTest::newRow("de N/mm²") << "de_DE" << Quantity::Pressure << kMm << "210000 N/mm²"
                                  << 2.1e11;
        QTest::newRow("de °C") << "de_DE" << Quantity::Temperature << kMm << "20 °C" << 293.15;
        QTest::newRow("de degC") << "de_DE" << Quantity::Temperature << kMm << "20 degC" << 293.15;
        QTest::newRow("de C") << "de_DE" << Quantity::Temperature << kMm << "20 C" << 293.15;
        QTest::newRow("de unitless °C")
            << "de_DE" << Quantity::Temperature << kMm << "20" << 293.15;
        QTest::newRow("de bar") << "de_DE" << Quantity::Pressure << kMm << "1,5 bar" << 1.5e5;
        QTest::newRow("de exponent") << "de_DE" << Quantity::Pressure << SI << "2,1e11" << 2.1e11;
        QTest::newRow("de exponent unit")
            << "de_DE" << Quantity::Pressure << kMm << "2,1E+11 Pa" << 2.1e11;
        QTest::newRow("de minus sign")
            << "de_DE" << Quantity::Force << kMm << QString("\u22125 kN") << -5000.0;
        QTest::newRow("de leading comma") << "de_DE" << Quantity::Length << SI << ",5" << 0.5;
        QTest::newRow("de ΔT °F") << "de_DE" << Quantity::TemperatureDifference << kMm << "10 °F"
                                  << 50.0 / 9.0;
        QTest::newRow("de 1/K") << "de_DE" << Quantity::ThermalExpansion << kMm << "12e-6 1/K"
                                << 1.2e-5;
        QTest::newRow("de µm/(m·K)")
            << "de_DE" << Quantity::ThermalExpansion << kMm << "12 µm/(m·K)" << 1.2e-5;
        QTest::newRow("fr mm") << "fr_FR" << Quantity::Length << kMm << "2,5" << 0.0025;
        QTest::newRow("fr narrow space before unit")
            << "fr_FR" << Quantity::Length << kMm << QString("2,5\u202fmm") << 0.0025;
        QTest::newRow("fr bar") << "fr_FR" << Quantity::Pressure << kMm << "1,5 bar" << 1.5e5;
        QTest::newRow("pl density")
            << "pl_PL" << Quantity::Density << kMm << "7,85 g/cm³" << 7850.0;
        QTest::newRow("pl negative") << "pl_PL" << Quantity::Length << kMm << "-3,5" << -0.0035;
        QTest::newRow("en in") << "en_US" << Quantity::Length << kMm << "2.5 in" << 0.0635;
        QTest::newRow("en unitless in") << "en_US" << Quantity::Length << IN << "2.5" << 0.0635;
        QTest::newRow("en exponent") << "en_US" << Quantity::Pressure << SI << "2.1e11" << 2.1e11;
        QTest::newRow("en °F") << "en_US" << Quantity::Temperature << IN << "68" << 293.15;
        QTest::newRow("en ΔT °F") << "en_US" << Quantity::TemperatureDifference << IN << "10"
                                  << 10 * 5.0 / 9.0;
        QTest::newRow("en psi") << "en_US" << Quantity::Pressure << IN << "1" << 6894.757293168361;
        QTest::newRow("en HTC") << "en_US" << Quantity::HeatTransferCoefficient << IN << "1"
                                << 5.678263341113487;
        QTest::newRow("en_GB kN") << "en_GB" << Quantity::Force << kMm << "5 kN" << 5000.0;
        QTest::newRow("en_GB kelvin") << "en_GB" << Quantity::Temperature << SI << "300" << 300.0;
    }

    void accepted() {
        QFETCH(QString, locale);
        QFETCH(Quantity, quantity);
        QFETCH(UnitSystem, system);
        QFETCH(QString, text);
        QFETCH(double, si);
        QuantityEditor editor(quantity);
        editor.setLocale(QLocale(locale));
        editor.setUnitSystem(system);
        editor.show();
        QSignalSpy edited(&editor, &QuantityEditor::valueEdited);
        QSignalSpy refused(&editor, &QuantityEditor::inputRefused);
        typeAndEnter(editor, text);
        QVERIFY2(refused.isEmpty(), qPrintable(editor.errorText()));
        QVERIFY(editor.value().has_value());
        QVERIFY2(near(*editor.value(), si), qPrintable(QString::number(*editor.value(), 'g', 17)));
        QCOMPARE(edited.size(), 1);
        QVERIFY(near(edited[0][0].toDouble(), si));
        // Shown again in the system's unit, which reads back to the same value.
        QVERIFY(editor.text().endsWith(wb::app::unitSymbol(quantity, system)));
        QVERIFY(editor.hasAcceptableInput());
        QVERIFY(!editor.property("invalid").toBool());
        // Entering the same text again is no new value.
        typeAndEnter(editor, text);
        QCOMPARE(edited.size(), 1);
    }

    void refused_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<Quantity>("quantity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("hint"); // parts the message must contain
        const auto L = Quantity::Length;
        QTest::newRow("de point") << "de_DE" << L << "2.5" << QStringList{"comma", "2,5"};
        QTest::newRow("de grouped")
            << "de_DE" << L << "2.500" << QStringList{"ambiguous", "2500", "2,5"};
        QTest::newRow("de zero point") << "de_DE" << L << "0.500" << QStringList{"comma", "0,500"};
        QTest::newRow("de grouped twice") << "de_DE" << L << "1.234.567" << QStringList{"1234567"};
        QTest::newRow("de both") << "de_DE" << L << "1.234,5" << QStringList{"group", "1234,5"};
        QTest::newRow("de english") << "de_DE" << L << "1,234.5" << QStringList{"1234,5"};
        QTest::newRow("fr point") << "fr_FR" << L << "2.5" << QStringList{"comma", "2,5"};
        QTest::newRow("fr group space")
            << "fr_FR" << L << QString("1\u202f000") << QStringList{"group", "1000"};
        QTest::newRow("pl point") << "pl_PL" << L << "7.85" << QStringList{"7,85"};
        QTest::newRow("pl group space")
            << "pl_PL" << L << QString("1\u00a0000,5") << QStringList{"1000,5"};
        QTest::newRow("en comma") << "en_US" << L << "2,5" << QStringList{"point", "2.5"};
        QTest::newRow("en grouped")
            << "en_US" << L << "2,500" << QStringList{"ambiguous", "2500", "2.5"};
        QTest::newRow("en_GB grouped") << "en_GB" << L << "12,345.6" << QStringList{"12345.6"};
        QTest::newRow("en two points") << "en_US" << L << "1.5.3" << QStringList{"not a number"};
        QTest::newRow("garbage") << "de_DE" << L << "abc" << QStringList{"abc", "not a number"};
        QTest::newRow("nan") << "de_DE" << L << "nan" << QStringList{"finite"};
        QTest::newRow("inf") << "en_US" << L << "-inf" << QStringList{"finite"};
        QTest::newRow("too large") << "en_US" << L << "1e999" << QStringList{"out of range"};
        QTest::newRow("empty") << "de_DE" << L << "" << QStringList{"empty", "mm"};
        QTest::newRow("force as pressure") << "de_DE" << Quantity::Pressure << "5 kN"
                                           << QStringList{"kN", "force", "pressure", "MPa"};
        QTest::newRow("unknown unit") << "de_DE" << L << "5 xyz" << QStringList{"xyz", "length"};
        QTest::newRow("wrong case")
            << "de_DE" << Quantity::Pressure << "5 mpa" << QStringList{"MPa"};
        QTest::newRow("below absolute zero")
            << "de_DE" << Quantity::Temperature << "-300 °C" << QStringList{"absolute zero"};
        QTest::newRow("unit on a number")
            << "en_US" << Quantity::Dimensionless << "0.3 mm" << QStringList{"no unit", "mm"};
    }

    void refused() {
        QFETCH(QString, locale);
        QFETCH(Quantity, quantity);
        QFETCH(QString, text);
        QFETCH(QStringList, hint);
        QuantityEditor editor(quantity);
        editor.setLocale(QLocale(locale));
        editor.setUnitSystem(kMm);
        const double before = quantity == Quantity::Temperature ? 300.0 : 1.0;
        editor.setValue(before);
        const QString shown = editor.text();
        editor.show();
        QSignalSpy edited(&editor, &QuantityEditor::valueEdited);
        QSignalSpy refused(&editor, &QuantityEditor::inputRefused);
        typeAndEnter(editor, text);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(edited.size(), 0);
        QCOMPARE(editor.value(), std::optional<double>(before)); // never read as anything
        QCOMPARE(editor.text(), text);                           // kept for correcting
        QVERIFY(!editor.hasAcceptableInput());
        QVERIFY(editor.property("invalid").toBool());
        const QString message = refused[0][0].toString();
        QCOMPARE(editor.errorText(), message);
        QCOMPARE(editor.toolTip(), message);
        for (const QString& part : hint)
            QVERIFY2(message.contains(part), qPrintable(message));
        // Leaving the field keeps the refusal; Escape restores the value's text.
        QTest::keyClick(&editor, Qt::Key_Escape);
        QCOMPARE(editor.text(), shown);
        QVERIFY(editor.errorText().isEmpty());
        QVERIFY(!editor.property("invalid").toBool());
        QCOMPARE(editor.value(), std::optional<double>(before));
    }

    // Correcting the text clears the error while typing; Return then takes the value.
    void correctingClearsTheError() {
        QuantityEditor editor(Quantity::Length);
        editor.setLocale(QLocale("de_DE"));
        editor.setUnitSystem(kMm);
        editor.show();
        typeAndEnter(editor, "2.5");
        QVERIFY(!editor.errorText().isEmpty());
        editor.selectAll();
        QTest::keyClicks(&editor, "2,5");
        QVERIFY(editor.errorText().isEmpty());
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.value(), std::optional<double>(0.0025));
        QCOMPARE(editor.text(), QStringLiteral("2,5 mm"));
    }

    // Return on refused text does not reach the dialog's default button.
    void refusedReturnKeepsDialogOpen() {
        QDialog dialog;
        auto* editor = new QuantityEditor(Quantity::Force, &dialog);
        editor->setLocale(QLocale("en_US"));
        auto* ok = new QPushButton("OK", &dialog);
        ok->setDefault(true);
        connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(editor);
        layout->addWidget(ok);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeAndEnter(*editor, "2,5 kN");
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        typeAndEnter(*editor, "2.5 kN");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(editor->value(), std::optional<double>(2500.0));
    }

    void noGroupSeparators_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de_DE"
                            << "12345,6 N";
        QTest::newRow("fr") << "fr_FR"
                            << "12345,6 N";
        QTest::newRow("pl") << "pl_PL"
                            << "12345,6 N";
        QTest::newRow("en") << "en_US"
                            << "12345.6 N";
        QTest::newRow("en_GB") << "en_GB"
                               << "12345.6 N";
    }

    void noGroupSeparators() {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QuantityEditor editor(Quantity::Force);
        editor.setLocale(QLocale(locale));
        editor.setUnitSystem(kMm);
        editor.setValue(12345.6);
        QCOMPARE(editor.text(), expected);
        QVERIFY(!editor.text().contains(QLocale(locale).groupSeparator()));
        // Large and small values take an exponent that reads back.
        editor.setQuantity(Quantity::Pressure);
        editor.setValue(2.1e20);
        const QString shown = editor.text();
        QCOMPARE(shown, "2" + QLocale(locale).decimalPoint() + "1e14 MPa");
        editor.setValue(0);
        typeAndEnter(editor, shown);
        QVERIFY(editor.value() && near(*editor.value(), 2.1e20));
    }

    // formatQuantity and parseQuantity agree for every quantity, system and locale.
    void formatReadsBack() {
        for (const char* name : {"de_DE", "fr_FR", "pl_PL", "en_US", "en_GB"}) {
            const QLocale locale(name);
            for (UnitSystem system : wb::sim::kUnitSystems)
                for (int i = 0; i < wb::sim::kQuantityCount; ++i)
                    for (double si : {0.0025, 293.15, 1234567.0, 2.1e11, 1.2e-5, -40.0}) {
                        const Quantity q = Quantity(i);
                        if (q == Quantity::Temperature && si < 0) continue;
                        const QString text = wb::app::formatQuantity(si, q, locale, system, 15);
                        const auto back = wb::app::parseQuantity(text, q, locale, system);
                        QVERIFY2(back && near(*back, si), qPrintable(name + (": " + text)));
                    }
        }
    }

    // A vector editor gives all three components when one is edited.
    void vectorEditor() {
        wb::app::VectorQuantityEditor vector(Quantity::Force);
        vector.setUnitSystem(kMm);
        vector.setValue({1, 2, 3});
        QSignalSpy edited(&vector, &wb::app::VectorQuantityEditor::valueEdited);
        vector.show();
        vector.component(1)->setLocale(QLocale("de_DE"));
        typeAndEnter(*vector.component(1), "-2,5 kN");
        QCOMPARE(edited.size(), 1);
        QCOMPARE(vector.value(), std::optional<wb::app::SiVector>({1, -2500, 3}));
        QCOMPARE(vector.component(2)->objectName(), QStringLiteral("z"));
    }

    // The old display-unit setting becomes a unit system once, and the old key goes.
    void unitSystemMigration_data() {
        QTest::addColumn<QVariant>("old");
        QTest::addColumn<UnitSystem>("system");
        QTest::newRow("mm") << QVariant(0) << kMm;
        QTest::newRow("m") << QVariant(1) << UnitSystem::SI;
        QTest::newRow("in") << QVariant(2) << UnitSystem::InchPound;
        QTest::newRow("garbage") << QVariant("x") << kMm;
        QTest::newRow("none") << QVariant() << kMm;
    }

    void unitSystemMigration() {
        QFETCH(QVariant, old);
        QFETCH(UnitSystem, system);
        {
            QSettings settings;
            settings.clear();
            if (old.isValid()) settings.setValue("preferences/displayUnit", old);
        }
        QCOMPARE(wb::app::Preferences::unitSystem(), system);
        QSettings settings;
        QVERIFY(!settings.contains("preferences/displayUnit"));
        QCOMPARE(settings.contains("preferences/unitSystem"), old.isValid());
        QCOMPARE(wb::app::Preferences::unitSystem(), system); // stable on the second read
        // A unit system already stored wins over a stale old key.
        settings.setValue("preferences/unitSystem", "in_lbf_psi_f");
        settings.setValue("preferences/displayUnit", 1);
        QCOMPARE(wb::app::Preferences::unitSystem(), UnitSystem::InchPound);
        QVERIFY(!QSettings().contains("preferences/displayUnit"));
        settings.setValue("preferences/unitSystem", "no such system");
        QCOMPARE(wb::app::Preferences::unitSystem(), kMm);
        settings.clear();
    }

    // Choosing a unit system in the preferences dialog reaches open editors at once.
    void preferencesDialogSwitchesEditors() {
        QSettings().clear();
        QuantityEditor editor(Quantity::Length); // follows the preferences
        editor.setLocale(QLocale("en_US"));
        editor.setValue(0.0254);
        QCOMPARE(editor.text(), QStringLiteral("25.4 mm"));
        wb::app::PreferencesDialog dialog;
        auto* combo = dialog.findChild<QComboBox*>("unitSystem");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentData().toInt(), int(kMm));
        combo->setCurrentIndex(combo->findData(int(UnitSystem::InchPound)));
        dialog.accept();
        QCOMPARE(wb::app::Preferences::unitSystem(), UnitSystem::InchPound);
        QCOMPARE(editor.text(), QStringLiteral("1 in"));
        wb::app::Preferences::setUnitSystem(UnitSystem::SI);
        QCOMPARE(editor.text(), QStringLiteral("0.0254 m"));
        QSettings().clear();
    }
};

QTEST_MAIN(TestQuantityEditor)
#include "tst_quantity_editor.moc"
