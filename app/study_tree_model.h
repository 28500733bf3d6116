#pragma once
/// The study as a tree: analysis, materials, supports, loads, mesh, probes and target service.
/// Items of the lists can be renamed in place (supports, loads, probes). GUI thread only.

#include "study_editor.h"

#include <QAbstractItemModel>

namespace wb::app {

class StudyTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit StudyTreeModel(StudyEditor* editor, QObject* parent = nullptr);

    /// The service the project targets, shown in the tree ("" = the embedded local service).
    void setServiceLabel(const QString& label);

    StudyItemRef itemAt(const QModelIndex& index) const;
    QModelIndex indexOf(StudyItemRef item) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Rebuilds after a change of the study or the language.
    void refresh();

private:
    int itemCount(StudyItemRef::Kind kind) const;
    QString groupText(StudyItemRef::Kind kind) const;
    QString itemText(StudyItemRef item) const;
    bool hasError(StudyItemRef item) const;

    StudyEditor* m_editor;
    QString m_service;
};

} // namespace wb::app
