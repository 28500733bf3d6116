// The material browser: search, the property table in English and German and in the user's unit
// system (mm-N-MPa-°C, inch-lbf-psi-°F), user materials created, edited, duplicated and deleted
// (persisted in a real file) with values typed with units in English and German, a bad file that
// is kept and backed up, and the modal chooser.
#include "app/main_window.h"
#include "app/material_browser.h"
#include "app/preferences.h"
#include "app/quantity_editor.h"
#include "app/study_commands.h"
#include "app/study_dock.h"
#include "app/study_property_panel.h"
#include "core/sim/study_json.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>
#include <functional>

using wb::app::MaterialBrowser;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// Ids of the materials the tree shows now.
QStringList visibleIds(MaterialBrowser& b) {
    auto* tree = b.findChild<QTreeWidget*>("materialTree");
    QStringList ids;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree->topLevelItem(g);
        if (group->isHidden()) continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                ids << group->child(i)->data(0, Qt::UserRole).toString();
    }
    return ids;
}

/// The group (top-level text) that holds `id`.
QString groupOf(MaterialBrowser& b, const QString& id) {
    auto* tree = b.findChild<QTreeWidget*>("materialTree");
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole).toString() == id)
                return tree->topLevelItem(g)->text(0);
    return {};
}

/// Value and unit of the property table row labelled `label`.
QStringList propertyRow(MaterialBrowser& b, const QString& label) {
    auto* table = b.findChild<QTableWidget*>("materialProperties");
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == label)
            return {table->item(r, 1)->text(), table->item(r, 2)->text()};
    return {};
}

