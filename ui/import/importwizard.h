#pragma once

#include "core/io/csvreader.h"
#include "core/operations/columnmapping.h"

#include <QWizard>

namespace tavolo {

class Archive;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;

// File › Import organisations… / Import people…: the clerk's spreadsheet into the register, all
// or nothing, with the code `tavolo-cli import` runs (RegisterImport): choose the file, map its
// columns, see every record's problems by line, and only a file without refusals is written.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    using Kind = ColumnMapping::Kind;
    enum PageId { FileStep, MappingStep, CheckStep };

    ImportWizard(Archive &archive, Kind kind, QWidget *parent = nullptr);

    // Runs the wizard and tells the clerk how many records were written.
    static void run(Archive &archive, Kind kind, QWidget *parent);

    Archive &archive() const { return m_archive; }
    Kind kind() const { return m_kind; }

    // Reads `path` as CSV; false with a sentence for the clerk when it cannot.
    bool loadFile(const QString &path, QString *error);
    bool hasFile() const { return !m_table.rows.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }
    const CsvTable &csv() const { return m_table; }

    QStringList overrides() const; // the column mapping as "column=field" texts
    int importedCount() const { return m_imported; }
    void setImportedCount(int count) { m_imported = count; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }

private:
    Archive &m_archive;
    Kind m_kind;
    QByteArray m_bytes;
    CsvTable m_table;
    int m_imported = 0;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportCheckPage *m_checkPage;
};

} // namespace tavolo
