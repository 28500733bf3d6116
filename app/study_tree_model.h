#pragma once
/// The study as a tree: analysis, materials, supports, loads, mesh, probes, target service and
/// the project's results. Items of the lists can be renamed in place (supports, loads, probes).
/// Each result (newest first) lists every field's maximum and minimum with its place and every
/// probe with its values, in the user's unit system; a result whose study has changed since is
/// marked out of date. GUI thread only.

#include "study_editor.h"

#include <QAbstractItemModel>

#include <vector>

namespace wb::app {

class ProjectResults;

class StudyTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        OutOfDateRole = Qt::UserRole + 1, ///< bool, on a result's node
        ResultJobRole,                    ///< QString: the job of a result node or its rows
    };

    explicit StudyTreeModel(StudyEditor* editor, QObject* parent = nullptr);

    /// The service the project targets, shown in the tree ("" = the embedded local service).
    void setServiceLabel(const QString& label);
    /// The results shown in the Results group (none until set; not owned).
    void setResults(ProjectResults* results);

    /// The study item of a node; a node of the Results group is the group ({Results, -1}).
    StudyItemRef itemAt(const QModelIndex& index) const;
    QModelIndex indexOf(StudyItemRef item) const;
    /// The job whose result `index` or its ancestor shows; empty for other nodes.
    QString resultJobAt(const QModelIndex& index) const;
    /// The node of the result of `jobId`; invalid when there is none.
    QModelIndex indexOfResult(const QString& jobId) const;

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
    /// A result as shown: the job's node, its rows (extremes, probes) and the probes' values.
    struct ResultNode {
        QString jobId, text, toolTip;
        bool outOfDate = false, unreadable = false;
        struct Row {
            QString text;
            std::vector<QString> values; ///< a probe's values (its child rows)
        };
        std::vector<Row> rows;
    };

    int itemCount(StudyItemRef::Kind kind) const;
    QString groupText(StudyItemRef::Kind kind) const;
    QString itemText(StudyItemRef item) const;
    bool hasError(StudyItemRef item) const;
    // study_tree_results.cpp
    void buildResults();
    void updateOutOfDate();
    /// Where a node of the Results group is: level 1 a result, 2 its row, 3 a probe's value.
    struct ResultPos {
        int level = 0;
        int result = -1, row = -1, value = -1;
    };
    ResultPos resultPos(const QModelIndex& index) const;
    QVariant resultData(const ResultPos& pos, int role) const;

    StudyEditor* m_editor;
    QString m_service;
    ProjectResults* m_results = nullptr;
    std::vector<ResultNode> m_resultNodes;
};

} // namespace wb::app
