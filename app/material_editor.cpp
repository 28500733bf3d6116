#include "material_editor.h"

#include "quantity_editor.h"
#include "quantity_format.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb::app {

namespace {
class MaterialEditor {
    Q_DECLARE_TR_FUNCTIONS(MaterialEditor)
};
using sim::Material;
} // namespace

QString materialCategoryName(sim::MaterialCategory category) {
    switch (category) {
    case sim::MaterialCategory::Steel:
        return MaterialEditor::tr("Steels");
    case sim::MaterialCategory::Stainless:
        return MaterialEditor::tr("Stainless steels");
    case sim::MaterialCategory::Aluminium:
        return MaterialEditor::tr("Aluminium alloys");
    case sim::MaterialCategory::Titanium:
        return MaterialEditor::tr("Titanium alloys");
    case sim::MaterialCategory::CastIron:
        return MaterialEditor::tr("Cast irons");
    case sim::MaterialCategory::CopperAlloy:
        return MaterialEditor::tr("Copper alloys");
    case sim::MaterialCategory::Polymer:
        return MaterialEditor::tr("Polymers");
    }
    return QString::fromUtf8(sim::categoryId(category));
}

QList<MaterialField> materialFields() {
    using Q = sim::Quantity;
    // member, quantity, required, positive, belowHalf, object name, label
    return {
        {&Material::youngsModulus, Q::Pressure, true, true, false, "youngsModulus",
         MaterialEditor::tr("Young's modulus")},
        {&Material::poissonRatio, Q::Dimensionless, true, false, true, "poissonRatio",
         MaterialEditor::tr("Poisson's ratio")},
        {&Material::density, Q::Density, true, false, false, "density",
         MaterialEditor::tr("Density")},
        {&Material::yieldStrength, Q::Pressure, true, false, false, "yieldStrength",
         MaterialEditor::tr("Yield strength")},
        {&Material::tensileStrength, Q::Pressure, false, false, false, "tensileStrength",
         MaterialEditor::tr("Tensile strength")},
        {&Material::thermalConductivity, Q::ThermalConductivity, true, false, false,
         "thermalConductivity", MaterialEditor::tr("Thermal conductivity")},
        {&Material::thermalExpansion, Q::ThermalExpansion, false, false, false, "thermalExpansion",
         MaterialEditor::tr("Thermal expansion")},
        {&Material::specificHeat, Q::SpecificHeat, false, false, false, "specificHeat",
         MaterialEditor::tr("Specific heat")},
    };
}

QLocale materialNumberLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

QString formatMaterialValue(const Material& m, const MaterialField& field, sim::UnitSystem system,
                            int digits) {
    const double v = m.*field.member;
    if (v == 0 && !field.required) return QString::fromUtf8("–");
    return formatNumber(sim::fromSi(v, field.quantity, system), materialNumberLocale(), digits);
}

namespace {

constexpr int kEditDigits = 12; // what a property is written with; no binary noise shows

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& text) {
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

/// The editor's widgets.
struct EditorForm {
    QLineEdit* name = nullptr;
    QLineEdit* id = nullptr;
    QComboBox* category = nullptr;
    QLineEdit* source = nullptr;
    QList<MaterialField> fields;
    QList<QuantityEditor*> edits; ///< one per field
    QLabel* error = nullptr;
};

/// Fills `dialog` with a grid (label, value with unit) of `initial`'s values.
EditorForm buildForm(QDialog& dialog, const sim::LibraryMaterial& initial) {
    EditorForm w;
    auto* grid = new QGridLayout;
    int rows = 0;
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, &dialog);
        label->setBuddy(field);
        grid->addWidget(label, rows, 0);
        grid->addWidget(field, rows, 1);
        ++rows;
    };
    w.name = lineEdit(&dialog, "materialName", QString::fromStdString(initial.props.name));
    w.id = lineEdit(&dialog, "materialId", QString::fromStdString(initial.id));
    w.category = new QComboBox(&dialog);
    w.category->setObjectName(QStringLiteral("materialCategory"));
    for (sim::MaterialCategory c : sim::materialCategories())
        w.category->addItem(materialCategoryName(c), int(c));
    w.category->setCurrentIndex(w.category->findData(int(initial.category)));
    w.source = lineEdit(&dialog, "materialSource", QString::fromStdString(initial.source));
    addRow(MaterialEditor::tr("&Name:"), w.name);
    addRow(MaterialEditor::tr("&Id:"), w.id);
    addRow(MaterialEditor::tr("&Category:"), w.category);
    w.fields = materialFields();
    for (const MaterialField& f : w.fields) {
        auto* edit = new QuantityEditor(f.quantity, &dialog);
        edit->setObjectName(f.objectName);
        edit->setRange(f.positive ? QuantityEditor::Range::Positive
                                  : QuantityEditor::Range::NonNegative);
        edit->setSignificantDigits(kEditDigits);
        const double value = initial.props.*f.member;
        if (value == 0 && !f.required)
            edit->clearValue(); // not given
        else
            edit->setValue(value);
        w.edits << edit;
        addRow(MaterialEditor::tr("%1:").arg(f.label), edit);
    }
    addRow(MaterialEditor::tr("&Source:"), w.source);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(grid);
    w.error = new QLabel(&dialog);
    w.error->setObjectName(QStringLiteral("materialEditorError"));
    w.error->setWordWrap(true);
    w.error->hide();
    layout->addWidget(w.error);
    return w;
}

