#include "study_property_panel.h"

#include "preferences.h"
#include "quantity_editor.h"
#include "quantity_format.h"
#include "study_commands.h"
#include "study_text.h"

#include "core/sim/analysis.h"
#include "core/sim/material.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wb::app {

using Kind = StudyItemRef::Kind;

namespace {

/// Target voxel counts of the resolution control, coarse to fine; the default is the middle.
constexpr long long kResolutionSteps[] = {12500,  25000,  50000,   100000, 200000,
                                          400000, 800000, 1600000, 3200000};
constexpr int kResolutionCount = int(std::size(kResolutionSteps));

int resolutionStep(long long target) {
    int best = kResolutionCount / 2;
    for (int i = 0; i < kResolutionCount; ++i)
        if (std::llabs(kResolutionSteps[i] - target) < std::llabs(kResolutionSteps[best] - target))
            best = i;
    return best;
}

} // namespace

StudyPropertyPanel::StudyPropertyPanel(StudyEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(4, 4, 4, 4);
    connect(editor, &StudyEditor::changed, this, [this] {
        if (structureKey() != m_key)
            rebuild();
        else
            refreshValues();
    });
    rebuild();
}

void StudyPropertyPanel::showItem(StudyItemRef item) {
    if (item == m_item && structureKey() == m_key) return;
    m_item = item;
    rebuild();
}

void StudyPropertyPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(e);
}

void StudyPropertyPanel::push(QUndoCommand* command) {
    m_editor->undoStack()->push(command);
}

QString StudyPropertyPanel::structureKey() const {
    const sim::Study& s = m_editor->study();
    QString key = QStringLiteral("%1/%2/%3/").arg(int(m_item.kind)).arg(m_item.index).arg(
                                                 QString::fromStdString(s.analysis));
    const auto i = std::size_t(m_item.index);
    if ((m_item.kind == Kind::Supports || m_item.kind == Kind::Loads) && m_item.isListItem()) {
        const auto& list = m_item.kind == Kind::Supports ? s.supports : s.loads;
        if (i >= list.size()) return key + QStringLiteral("gone");
        key += QString::fromStdString(list[i].type);
    }
    if (m_item.kind == Kind::Materials && m_item.isListItem() && i >= s.materials.size())
        return key + QStringLiteral("gone");
    if (m_item.kind == Kind::Probes && m_item.isListItem() && i >= s.probes.size())
        return key + QStringLiteral("gone");
    return key;
}

void StudyPropertyPanel::rebuild() {
    m_refreshers.clear();
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    m_form = new QFormLayout(m_content);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_content);
    m_key = structureKey();
    if (m_key.endsWith(QStringLiteral("gone"))) m_item = {m_item.kind, -1};
    m_key = structureKey();
    switch (m_item.kind) {
    case Kind::Analysis: buildAnalysis(); break;
    case Kind::Supports:
    case Kind::Loads:
        if (m_item.isListItem())
            buildCondition();
        else
            buildGroupHint();
        break;
    case Kind::Materials:
        if (m_item.isListItem())
            buildMaterial();
        else
            buildGroupHint();
        break;
    case Kind::Mesh: buildMesh(); break;
    case Kind::Probes:
        if (m_item.isListItem())
            buildProbe();
        else
            buildGroupHint();
        break;
    default: buildGroupHint(); break;
    }
    refreshValues();
}

void StudyPropertyPanel::refreshValues() {
    for (const auto& refresh : m_refreshers)
        refresh();
}

void StudyPropertyPanel::buildGroupHint() {
    QString hint;
    switch (m_item.kind) {
    case Kind::Supports: hint = tr("Add a support with the + button above."); break;
    case Kind::Loads: hint = tr("Add a load with the + button above."); break;
    case Kind::Materials:
        hint = tr("Parts get the material of the last entry whose pattern matches them.");
        break;
    case Kind::Probes: hint = tr("Probes report every result field at a point."); break;
    case Kind::Service: hint = tr("The project's jobs go to the service chosen in Simulation › Target Service."); break;
    default: hint = tr("Select an item of the study to edit it."); break;
    }
    auto* label = new QLabel(hint, m_content);
    label->setWordWrap(true);
    m_form->addRow(label);
}

