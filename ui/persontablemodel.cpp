#include "persontablemodel.h"

#include "core/storage/archive.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "itemroles.h"

namespace tavolo {

PersonTableModel::PersonTableModel(Archive &archive, QObject *parent)
    : RegisterTableModel(parent)
    , m_archive(archive)
{
    follow(m_archive);
    reload();
}

void PersonTableModel::reload()
{
    QList<Person> rows;
    QHash<qint64, QString> names;
    if (m_archive.isOpen()) {
        rows = PersonStore(m_archive).list();
        for (const auto &o : OrganisationStore(m_archive).list())
            names.insert(o.id, o.name);
    }
    // A row shows its organisation's name too: a renamed organisation changes its people's rows.
    const auto nameDiffers = [&](int row) {
        const std::optional<qint64> id = rows.at(row).organisationId;
        return id && m_organisationNames.value(*id) != names.value(*id);
    };
    replaceRows(changedRows(m_rows, rows, nameDiffers), [&] {
        m_rows = std::move(rows);
        m_organisationNames = std::move(names);
    });
}

bool PersonTableModel::refresh(const ArchiveChanges &changes)
{
    // A change of organisations may rename one that rows show: the register is listed again.
    const std::optional<QList<qint64>> organisations =
        changes.updatedOnly(OrganisationStore::table());
    const std::optional<QList<qint64>> updated = changes.updatedOnly(PersonStore::table());
    if (!organisations || !organisations->isEmpty() || !updated || !m_archive.isOpen())
        return false;
    const PersonStore store(m_archive);
    return refreshRows(
        m_rows, *updated, [&](qint64 id) { return store.find(id); },
        [](const Person &p) { return std::pair(p.familyName, p.givenName); });
}

int PersonTableModel::rowOf(qint64 id) const
{
    return rowWithId(m_rows, id);
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
