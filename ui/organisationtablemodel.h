#pragma once

#include "core/domain/organisation.h"
#include "registertablemodel.h"

namespace tavolo {

class Archive;

// The register of organisations as a table, read from OrganisationStore; follows every change
// the archive commits (Archive::changed), whoever made it: only the records edited, after an
// edit (RegisterTableModel).
class OrganisationTableModel : public RegisterTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Category, TaxCode, Comune, Pec, Phone, Status, ColumnCount };

    explicit OrganisationTableModel(Archive &archive, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Organisation &organisation(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when absent

public slots:
    void reload() override;

protected:
    bool refresh(const ArchiveChanges &changes) override;

private:
    Archive &m_archive;
    QList<Organisation> m_rows;
};

} // namespace tavolo