void StudyPropertyPanel::buildAnalysis() {
    auto* combo = new QComboBox(m_content);
    combo->setObjectName(QStringLiteral("AnalysisCombo"));
    for (const sim::AnalysisKind* a : sim::analyses())
        combo->addItem(StudyText::analysisName(a->name), QString::fromStdString(a->name));
    m_form->addRow(tr("&Analysis:"), combo);
    m_refreshers.push_back([this, combo] {
        const int i = combo->findData(QString::fromStdString(m_editor->study().analysis));
        QSignalBlocker block(combo);
        combo->setCurrentIndex(i);
    });
    connect(combo, &QComboBox::activated, this, [this, combo](int i) {
        const std::string name = combo->itemData(i).toString().toStdString();
        if (name != m_editor->study().analysis) push(new SetAnalysisCommand(m_editor, name));
    });
    auto* nameEdit = new QLineEdit(m_content);
    nameEdit->setObjectName(QStringLiteral("StudyName"));
    m_form->addRow(tr("Study &name:"), nameEdit);
    m_refreshers.push_back([this, nameEdit] {
        if (!nameEdit->hasFocus())
            nameEdit->setText(QString::fromStdString(m_editor->study().name));
    });
    connect(nameEdit, &QLineEdit::editingFinished, this, [this, nameEdit] {
        const std::string name = nameEdit->text().trimmed().toStdString();
        if (name != m_editor->study().name)
            push(new RenameItemCommand(m_editor, {}, name));
    });
}

