#pragma once

#include "core/domain/objective.h"

#include <QAbstractTableModel>
#include <functional>

namespace tavolo {

// An objective's phases as an editable table: weight, planned and actual days, progress,
// responsible, centre and notes. An edit is handed to `editor` (the page runs it through the
// rules as an undoable command); the table shows what the archive then holds, so a refused
// edit leaves the cell as it was.
class PhaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Description,
        Weight,
        PlannedStart,
        PlannedEnd,
        ActualStart,
        ActualEnd,
        Progress,
        Responsible,
        Centre,
        Notes,
        ColumnCount
    };
    using Editor = std::function<bool(const ObjectivePhase &changed)>;

    explicit PhaseTableModel(QObject *parent = nullptr);

    void setEditor(Editor editor) { m_editor = std::move(editor); }
    // The same phases again (after an edit) update the cells in place; others reset the table.
    void setPhases(const QList<ObjectivePhase> &phases);
    const QList<ObjectivePhase> &phases() const { return m_phases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QList<ObjectivePhase> m_phases;
    Editor m_editor;
};

} // namespace tavolo
