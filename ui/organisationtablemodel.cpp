#include "organisationtablemodel.h"

#include "core/storage/archive.h"
#include "core/storage/organisationstore.h"
#include "itemroles.h"

#include <QApplication>
#include <QPalette>

namespace tavolo {

OrganisationTableModel::OrganisationTableModel(Archive &archive, QObject *parent)
    : RegisterTableModel(parent)
    , m_archive(archive)
{
    follow(m_archive);
    reload();
}

void OrganisationTableModel::reload()
{
    QList<Organisation> rows =
        m_archive.isOpen() ? OrganisationStore(m_archive).list() : QList<Organisation>();
    replaceRows(changedRows(m_rows, rows), [&] { m_rows = std::move(rows); });
}

bool OrganisationTableModel::refresh(const ArchiveChanges &changes)
{
    const std::optional<QList<qint64>> updated = changes.updatedOnly(OrganisationStore::table());
    if (!updated || !m_archive.isOpen())
        return false;
    const OrganisationStore store(m_archive);
    return refreshRows(
        m_rows, *updated, [&](qint64 id) { return store.find(id); },
        [](const Organisation &o) { return o.name; });
}

int OrganisationTableModel::rowOf(qint64 id) const
{
    return rowWithId(m_rows, id);
}

int OrganisationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Organisation &o = m_rows.at(index.row());
    if (role == IdRole)
        return o.id;
    // Inactive organisations stay in the register (history refers to them), but step back.
    if (role == Qt::ForegroundRole && !o.active)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Name && !o.notes.isEmpty())
        return QStringLiteral("%1\n\n%2").arg(o.name, o.notes);
    // The full text of a cell, which the table may elide.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return o.name;
    case Category:
        return Categories::label(o.category);
    case TaxCode:
        return o.taxCode;
    case Comune:
        return o.comune;
    case Pec:
        return o.pec;
    case Phone:
        return o.phone;
    case Status:
        return o.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case TaxCode:
        return tr("Tax code");
    case Comune:
        return tr("Comune");
    case Pec:
        return tr("PEC");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tavolo
