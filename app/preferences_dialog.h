#pragma once
/// Preferences: display unit, unit of unitless mesh files, tessellation quality, language.

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace wb::app {

/// Applies on OK: stores to Preferences and switches the language at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    QComboBox* m_unit = nullptr;
    QComboBox* m_quality = nullptr;
    QComboBox* m_meshUnit = nullptr;
    QLabel* m_meshUnitLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_unitLabel = nullptr;
    QLabel* m_qualityLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
};

} // namespace wb::app