void StudyPropertyPanel::buildCondition() {
    const sim::Study& s = m_editor->study();
    const StudyItemRef item = m_item;
    const auto& list = item.kind == Kind::Supports ? s.supports : s.loads;
    const sim::Condition& c = list[std::size_t(item.index)];
    const sim::AnalysisKind* analysis = sim::findAnalysis(s.analysis);
    const sim::ConditionKind* kind =
        !analysis ? nullptr
                  : (item.kind == Kind::Supports ? analysis->support(c.type) : analysis->load(c.type));
    auto current = [this, item]() -> const sim::Condition* {
        const auto& l = item.kind == Kind::Supports ? m_editor->study().supports
                                                    : m_editor->study().loads;
        return item.index < int(l.size()) ? &l[std::size_t(item.index)] : nullptr;
    };

    auto* name = new QLineEdit(m_content);
    name->setObjectName(QStringLiteral("ItemName"));
    m_form->addRow(tr("&Name:"), name);
    m_refreshers.push_back([name, current] {
        if (const auto* cc = current(); cc && !name->hasFocus())
            name->setText(StudyText::conditionName(*cc));
    });
    connect(name, &QLineEdit::editingFinished, this, [this, name, item, current] {
        const QString text = name->text().trimmed();
        if (const auto* cc = current(); cc && !text.isEmpty() && text != StudyText::conditionName(*cc))
            push(new RenameItemCommand(m_editor, item, text.toStdString()));
    });
    m_form->addRow(tr("Type:"), new QLabel(StudyText::conditionTypeName(c.type), m_content));

    if (kind) {
        for (const sim::ParamSpec& spec : kind->params) {
            const std::string key = spec.key;
            if (spec.shape == sim::ParamSpec::Shape::Scalar) {
                auto* editor = new QuantityEditor(m_content);
                editor->setObjectName(QString::fromStdString("Param_" + key));
                editor->setQuantity(spec.quantity);
                editor->setRange(QuantityEditor::Range(int(spec.range)));
                m_form->addRow(StudyText::parameterName(key) + QLatin1Char(':'), editor);
                m_refreshers.push_back([editor, current, key] {
                    if (const auto* cc = current(); cc && !editor->hasFocus())
                        editor->setValue(cc->scalar(key));
                });
                connect(editor, &QuantityEditor::valueEdited, this,
                        [this, item, key, current](double v) {
                            if (const auto* cc = current(); cc && cc->scalar(key) != v)
                                push(new SetParameterCommand(m_editor, item, key, {v}));
                        });
                continue;
            }
            // Vector: three editors; Components: three optional ones, each with a check box.
            const bool optional = spec.shape == sim::ParamSpec::Shape::Components;
            auto* row = new QWidget(m_content);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            static const char* const kAxes[] = {"x", "y", "z"};
            for (int a = 0; a < 3; ++a) {
                const std::string member =
                    optional && a < int(spec.components.size()) ? spec.components[std::size_t(a)]
                                                                : kAxes[a];
                auto* editor = new QuantityEditor(row);
                editor->setObjectName(QString::fromStdString("Param_" + key + "_" + member));
                editor->setQuantity(spec.quantity);
                if (optional) {
                    auto* check = new QCheckBox(StudyText::componentName(member), row);
                    check->setObjectName(QString::fromStdString("Check_" + key + "_" + member));
                    h->addWidget(check);
                    h->addWidget(editor, 1);
                    const std::string full = key + "." + member;
                    m_refreshers.push_back([check, editor, current, key, member] {
                        const auto* cc = current();
                        if (!cc) return;
                        const auto v = cc->component(key, member);
                        QSignalBlocker block(check);
                        check->setChecked(v.has_value());
                        editor->setEnabled(v.has_value());
                        if (!editor->hasFocus()) editor->setValue(v.value_or(0.0));
                    });
                    connect(check, &QCheckBox::toggled, this,
                            [this, item, full, editor](bool on) {
                                const double v = editor->value().value_or(0.0);
                                push(new SetParameterCommand(
                                    m_editor, item, full,
                                    on ? std::vector<double>{v} : std::vector<double>{}));
                            });
                    connect(editor, &QuantityEditor::valueEdited, this,
                            [this, item, full](double v) {
                                push(new SetParameterCommand(m_editor, item, full, {v}));
                            });
                } else {
                    auto* axis = new QLabel(StudyText::componentName(member), row);
                    h->addWidget(axis);
                    h->addWidget(editor, 1);
                    m_refreshers.push_back([editor, current, key, a] {
                        if (const auto* cc = current(); cc && !editor->hasFocus())
                            editor->setValue(cc->vector(key)[std::size_t(a)]);
                    });
                    connect(editor, &QuantityEditor::valueEdited, this,
                            [this, item, key, a, current](double v) {
                                const auto* cc = current();
                                if (!cc) return;
                                sim::Point3 p = cc->vector(key);
                                if (p[std::size_t(a)] == v) return;
                                p[std::size_t(a)] = v;
                                push(new SetParameterCommand(m_editor, item, key,
                                                             {p[0], p[1], p[2]}));
                            });
                }
            }
            m_form->addRow(StudyText::parameterName(key) + QLatin1Char(':'), row);
        }
    }

    if (!kind || kind->select != sim::SelectRule::Forbidden) {
        auto* row = new QWidget(m_content);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* count = new QLabel(row);
        count->setObjectName(QStringLiteral("FaceCount"));
        auto* use = new QPushButton(tr("&Use selected faces"), row);
        use->setObjectName(QStringLiteral("UseSelectedFaces"));
        use->setToolTip(tr("Apply the faces selected in the viewport to this item"));
        auto* show = new QPushButton(tr("Sho&w"), row);
        show->setObjectName(QStringLiteral("ShowFaces"));
        h->addWidget(count, 1);
        h->addWidget(use);
        h->addWidget(show);
        m_form->addRow(tr("Faces:"), row);
        m_refreshers.push_back([count, current] {
            const auto* cc = current();
            if (!cc) return;
            if (cc->select && std::holds_alternative<sim::BoxSelector>(cc->select->value)) {
                count->setText(tr("a box"));
                return;
            }
            const auto* faces = cc->select
                                    ? std::get_if<std::vector<sim::FaceRef>>(&cc->select->value)
                                    : nullptr;
            const int n = faces ? int(faces->size()) : 0;
            count->setText(n ? tr("%n face(s)", nullptr, n) : tr("none selected"));
        });
        connect(use, &QPushButton::clicked, this,
                [this, item] { emit useSelectedFacesRequested(item); });
        connect(show, &QPushButton::clicked, this, [this, item] { emit showFacesRequested(item); });
    }

    auto* suppressed = new QCheckBox(tr("Su&ppressed"), m_content);
    suppressed->setObjectName(QStringLiteral("Suppressed"));
    m_form->addRow(QString(), suppressed);
    m_refreshers.push_back([suppressed, current] {
        if (const auto* cc = current()) {
            QSignalBlocker block(suppressed);
            suppressed->setChecked(cc->suppressed);
        }
    });
    connect(suppressed, &QCheckBox::toggled, this, [this, item](bool on) {
        push(new SuppressItemCommand(m_editor, item, on));
    });
}

