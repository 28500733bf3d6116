#pragma once
/// Preferences: unit system, unit of unitless mesh files, tessellation quality, the import
/// limits, language.

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;
class QSpinBox;
class QTabWidget;

namespace wb::app {

class ServicesPage;

/// Applies on OK: stores to Preferences and switches the language at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;
    /// Shows the Services tab (where service errors point).
    void showServicesPage();
    ServicesPage* servicesPage() const { return m_services; }

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    QComboBox* m_unit = nullptr;
    QComboBox* m_quality = nullptr;
    QComboBox* m_meshUnit = nullptr;
    QLabel* m_meshUnitLabel = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLabel* m_timeoutLabel = nullptr;
    QSpinBox* m_memory = nullptr;
    QLabel* m_memoryLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_unitLabel = nullptr;
    QLabel* m_qualityLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    ServicesPage* m_services = nullptr;
};

} // namespace wb::app
