#include "phasetablemodel.h"

#include "core/domain/clock.h"
#include "objectivetext.h"
#include "ui/dates.h"

#include <algorithm>

namespace tavolo {

namespace {

QDate *dayOf(ObjectivePhase &p, int column)
{
    switch (column) {
    case PhaseTableModel::PlannedStart:
        return &p.planned.from;
    case PhaseTableModel::PlannedEnd:
        return &p.planned.to;
    case PhaseTableModel::ActualStart:
        return &p.actualStart;
    case PhaseTableModel::ActualEnd:
        return &p.actualEnd;
    default:
        return nullptr;
    }
}

QString *textOf(ObjectivePhase &p, int column)
{
    switch (column) {
    case PhaseTableModel::Responsible:
        return &p.responsible;
    case PhaseTableModel::Centre:
        return &p.responsibilityCentre;
    case PhaseTableModel::Notes:
        return &p.notes;
    default:
        return nullptr;
    }
}

} // namespace

PhaseTableModel::PhaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PhaseTableModel::setPhases(const QList<ObjectivePhase> &phases)
{
    const bool same = phases.size() == m_phases.size()
        && std::equal(phases.cbegin(), phases.cend(), m_phases.cbegin(),
                      [](const ObjectivePhase &a, const ObjectivePhase &b) {
                          return a.id == b.id;
                      });
    if (same) { // in place: the table may be inside an edit's setData
        m_phases = phases;
        if (!m_phases.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_phases = phases;
    endResetModel();
}

int PhaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phases.size());
}

int PhaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    ObjectivePhase p = m_phases.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole
        && (column == Number || column == Weight || column == Progress))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return column == Description ? p.description
            : textOf(p, column)      ? *textOf(p, column)
                                     : QString();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    if (QDate *day = dayOf(p, column))
        return edit ? QVariant(day->isValid() ? *day : Clock::today()) : dates::text(*day);
    if (QString *text = textOf(p, column))
        return *text;
    switch (column) {
    case Number:
        return p.number;
    case Description:
        return p.description;
    case Weight:
        return edit ? QVariant(p.weight) : ObjectiveText::amount(p.weight);
    case Progress:
        return edit ? QVariant(p.progress) : ObjectiveText::amount(p.progress) + QLatin1Char('%');
    default:
        return {};
    }
}

QVariant PhaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Description:
        return tr("Phase");
    case Weight:
        return tr("Weight");
    case PlannedStart:
        return tr("Planned start");
    case PlannedEnd:
        return tr("Planned end");
    case ActualStart:
        return tr("Actual start");
    case ActualEnd:
        return tr("Actual end");
    case Progress:
        return tr("Progress");
    case Responsible:
        return tr("Responsible");
    case Centre:
        return tr("Centre of responsibility");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags PhaseTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Number && index.column() != Description && m_editor)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PhaseTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editor)
        return false;
    ObjectivePhase changed = m_phases.at(index.row());
    if (QDate *day = dayOf(changed, index.column()))
        *day = value.toDate(); // an empty value clears the day (Delete on the cell)
    else if (QString *text = textOf(changed, index.column()))
        *text = value.toString();
    else if (index.column() == Weight)
        changed.weight = value.toDouble();
    else if (index.column() == Progress)
        changed.progress = value.toDouble();
    else
        return false;
    if (changed == m_phases.at(index.row()))
        return true;
    return m_editor(changed);
}

} // namespace tavolo
