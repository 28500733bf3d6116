#pragma once
/// The material browser: the built-in library grouped by category and the user's own
/// materials (materials.json), with search, a property table and editing of user materials.

#include "core/sim/user_material_library.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace wb::app {

/// Lives on the GUI thread. Reads the user library when constructed (a small local file) and
/// writes it atomically after each change; a file that cannot be used is reported in the
/// dialog and kept (the first save backs it up to materials.json.bak).
class MaterialBrowser : public QDialog {
    Q_OBJECT
public:
    /// `userLibraryFile` empty: defaultUserLibraryFile().
    explicit MaterialBrowser(QWidget* parent = nullptr, const QString& userLibraryFile = {});

    /// QStandardPaths::AppDataLocation/materials.json.
    static QString defaultUserLibraryFile();
    /// Opens a browser modally with `currentId` selected; the chosen id, or empty when the
    /// user cancels.
    static QString chooseMaterial(QWidget* parent, const QString& currentId = {},
                                  const QString& userLibraryFile = {});
    /// chooseMaterial() as the study's assignment to `partsGlob` (a user material inline);
    /// nullopt when the user cancels.
    static std::optional<sim::MaterialAssignment>
    chooseAssignment(QWidget* parent, const QString& partsGlob, const QString& currentId = {},
                     const QString& userLibraryFile = {});

    /// The id of the selected material, or empty.
    QString selectedMaterialId() const;
    /// Selects the material `id` (built-in or user) and shows it; false when there is none.
    bool selectMaterial(const QString& id);
    const sim::UserLibrary& userLibrary() const { return m_file.library(); }
    /// The error shown about the user library (reading or saving), or empty.
    QString userLibraryError() const { return m_error; }

    /// A user-library error of core (ids "materials.*", "io.write_error") as translated text.
    static QString errorText(const core::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildTree();
    void applyFilter();
    void showProperties();
    void updateButtons();
    void newMaterial();
    void duplicateMaterial();
    void editMaterial();
    void deleteMaterial();
    void editAndStore(const sim::LibraryMaterial& start, const QString& title,
                      const QString& replacingId);
    void setError(const QString& text);
    const sim::LibraryMaterial* selected() const;

    sim::UserLibraryFile m_file;
    QString m_error;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace wb::app
