#include "preferences_dialog.h"

#include "language_manager.h"
#include "preferences.h"
#include "quantity_format.h"
#include "services_page.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wb::app {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitSystem"));
    m_quality = new QComboBox(this);
    m_meshUnit = new QComboBox(this);
    m_meshUnitLabel = new QLabel(this);
    m_meshUnitLabel->setBuddy(m_meshUnit);
    m_language = new QComboBox(this);
    m_unitLabel = new QLabel(this);
    m_qualityLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_unitLabel->setBuddy(m_unit);
    m_qualityLabel->setBuddy(m_quality);
    m_languageLabel->setBuddy(m_language);
    // Limits of the import helper process: a day and a terabyte are plenty.
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("importTimeout"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setValue(Preferences::importTimeoutSeconds());
    m_timeoutLabel = new QLabel(this);
    m_timeoutLabel->setBuddy(m_timeout);
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(QStringLiteral("importMemory"));
    m_memory->setRange(64, 1 << 20);
    m_memory->setSingleStep(256);
    m_memory->setValue(Preferences::importMemoryMB());
    m_memoryLabel = new QLabel(this);
    m_memoryLabel->setBuddy(m_memory);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_meshUnitLabel, m_meshUnit);
    form->addRow(m_qualityLabel, m_quality);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_memoryLabel, m_memory);
    form->addRow(m_languageLabel, m_language);
    auto* general = new QWidget(this);
    general->setLayout(form);
    m_services = new ServicesPage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(general, QString());
    m_tabs->addTab(m_services, QString());
    layout->addWidget(m_tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
}

void PreferencesDialog::retranslate() {
    setWindowTitle(tr("Preferences"));
    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("&Services"));
        m_unitLabel->setText(tr("&Units:"));
    m_qualityLabel->setText(tr("&Tessellation quality:"));
    m_languageLabel->setText(tr("&Language:"));

    m_unit->clear();
    for (sim::UnitSystem system : sim::kUnitSystems)
        m_unit->addItem(unitSystemName(system), int(system));
    m_unit->setCurrentIndex(m_unit->findData(int(Preferences::unitSystem())));
    m_unit->setToolTip(tr("Values are shown in these units, and a number typed without a unit "
                          "is read in them. Any unit may be typed with a value (\"5 kN\")."));

    m_meshUnitLabel->setText(tr("&Mesh file unit:"));
    m_meshUnit->clear();
    m_meshUnit->addItem(tr("Automatic (mm; metres for glTF)"), 0.0);
    m_meshUnit->addItem(tr("Millimetres (mm)"), 1e-3);
    m_meshUnit->addItem(tr("Centimetres (cm)"), 1e-2);
    m_meshUnit->addItem(tr("Metres (m)"), 1.0);
    m_meshUnit->addItem(tr("Inches (in)"), 0.0254);
    m_meshUnit->setCurrentIndex(std::max(0, m_meshUnit->findData(Preferences::meshUnit())));
    m_meshUnit->setToolTip(tr("Unit of files that store no unit (STL, OBJ, PLY, ...). CAD files "
                              "keep their own unit."));

    m_quality->clear();
    m_quality->addItem(tr("Coarse (fastest)"), int(core::io::Quality::Coarse));
    m_quality->addItem(tr("Normal"), int(core::io::Quality::Normal));
    m_quality->addItem(tr("Fine (most triangles)"), int(core::io::Quality::Fine));
    m_quality->setCurrentIndex(m_quality->findData(int(Preferences::tessellationQuality())));
    m_quality->setToolTip(tr("Applies to files opened from now on; use Reload for open files."));

    m_timeoutLabel->setText(tr("&Import time limit:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("An import that takes longer is stopped; what was open stays."));
    m_memoryLabel->setText(tr("Import m&emory limit:"));
    m_memory->setSuffix(tr(" MB"));
    m_memory->setToolTip(tr("An import that needs more memory is stopped; what was open "
                            "stays."));

    m_language->clear();
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Preferences::language()));
}

void PreferencesDialog::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(e);
}

void PreferencesDialog::showServicesPage() {
    m_tabs->setCurrentWidget(m_services);
}

void PreferencesDialog::accept() {
    if (!m_services->apply()) return showServicesPage();
    Preferences::setUnitSystem(static_cast<sim::UnitSystem>(m_unit->currentData().toInt()));
    Preferences::setMeshUnit(m_meshUnit->currentData().toDouble());
    Preferences::setTessellationQuality(
        static_cast<core::io::Quality>(m_quality->currentData().toInt()));
    Preferences::setImportTimeoutSeconds(m_timeout->value());
    Preferences::setImportMemoryMB(m_memory->value());
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != Preferences::language();
    Preferences::setLanguage(language);
    QDialog::accept();
    if (languageChanged) LanguageManager::instance().apply(language);
}

} // namespace wb::app
