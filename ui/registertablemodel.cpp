#include "registertablemodel.h"

#include "core/storage/archive.h"

namespace tavolo {

void RegisterTableModel::follow(const Archive &archive)
{
    connect(&archive, &Archive::changed, this, &RegisterTableModel::hear);
}

void RegisterTableModel::hear(const ArchiveChanges &changes)
{
    if ((m_shown && !m_shown()) || m_stale || !refresh(changes))
        reloadOrDefer();
}

bool RegisterTableModel::refresh(const ArchiveChanges &)
{
    return false;
}

void RegisterTableModel::reloadOrDefer()
{
    if (m_shown && !m_shown())
        m_stale = true;
    else
        reload();
}

void RegisterTableModel::reloadIfStale()
{
    if (m_stale)
        reload(); // replaceRows clears m_stale
}

void RegisterTableModel::replaceRows(const std::optional<QList<int>> &changed,
                                     const std::function<void()> &assign)
{
    m_stale = false;
    if (!changed) {
        beginResetModel();
        assign();
        endResetModel();
        return;
    }
    assign();
    announce(*changed);
}

void RegisterTableModel::announce(const QList<int> &rows)
{
    const int last = columnCount() - 1;
    for (const int row : rows)
        emit dataChanged(index(row, 0), index(row, last));
}

} // namespace tavolo
