#pragma once

#include "core/domain/person.h"
#include "registertablemodel.h"

#include <QHash>

namespace tavolo {

class Archive;

// The register of people as a table, read from PersonStore (organisation names from
// OrganisationStore); follows every change the archive commits (Archive::changed), whoever made
// it: only the people edited, after an edit of people (RegisterTableModel).
class PersonTableModel : public RegisterTableModel
{
    Q_OBJECT
public:
    enum Column { FamilyName, GivenName, Organisation, TaxCode, Email, Pec, Phone, ColumnCount };

    explicit PersonTableModel(Archive &archive, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Person &person(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when absent

public slots:
    void reload() override;

protected:
    bool refresh(const ArchiveChanges &changes) override;

private:
    Archive &m_archive;
    QList<Person> m_rows;
    QHash<qint64, QString> m_organisationNames;
};

} // namespace tavolo