void StudyPropertyPanel::buildMaterial() {
    const int index = m_item.index;
    auto current = [this, index]() -> const sim::MaterialAssignment* {
        const auto& l = m_editor->study().materials;
        return index < int(l.size()) ? &l[std::size_t(index)] : nullptr;
    };
    auto* parts = new QLineEdit(m_content);
    parts->setObjectName(QStringLiteral("MaterialParts"));
    parts->setToolTip(tr("Part paths or names; * matches any text, ? one character"));
    auto* useParts = new QPushButton(tr("Use selected pa&rts"), m_content);
    useParts->setObjectName(QStringLiteral("UseSelectedParts"));
    auto* partsRow = new QWidget(m_content);
    auto* ph = new QHBoxLayout(partsRow);
    ph->setContentsMargins(0, 0, 0, 0);
    ph->addWidget(parts, 1);
    ph->addWidget(useParts);
    m_form->addRow(tr("&Parts:"), partsRow);
    m_refreshers.push_back([parts, current] {
        if (const auto* m = current(); m && !parts->hasFocus())
            parts->setText(QString::fromStdString(m->parts));
    });
    connect(parts, &QLineEdit::editingFinished, this, [this, parts, index, current] {
        const auto* m = current();
        const std::string text = parts->text().trimmed().toStdString();
        if (!m || text.empty() || text == m->parts) return;
        sim::MaterialAssignment changed = *m;
        changed.parts = text;
        push(new SetMaterialCommand(m_editor, index, changed));
    });
    connect(useParts, &QPushButton::clicked, this,
            [this, index] { emit useSelectedPartsRequested(index); });

    auto* name = new QLabel(m_content);
    name->setObjectName(QStringLiteral("MaterialName"));
    auto* browse = new QPushButton(tr("&Choose…"), m_content);
    browse->setObjectName(QStringLiteral("ChooseMaterial"));
    auto* row = new QWidget(m_content);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(name, 1);
    h->addWidget(browse);
    m_form->addRow(tr("Material:"), row);
    connect(browse, &QPushButton::clicked, this,
            [this, index] { emit browseMaterialRequested(index); });

    auto* props = new QLabel(m_content);
    props->setObjectName(QStringLiteral("MaterialProperties"));
    props->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(props);
    m_refreshers.push_back([name, props, current] {
        const auto* m = current();
        if (!m) return;
        std::optional<sim::Material> mat = m->inlineMaterial;
        if (!mat)
            if (auto lib = sim::libraryMaterial(m->libraryId)) mat = *lib;
        if (!mat) {
            name->setText(tr("Unknown material '%1'").arg(QString::fromStdString(m->libraryId)));
            props->clear();
            return;
        }
        name->setText(QString::fromStdString(mat->name) +
                      (m->inlineMaterial ? tr(" (custom)") : QString()));
        const QLocale locale;
        const sim::UnitSystem system = Preferences::unitSystem();
        auto f = [&](double v, sim::Quantity q) { return formatQuantity(v, q, locale, system, 4); };
        props->setText(tr("Young's modulus %1, Poisson's ratio %2, density %3, yield strength %4, "
                          "thermal conductivity %5")
                           .arg(f(mat->youngsModulus, sim::Quantity::Pressure),
                                f(mat->poissonRatio, sim::Quantity::Dimensionless),
                                f(mat->density, sim::Quantity::Density),
                                f(mat->yieldStrength, sim::Quantity::Pressure),
                                f(mat->thermalConductivity,
                                         sim::Quantity::ThermalConductivity)));
        props->setWordWrap(true);
    });
}

