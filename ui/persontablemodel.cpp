#include "persontablemodel.h"

#include "core/storage/archive.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "itemroles.h"

namespace tavolo {

PersonTableModel::PersonTableModel(Archive &archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{
    connect(&m_archive, &Archive::changed, this, &PersonTableModel::reload);
    reload();
}

void PersonTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_organisationNames.clear();
    if (m_archive.isOpen()) {
        m_rows = PersonStore(m_archive).list();
        for (const auto &o : OrganisationStore(m_archive).list())
            m_organisationNames.insert(o.id, o.name);
    }
    endResetModel();
}

int PersonTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Person &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == Qt::ToolTipRole && index.column() <= GivenName && !p.notes.isEmpty())
        return QStringLiteral("%1\n\n%2").arg(p.displayName(), p.notes);
    // The full text of a cell, which the table may elide.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FamilyName:
        return p.familyName;
    case GivenName:
        return p.givenName;
    case Organisation:
        return p.organisationId ? m_organisationNames.value(*p.organisationId) : QString();
    case TaxCode:
        return p.taxCode;
    case Email:
        return p.email;
    case Pec:
        return p.pec;
    case Phone:
        return p.phone;
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FamilyName:
        return tr("Family name");
    case GivenName:
        return tr("Given name");
    case Organisation:
        return tr("Organisation");
    case TaxCode:
        return tr("Tax code");
    case Email:
        return tr("E-mail");
    case Pec:
        return tr("PEC");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace tavolo