void search(MaterialBrowser& b, const QString& text) {
    auto* edit = b.findChild<QLineEdit*>("materialSearch");
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Runs `act` on the next modal dialog called `name` once it is shown (polls, so the call
/// that opens it may run first).
void onModal(const QString& name, std::function<void(QWidget*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, name, act] {
        QWidget* w = QApplication::activeModalWidget();
        if (!w || (!name.isEmpty() && w->objectName() != name)) return;
        timer->stop();
        timer->deleteLater();
        act(w);
    });
    timer->start();
}

void setField(QWidget* editor, const char* name, const QString& text) {
    auto* edit = editor->findChild<QLineEdit*>(name);
    QVERIFY2(edit, name);
    edit->setText(text);
}

void clickOk(QWidget* dialog) {
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

QString editorError(QWidget* editor) {
    auto* label = editor->findChild<QLabel*>("materialEditorError");
    return label && label->isVisible() ? label->text() : QString();
}

void click(MaterialBrowser& b, const char* button) {
    b.findChild<QPushButton*>(button)->click();
}

} // namespace

class TestMaterialBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;
    /// A fresh user library path in a folder that does not exist yet.
    QString freshFile() {
        return m_dir.filePath(QStringLiteral("lib%1/materials.json").arg(++m_files));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("WerkbankTest");
        QCoreApplication::setApplicationName("tst_material_browser");
        QVERIFY(m_dir.isValid());
    }
    void init() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        wb::app::Preferences::setUnitSystem(wb::sim::kDefaultUnitSystem);
    }
    void cleanupTestCase() { wb::app::Preferences::setUnitSystem(wb::sim::kDefaultUnitSystem); }

    void defaultFileIsInAppData() {
        const QString file = MaterialBrowser::defaultUserLibraryFile();
        QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(file.endsWith("/materials.json"));
    }

    void searchFilters() {
        MaterialBrowser b(nullptr, freshFile());
        b.show();
        QVERIFY(visibleIds(b).size() >= 30);
        search(b, "6061");
        QCOMPARE(visibleIds(b), QStringList{"aluminium_6061_t6"});
        search(b, "stainless");
        QCOMPARE(visibleIds(b), (QStringList{"stainless_1_4301", "stainless_1_4404",
                                             "stainless_1_4571", "stainless_1_4462"}));
        search(b, "ALUMINIUM  7075");
        QCOMPARE(visibleIds(b), QStringList{"aluminium_7075_t6"});
        search(b, "polymers peek");
        QCOMPARE(visibleIds(b), QStringList{"peek"});
        search(b, "copper_alloy cusn8");
        QCOMPARE(visibleIds(b), QStringList{"bronze_cusn8"});
        search(b, "unobtainium");
        QVERIFY(visibleIds(b).isEmpty());
        search(b, "");
        QCOMPARE(visibleIds(b).size(), int(wb::sim::materialLibrary().size()));
    }

    void englishPropertyTable() {
        MaterialBrowser b(nullptr, freshFile());
        b.show();
        QVERIFY(b.selectMaterial("steel_s355"));
        QCOMPARE(b.selectedMaterialId(), QStringLiteral("steel_s355"));
        // mm-N-MPa-°C: stresses and the modulus in MPa
        QCOMPARE(propertyRow(b, "Young's modulus"), (QStringList{"210000", "MPa"}));
        QCOMPARE(propertyRow(b, "Density"), (QStringList{"7850", QString::fromUtf8("kg/m³")}));
        QCOMPARE(propertyRow(b, "Yield strength"), (QStringList{"355", "MPa"}));
        QCOMPARE(propertyRow(b, "Tensile strength"), (QStringList{"470", "MPa"}));
        QCOMPARE(propertyRow(b, "Poisson's ratio"), (QStringList{"0.3", ""}));
        QCOMPARE(propertyRow(b, "Thermal expansion"), (QStringList{"1.2e-5", "1/K"}));
        QCOMPARE(propertyRow(b, "Thermal conductivity"),
                 (QStringList{"50", QString::fromUtf8("W/(m·K)")}));
        QCOMPARE(propertyRow(b, "Category").value(0), QStringLiteral("Steels"));
        QVERIFY(propertyRow(b, "Source").value(0).contains("EN 10025-2"));
        // built-in: duplicate only
        QVERIFY(b.findChild<QPushButton*>("duplicateMaterial")->isEnabled());
        QVERIFY(!b.findChild<QPushButton*>("editMaterial")->isEnabled());
        QVERIFY(!b.findChild<QPushButton*>("deleteMaterial")->isEnabled());
        QVERIFY(!b.selectMaterial("unobtainium"));
    }

    void germanPropertyTable() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MaterialBrowser b(nullptr, freshFile());
        b.show();
        QVERIFY(b.selectMaterial("aluminium_6061_t6"));
        QCOMPARE(propertyRow(b, "Young's modulus"), (QStringList{"68900", "MPa"}));
        QCOMPARE(propertyRow(b, "Poisson's ratio").value(0), QStringLiteral("0,33"));
        QCOMPARE(propertyRow(b, "Density").value(0), QStringLiteral("2700")); // no "2.700"
        QCOMPARE(propertyRow(b, "Thermal expansion").value(0), QStringLiteral("2,36e-5"));
        QCOMPARE(propertyRow(b, "Yield strength"), (QStringList{"276", "MPa"}));
    }

    // In the inch system the table shows psi and lb/in³, and follows a change of the system
    // while it is open; typed values without a unit are in the shown unit.
    void inchUnitSystem() {
        MaterialBrowser b(nullptr, freshFile());
        b.show();
        QVERIFY(b.selectMaterial("steel_s355"));
        QCOMPARE(propertyRow(b, "Yield strength"), (QStringList{"355", "MPa"}));
        wb::app::Preferences::setUnitSystem(wb::sim::UnitSystem::InchPound);
        QCOMPARE(propertyRow(b, "Yield strength"), (QStringList{"51488.4", "psi"}));
        QCOMPARE(propertyRow(b, "Young's modulus"), (QStringList{"3.04579e7", "psi"}));
        QCOMPARE(propertyRow(b, "Density"), (QStringList{"0.283599", QString::fromUtf8("lb/in³")}));
        QCOMPARE(propertyRow(b, "Poisson's ratio"), (QStringList{"0.3", ""}));
        QString shownModulus;
        onModal("materialEditor", [&](QWidget* editor) {
            shownModulus = editor->findChild<QLineEdit*>("youngsModulus")->text();
            setField(editor, "yieldStrength", "50000"); // psi
            setField(editor, "density", "0.28 lb/in3");
            clickOk(editor);
        });
        click(b, "duplicateMaterial");
        QCOMPARE(shownModulus, QStringLiteral("30457924.9233 psi"));
        const wb::sim::LibraryMaterial* copy = b.userLibrary().find("steel_s355_custom");
        QVERIFY(copy);
        QCOMPARE(copy->props.youngsModulus, 210e9); // untouched: every digit kept
        QVERIFY(std::abs(copy->props.yieldStrength - 50000 * 6894.757293168) < 1e-3);
        QVERIFY(std::abs(copy->props.density - 0.28 * 27679.9047102) < 1e-3);
        QCOMPARE(propertyRow(b, "Yield strength"), (QStringList{"50000", "psi"}));
        wb::app::Preferences::setUnitSystem(wb::sim::UnitSystem::SI);
        QCOMPARE(propertyRow(b, "Yield strength").value(1), QStringLiteral("Pa"));
    }

    // Values typed in German with any unit of their quantity; a point is refused with a hint.
    void germanTypingWithUnits() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MaterialBrowser b(nullptr, freshFile());
        b.show();
        QStringList errors;
        onModal("materialEditor", [&](QWidget* editor) {
            setField(editor, "materialName", "Stahl X");
            setField(editor, "materialId", "stahl_x");
            setField(editor, "youngsModulus", "210 GPa");
            setField(editor, "poissonRatio", "0,3");
            setField(editor, "density", "7.85 g/cm³");
            setField(editor, "yieldStrength", "355");
            setField(editor, "thermalConductivity", "50");
            clickOk(editor);
            errors << editorError(editor);
            setField(editor, "density", QString::fromUtf8("7,85 g/cm³"));
            setField(editor, "tensileStrength", "0,47 GPa");
            setField(editor, "thermalExpansion", QString::fromUtf8("12 µm/(m·K)"));
            setField(editor, "specificHeat", "0,46 kJ/(kg·K)");
            clickOk(editor);
        });
        click(b, "newMaterial");
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith("Density") && errors[0].contains("7,85"),
                 qPrintable(errors[0]));
        const wb::sim::LibraryMaterial* m = b.userLibrary().find("stahl_x");
        QVERIFY(m);
        QCOMPARE(m->props.youngsModulus, 210e9);
        QCOMPARE(m->props.poissonRatio, 0.3);
        QVERIFY(std::abs(m->props.density - 7850) < 1e-9);
        QCOMPARE(m->props.yieldStrength, 355e6);
        QVERIFY(std::abs(m->props.tensileStrength - 470e6) < 1e-3);
        QVERIFY(std::abs(m->props.thermalExpansion - 12e-6) < 1e-18);
        QVERIFY(std::abs(m->props.specificHeat - 460) < 1e-9);
        QCOMPARE(propertyRow(b, "Density").value(0), QStringLiteral("7850"));
        QCOMPARE(propertyRow(b, "Tensile strength").value(0), QStringLiteral("470"));
    }

    void createUserMaterialPersists() {
        const QString file = freshFile();
        {
            MaterialBrowser b(nullptr, file);
            b.show();
            QVERIFY(!b.findChild<QLabel*>("userLibraryError")->isVisible());
            bool filled = false;
            onModal("materialEditor", [&](QWidget* editor) {
                setField(editor, "materialName", QString::fromUtf8("Résine X"));
                setField(editor, "materialId", "resin_x");
                auto* category = editor->findChild<QComboBox*>("materialCategory");
                category->setCurrentIndex(category->findText("Polymers"));
                setField(editor, "youngsModulus", "2.5 GPa");
                setField(editor, "poissonRatio", "0.38");
                setField(editor, "density", "1180");
                setField(editor, "yieldStrength", "60");
                setField(editor, "thermalConductivity", "0.2");
                setField(editor, "specificHeat", "1400");
                setField(editor, "materialSource", "supplier sheet");
                filled = true;
                clickOk(editor);
            });
            click(b, "newMaterial");
            QVERIFY(filled);
            QCOMPARE(b.selectedMaterialId(), QStringLiteral("resin_x"));
            QCOMPARE(groupOf(b, "resin_x"), QStringLiteral("User materials"));
            QVERIFY(b.findChild<QPushButton*>("editMaterial")->isEnabled());
            QVERIFY(b.findChild<QPushButton*>("deleteMaterial")->isEnabled());
            QCOMPARE(propertyRow(b, "Tensile strength").value(0), QString::fromUtf8("–"));
        }
        QVERIFY(readFile(file).contains("\"resin_x\""));
        wb::sim::UserLibraryFile onDisk(QFile::encodeName(file).toStdString());
        QVERIFY(onDisk.load().has_value());
        const wb::sim::LibraryMaterial* m = onDisk.library().find("resin_x");
        QVERIFY(m);
        QCOMPARE(m->props.youngsModulus, 2.5e9);
        QCOMPARE(m->props.yieldStrength, 60e6);
        QCOMPARE(m->props.specificHeat, 1400.0);
        QCOMPARE(m->props.tensileStrength, 0.0);
        QCOMPARE(m->category, wb::sim::MaterialCategory::Polymer);
        QCOMPARE(m->source, std::string("supplier sheet"));

        MaterialBrowser again(nullptr, file);
        again.show();
        search(again, "resine"); // accents and case ignored
        QCOMPARE(visibleIds(again), QStringList{"resin_x"});
        QVERIFY(again.selectMaterial("resin_x"));
        QCOMPARE(propertyRow(again, "Young's modulus").value(0), QStringLiteral("2500"));
        // a study carries it inline, never by its id
        auto a = wb::sim::assignmentFor("*", "resin_x", again.userLibrary());
        QVERIFY(a && a->libraryId.empty() && a->inlineMaterial &&
                a->inlineMaterial->name == "Résine X");
    }

    void editorRefusesBadInput() {
        const QString file = freshFile();
        MaterialBrowser b(nullptr, file);
        b.show();
        QStringList errors;
        onModal("materialEditor", [&](QWidget* editor) {
            setField(editor, "materialName", "Bad");
            setField(editor, "youngsModulus", "");
            clickOk(editor);
            errors << editorError(editor);
            setField(editor, "youngsModulus", "2,5"); // a group separator in English: refused
            clickOk(editor);
            errors << editorError(editor);
            setField(editor, "youngsModulus", "200");
            setField(editor, "poissonRatio", "0.5");
            setField(editor, "density", "7800");
            setField(editor, "yieldStrength", "300");
            setField(editor, "thermalConductivity", "40");
            clickOk(editor);
            errors << editorError(editor);
            setField(editor, "poissonRatio", "0.3");
            setField(editor, "tensileStrength", "200");
            clickOk(editor);
            errors << editorError(editor);
            setField(editor, "tensileStrength", "");
            setField(editor, "materialId", "Steel_S355");
            clickOk(editor);
            errors << editorError(editor);
            setField(editor, "materialId", "bad id");
            clickOk(editor);
            errors << editorError(editor);
            editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        });
        click(b, "newMaterial");
        QCOMPARE(errors.size(), 6);
        QVERIFY2(errors[0].contains("Young's modulus is required"), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith("Young's modulus") && errors[1].contains("2.5"),
                 qPrintable(errors[1])); // "use a point as decimal separator: 2.5"
        QVERIFY2(errors[2].contains("Poisson's ratio must be below 0.5"), qPrintable(errors[2]));
        QVERIFY2(errors[3].contains("tensile strength"), qPrintable(errors[3]));
        QVERIFY2(errors[4].contains("built-in"), qPrintable(errors[4]));
        QVERIFY2(errors[5].contains("not valid"), qPrintable(errors[5]));
        QVERIFY(b.userLibrary().materials().empty());
        QVERIFY(!QFile::exists(file)); // nothing saved
    }

    void duplicateEditDelete() {
        const QString file = freshFile();
        MaterialBrowser b(nullptr, file);
        b.show();
        QVERIFY(b.selectMaterial("steel_s355"));
        QString name, id, modulus;
        onModal("materialEditor", [&](QWidget* editor) {
            name = editor->findChild<QLineEdit*>("materialName")->text();
            id = editor->findChild<QLineEdit*>("materialId")->text();
            modulus = editor->findChild<QLineEdit*>("youngsModulus")->text();
            setField(editor, "yieldStrength", "400");
            clickOk(editor);
        });
        click(b, "duplicateMaterial");
        QCOMPARE(name, QStringLiteral("Steel S355 (custom)"));
        QCOMPARE(id, QStringLiteral("steel_s355_custom"));
        QCOMPARE(modulus, QStringLiteral("210000 MPa"));
        const wb::sim::LibraryMaterial* copy = b.userLibrary().find("steel_s355_custom");
        QVERIFY(copy);
        QCOMPARE(copy->props.yieldStrength, 400e6);
        QCOMPARE(copy->props.thermalExpansion, 12e-6); // untouched values keep every digit
        QCOMPARE(copy->category, wb::sim::MaterialCategory::Steel);

        onModal("materialEditor", [&](QWidget* editor) {
            setField(editor, "materialId", "s355_shop");
            setField(editor, "density", "7.8e3");
            clickOk(editor);
        });
        click(b, "editMaterial");
        QVERIFY(!b.userLibrary().find("steel_s355_custom"));
        QVERIFY(b.userLibrary().find("s355_shop"));
        QCOMPARE(b.userLibrary().find("s355_shop")->props.density, 7800.0);
        QCOMPARE(b.selectedMaterialId(), QStringLiteral("s355_shop"));
        QVERIFY(readFile(file).contains("\"s355_shop\""));

        onModal({}, [](QWidget* box) {
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        click(b, "deleteMaterial");
        QVERIFY(b.userLibrary().materials().empty());
        QVERIFY(!readFile(file).contains("s355_shop"));
    }

    void badFileIsKeptAndBackedUp() {
        const QString file = freshFile();
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        const QByteArray bad = R"({"format": "werkbank-materials", "version": 1, "materials": [
 {"id": "weak", "category": "steel", "material": {"name": "Weak", "youngs_modulus": -1,
  "poisson_ratio": 0.3, "density": 7800, "yield_strength": 1, "thermal_conductivity": 1}}]})";
        writeFile(file, bad);
        MaterialBrowser b(nullptr, file);
        b.show();
        auto* label = b.findChild<QLabel*>("userLibraryError");
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains("weak") && label->text().contains("youngs_modulus") &&
                     label->text().contains(QFileInfo(file).fileName()),
                 qPrintable(label->text()));
        QCOMPARE(b.userLibraryError(), label->text());
        QVERIFY(b.userLibrary().materials().empty());
        QCOMPARE(readFile(file), bad);

        onModal("materialEditor", [&](QWidget* editor) { clickOk(editor); });
        QVERIFY(b.selectMaterial("pa12"));
        click(b, "duplicateMaterial");
        QVERIFY(b.userLibrary().find("pa12_custom"));
        QCOMPARE(readFile(file + ".bak"), bad);
        QVERIFY(readFile(file).contains("pa12_custom"));
        QVERIFY(!label->isVisible());

        writeFile(file, "\xff not json");
        MaterialBrowser garbage(nullptr, file);
        QVERIFY2(garbage.userLibraryError().contains("not valid JSON"),
                 qPrintable(garbage.userLibraryError()));
    }

    void chooseMaterial() {
        const QString file = freshFile();
        onModal("materialBrowser", [](QWidget* w) {
            auto* b = static_cast<MaterialBrowser*>(w);
            QCOMPARE(b->selectedMaterialId(), QStringLiteral("abs"));
            QVERIFY(b->selectMaterial("pa12"));
            clickOk(b);
        });
        QCOMPARE(MaterialBrowser::chooseMaterial(nullptr, "abs", file), QStringLiteral("pa12"));
        onModal("materialBrowser", [](QWidget* w) {
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        });
        QVERIFY(MaterialBrowser::chooseMaterial(nullptr, "abs", file).isEmpty());
        onModal("materialBrowser", [](QWidget* w) { clickOk(w); });
        const auto a = MaterialBrowser::chooseAssignment(nullptr, "frame*", "steel_s235", file);
        QVERIFY(a && a->libraryId == "steel_s235" && a->parts == "frame*");
    }

    // The study dock's Choose button opens the browser; a user material goes in inline.
    void studyDockChoosesMaterial() {
        const QString file = MaterialBrowser::defaultUserLibraryFile();
        QFile::remove(file); // from an earlier run
        {
            wb::sim::UserLibraryFile lib(QFile::encodeName(file).toStdString());
            QVERIFY(lib.load().has_value());
            QVERIFY(lib.library()
                        .add({"shop_steel", wb::sim::MaterialCategory::Steel,
                              wb::sim::Material{"Shop steel", 205e9, 0.29, 7800, 300e6, 45},
                              "supplier"})
                        .has_value());
            QVERIFY(lib.save().has_value());
        }
        wb::app::MainWindow w;
        w.show();
        wb::app::StudyEditor* editor = w.studyEditor();
        const int index = int(editor->study().materials.size());
        editor->undoStack()->push(
            new wb::app::AddMaterialCommand(editor, {"bracket*", "structural_steel", {}}));
        w.studyDock()->selectItem({wb::app::StudyItemRef::Kind::Materials, index});
        auto* choose = w.studyDock()->propertyPanel()->findChild<QPushButton*>("ChooseMaterial");
        QVERIFY(choose);
        auto chooseIn = [&](const QString& id) {
            onModal("materialBrowser", [id](QWidget* b) {
                QCOMPARE(static_cast<MaterialBrowser*>(b)->selectedMaterialId(),
                         QStringLiteral("structural_steel"));
                QVERIFY(static_cast<MaterialBrowser*>(b)->selectMaterial(id));
                clickOk(b);
            });
            choose->click();
        };
        chooseIn("aluminium_6061_t6");
        const auto& m = editor->study().materials.at(std::size_t(index));
        QCOMPARE(m.libraryId, std::string("aluminium_6061_t6"));
        QCOMPARE(m.parts, std::string("bracket*"));
        editor->undoStack()->undo();
        QCOMPARE(editor->study().materials.at(std::size_t(index)).libraryId,
                 std::string("structural_steel"));
        chooseIn("shop_steel");
        const auto& custom = editor->study().materials.at(std::size_t(index));
        QVERIFY(custom.libraryId.empty() && custom.inlineMaterial);
        QCOMPARE(custom.inlineMaterial->name, std::string("Shop steel"));
        QCOMPARE(custom.inlineMaterial->youngsModulus, 205e9);
        QVERIFY(wb::sim::dumpJson(wb::sim::studyToJson(editor->study())).find("shop_steel") ==
                std::string::npos);
    }
};

QTEST_MAIN(TestMaterialBrowser)
#include "tst_material_browser.moc"
