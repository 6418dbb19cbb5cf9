#pragma once

#include "columnmapping.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tavolo {

class Archive;

// What an import found in one record of the file, and the id it got once written.
struct ImportRowReport
{
    int line = 0; // line of the file where the record starts
    QString label; // the organisation's or person's name, for the clerk
    Problems problems;
    qint64 id = 0;

    QJsonObject toJson() const;
};

struct ImportReport
{
    QString encoding;
    QChar separator;
    QList<QPair<QString, QString>> columns; // header → field, in file order
    QStringList ignoredColumns;
    QList<ImportRowReport> rows;
    bool written = false;

    bool hasRefusals() const;
    int refusedRows() const;
    QJsonObject toJson() const;
};

// Imports organisations or people from the CSV a spreadsheet writes (CsvReader), all or nothing:
// every record is checked first (the rules of the register, duplicates in the file and in the
// archive, unknown categories and organisations), and only a file without a single refused
// record is written, in one transaction, audited as "import orgs" / "import people".
class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    using Kind = ColumnMapping::Kind;

    RegisterImport(Archive &archive, Kind kind);

    // The dry run: reads and checks everything, writes nothing. Refused when the file cannot be
    // read as CSV or its columns cannot be mapped; a record's problems are in the report.
    Result<ImportReport> check(const QByteArray &bytes, const QStringList &overrides = {}) const;
    // check(), then, when no record is refused, writes them all; report.written says whether.
    Result<ImportReport> run(const QByteArray &bytes, const QStringList &overrides = {});

private:
    struct Plan;
    // Reads the file, maps its columns and checks every record against the register's rules,
    // the archive and the file's other records.
    Result<Plan> plan(const QByteArray &bytes, const QStringList &overrides) const;
    Problems alreadyInArchive(const QString &taxCode) const;

    Archive &m_archive;
    Kind m_kind;
};

} // namespace tavolo