/// The material the form holds, or an error text and the widget to focus.
std::optional<sim::LibraryMaterial>
readForm(const EditorForm& w, const sim::LibraryMaterial& initial, QString& why, QWidget*& focus) {
    sim::LibraryMaterial m = initial;
    m.props.name = w.name->text().trimmed().toStdString();
    m.id = w.id->text().trimmed().toStdString();
    m.category = sim::MaterialCategory(w.category->currentData().toInt());
    m.source = w.source->text().trimmed().toStdString();
    auto refuse = [&](QWidget* widget, const QString& text) {
        focus = widget;
        why = text;
        return std::nullopt;
    };
    if (m.props.name.empty()) return refuse(w.name, MaterialEditor::tr("Enter a name."));
    if (m.id.empty()) return refuse(w.id, MaterialEditor::tr("Enter an id."));
    QWidget* tensile = nullptr;
    for (qsizetype i = 0; i < w.fields.size(); ++i) {
        const MaterialField& f = w.fields[i];
        QuantityEditor* edit = w.edits[i];
        if (f.member == &Material::tensileStrength) tensile = edit;
        double& value = m.props.*f.member;
        if (edit->text().trimmed().isEmpty()) {
            if (f.required) return refuse(edit, MaterialEditor::tr("%1 is required.").arg(f.label));
            value = 0;
            continue;
        }
        // An untouched value keeps every digit it had (commit() keeps the value then).
        if (!edit->commit() || !edit->value())
            return refuse(edit, MaterialEditor::tr("%1: %2").arg(f.label, edit->errorText()));
        if (f.belowHalf && *edit->value() >= 0.5)
            return refuse(edit, MaterialEditor::tr("%1 must be below %2.")
                                    .arg(f.label, materialNumberLocale().toString(0.5)));
        value = *edit->value();
    }
    if (m.props.tensileStrength > 0 && m.props.tensileStrength < m.props.yieldStrength)
        return refuse(tensile, MaterialEditor::tr("The tensile strength must not be below the "
                                                  "yield strength."));
    focus = w.id; // what check() refuses is mostly the id
    return m;
}

} // namespace

std::optional<sim::LibraryMaterial>
editUserMaterial(QWidget* parent, const QString& title, const sim::LibraryMaterial& initial,
                 const std::function<QString(const sim::LibraryMaterial&)>& check) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("materialEditor"));
    dialog.setWindowTitle(title);
    dialog.setMinimumWidth(440);
    const EditorForm form = buildForm(dialog, initial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    dialog.layout()->addWidget(buttons);
    std::optional<sim::LibraryMaterial> result;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        QWidget* focus = nullptr;
        auto m = readForm(form, initial, why, focus);
        if (m) why = check(*m);
        if (why.isEmpty()) {
            result = std::move(m);
            return dialog.accept();
        }
        form.error->setText(why);
        form.error->show();
        dialog.adjustSize();
        if (focus) focus->setFocus();
    });
    dialog.exec();
    return result;
}

} // namespace wb::app