void StudyPropertyPanel::buildMesh() {
    const sim::Study& s = m_editor->study();
    auto* slider = new QSlider(Qt::Horizontal, m_content);
    slider->setObjectName(QStringLiteral("Resolution"));
    slider->setRange(0, kResolutionCount - 1);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setEnabled(!s.voxelSize);
    auto* scale = new QWidget(m_content);
    auto* sh = new QHBoxLayout(scale);
    sh->setContentsMargins(0, 0, 0, 0);
    sh->addWidget(new QLabel(tr("Coarse"), scale));
    sh->addWidget(slider, 1);
    sh->addWidget(new QLabel(tr("Fine"), scale));
    m_form->addRow(tr("&Resolution:"), scale);
    m_refreshers.push_back([this, slider] {
        QSignalBlocker block(slider);
        slider->setEnabled(!m_editor->study().voxelSize);
        slider->setValue(resolutionStep(m_editor->study().targetVoxels.value_or(
            kResolutionSteps[kResolutionCount / 2])));
    });
    connect(slider, &QSlider::valueChanged, this, [this](int step) {
        const long long target = kResolutionSteps[std::clamp(step, 0, kResolutionCount - 1)];
        if (m_editor->study().targetVoxels != target)
            push(new SetMeshCommand(m_editor, target, std::nullopt));
    });

    auto* exact = new QCheckBox(tr("E&xact voxel size (advanced)"), m_content);
    exact->setObjectName(QStringLiteral("ExactVoxelSize"));
    auto* size = new QuantityEditor(m_content);
    size->setObjectName(QStringLiteral("VoxelSize"));
    size->setQuantity(sim::Quantity::Length);
    size->setRange(QuantityEditor::Range::Positive);
    m_form->addRow(exact, size);
    m_refreshers.push_back([this, exact, size] {
        const auto& st = m_editor->study();
        QSignalBlocker block(exact);
        exact->setChecked(st.voxelSize.has_value());
        size->setEnabled(st.voxelSize.has_value());
        if (!size->hasFocus()) size->setValue(st.voxelSize.value_or(m_estimateVoxelSize));
    });
    connect(exact, &QCheckBox::toggled, this, [this, size](bool on) {
        double h = size->value().value_or(0.0);
        if (h <= 0) {
            // Start from the size the resolution control gives on this model.
            const auto estimate = m_editor->studySize();
            h = estimate && estimate->voxelSize > 0 ? estimate->voxelSize : 1e-3;
        }
        if (on && h > 0)
            push(new SetMeshCommand(m_editor, std::nullopt, h));
        else if (!on)
            push(new SetMeshCommand(m_editor, kResolutionSteps[kResolutionCount / 2], std::nullopt));
    });
    connect(size, &QuantityEditor::valueEdited, this, [this](double h) {
        if (h > 0 && m_editor->study().voxelSize != h)
            push(new SetMeshCommand(m_editor, std::nullopt, h));
    });

    auto* estimate = new QLabel(m_content);
    estimate->setObjectName(QStringLiteral("MeshEstimate"));
    estimate->setWordWrap(true);
    m_form->addRow(estimate);
    m_refreshers.push_back([this, estimate] {
        const auto size = m_editor->studySize();
        if (!size) {
            estimate->setText(tr("Open a model to see the mesh size."));
            return;
        }
        m_estimateVoxelSize = size->voxelSize;
        const QLocale locale;
        const QString voxels = locale.toString(size->voxels, 'f', 0);
        estimate->setText(
            (size->voxelsUpperBound ? tr("Voxels: at most %1").arg(voxels)
                                    : tr("Voxels: about %1").arg(voxels)) +
            QLatin1Char('\n') + tr("Degrees of freedom: about %1").arg(locale.toString(size->dofs, 'f', 0)) +
            QLatin1Char('\n') +
            tr("Memory: at most %1").arg(locale.formattedDataSize(qint64(size->bytes))));
    });
}

void StudyPropertyPanel::buildProbe() {
    const StudyItemRef item = m_item;
    auto current = [this, item]() -> const sim::Probe* {
        const auto& l = m_editor->study().probes;
        return item.index < int(l.size()) ? &l[std::size_t(item.index)] : nullptr;
    };
    auto* name = new QLineEdit(m_content);
    name->setObjectName(QStringLiteral("ItemName"));
    m_form->addRow(tr("&Name:"), name);
    m_refreshers.push_back([name, current] {
        if (const auto* p = current(); p && !name->hasFocus())
            name->setText(QString::fromStdString(p->name));
    });
    connect(name, &QLineEdit::editingFinished, this, [this, name, item, current] {
        const auto* p = current();
        const std::string text = name->text().trimmed().toStdString();
        if (p && !text.empty() && text != p->name)
            push(new RenameItemCommand(m_editor, item, text));
    });
    auto* row = new QWidget(m_content);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    for (int a = 0; a < 3; ++a) {
        h->addWidget(new QLabel(QString(QChar(u'X' + a)), row));
        auto* editor = new QuantityEditor(row);
        editor->setObjectName(QStringLiteral("ProbePoint_%1").arg(a));
        editor->setQuantity(sim::Quantity::Length);
        h->addWidget(editor, 1);
        m_refreshers.push_back([editor, current, a] {
            if (const auto* p = current(); p && !editor->hasFocus())
                editor->setValue(p->point[std::size_t(a)]);
        });
        connect(editor, &QuantityEditor::valueEdited, this, [this, item, a, current](double v) {
            const auto* p = current();
            if (!p || p->point[std::size_t(a)] == v) return;
            sim::Point3 point = p->point;
            point[std::size_t(a)] = v;
            push(new SetProbePointCommand(m_editor, item.index, point));
        });
    }
    m_form->addRow(tr("Point:"), row);
    auto* suppressed = new QCheckBox(tr("Su&ppressed"), m_content);
    suppressed->setObjectName(QStringLiteral("Suppressed"));
    m_form->addRow(QString(), suppressed);
    m_refreshers.push_back([suppressed, current] {
        if (const auto* p = current()) {
            QSignalBlocker block(suppressed);
            suppressed->setChecked(p->suppressed);
        }
    });
    connect(suppressed, &QCheckBox::toggled, this,
            [this, item](bool on) { push(new SuppressItemCommand(m_editor, item, on)); });
}

} // namespace wb::app
