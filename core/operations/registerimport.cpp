#include "registerimport.h"

#include "core/domain/taxcode.h"
#include "core/io/csvreader.h"
#include "core/storage/archive.h"
#include "core/storage/auditscope.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "importvalues.h"
#include "problemjson.h"

#include <QHash>
#include <QJsonArray>

namespace tavolo {

namespace {

Problem rowProblem(const QString &rule, const QString &message, const QString &field = {})
{
    return Problem::refused(rule, message, field);
}

using Cells = QHash<QString, QString>; // one record's cells, by field name

Cells cellsOf(const ColumnMapping &mapping, const CsvRow &row)
{
    Cells cells;
    for (auto it = mapping.columns().cbegin(); it != mapping.columns().cend(); ++it)
        cells.insert(it.value(),
                     it.key() < row.fields.size() ? row.fields.at(it.key()) : QString());
    return cells;
}

// What the file says of the columns: its encoding, separator, and which column feeds which field.
ImportReport describeFile(const CsvTable &table, const ColumnMapping &mapping)
{
    ImportReport report;
    report.encoding = table.encoding;
    report.separator = table.separator;
    report.ignoredColumns = mapping.ignored();
    const QStringList &header = table.rows.first().fields;
    for (auto it = mapping.columns().cbegin(); it != mapping.columns().cend(); ++it)
        report.columns << qMakePair(header.at(it.key()).trimmed(), it.value());
    return report;
}

// An organisation's record, normalised; what cannot be read or breaks the register's rules
// goes to `problems`.
Organisation organisationOf(const Cells &cell, Problems &problems)
{
    Organisation o;
    o.name = ImportValues::singleLine(cell.value(QStringLiteral("name")));
    o.taxCode = cell.value(QStringLiteral("taxCode"));
    o.runtsSection = ImportValues::singleLine(cell.value(QStringLiteral("runtsSection")));
    o.runtsNumber = ImportValues::singleLine(cell.value(QStringLiteral("runtsNumber")));
    o.comune = ImportValues::singleLine(cell.value(QStringLiteral("comune")));
    o.address = ImportValues::singleLine(cell.value(QStringLiteral("address")));
    o.pec = ImportValues::singleLine(cell.value(QStringLiteral("pec")));
    o.email = ImportValues::singleLine(cell.value(QStringLiteral("email")));
    o.phone = ImportValues::singleLine(cell.value(QStringLiteral("phone")));
    o.notes = ImportValues::multiLine(cell.value(QStringLiteral("notes")));
    const QString categoryText = cell.value(QStringLiteral("category")).trimmed();
    if (auto category = ImportValues::category(categoryText))
        o.category = *category;
    else
        problems << rowProblem(
            QStringLiteral("CATEGORY"),
            RegisterImport::tr("Unknown category \"%1\". Write one of the categories "
                               "of the regulation (e.g. \"Cooperativa sociale\", "
                               "\"ODV\", \"APS\") or its id (e.g. social-cooperative).")
                .arg(categoryText),
            QStringLiteral("category"));
    const QString activeText = cell.value(QStringLiteral("active"));
    if (auto active = ImportValues::boolean(activeText, true))
        o.active = *active;
    else
        problems << rowProblem(
            QStringLiteral("INPUT"),
            RegisterImport::tr("\"%1\" is not yes or no (sì/no).").arg(activeText.trimmed()),
            QStringLiteral("active"));
    o = OrganisationRules::normalised(o);
    problems << OrganisationRules::validate(o);
    return o;
}

// The organisation a person's record names, by tax code, else by name (a spreadsheet rarely
// holds our ids); none, or a problem, when no single one of the archive answers to it.
qint64 organisationNamed(const QString &organisation, const QList<Organisation> &existing,
                         Problems &problems)
{
    const QString code = TaxCode::normalised(organisation);
    QList<qint64> matches;
    for (const Organisation &o : existing) {
        if (o.taxCode == code || ImportValues::folded(o.name) == ImportValues::folded(organisation))
            matches << o.id;
    }
    if (matches.size() == 1)
        return matches.first();
    problems << rowProblem(
        QStringLiteral("NOT-FOUND"),
        matches.isEmpty()
            ? RegisterImport::tr("No organisation in the archive has the tax code or name \"%1\": "
                                 "import the organisations first.")
                  .arg(organisation)
            : RegisterImport::tr("%1 organisations in the archive are called \"%2\": write the "
                                 "tax code instead.")
                  .arg(matches.size())
                  .arg(organisation),
        QStringLiteral("organisation"));
    return 0;
}

// A person's record, normalised, its organisation looked up among `organisations`.
Person personOf(const Cells &cell, const QList<Organisation> &organisations, Problems &problems)
{
    Person p;
    p.givenName = ImportValues::singleLine(cell.value(QStringLiteral("givenName")));
    p.familyName = ImportValues::singleLine(cell.value(QStringLiteral("familyName")));
    p.taxCode = cell.value(QStringLiteral("taxCode"));
    p.email = ImportValues::singleLine(cell.value(QStringLiteral("email")));
    p.pec = ImportValues::singleLine(cell.value(QStringLiteral("pec")));
    p.phone = ImportValues::singleLine(cell.value(QStringLiteral("phone")));
    p.notes = ImportValues::multiLine(cell.value(QStringLiteral("notes")));
    const QString organisation =
        ImportValues::singleLine(cell.value(QStringLiteral("organisation")));
    if (!organisation.isEmpty()) {
        if (const qint64 id = organisationNamed(organisation, organisations, problems))
            p.organisationId = id;
    }
    p = PersonRules::normalised(p);
    problems << PersonRules::validate(p);
    return p;
}

// The tax code already on an earlier line of the file (`seen`: tax code → its first line).
void checkRepeatInFile(const QString &taxCode, int line, QHash<QString, int> &seen,
                       Problems &problems)
{
    if (taxCode.isEmpty())
        return;
    if (!seen.contains(taxCode)) {
        seen.insert(taxCode, line);
        return;
    }
    problems << rowProblem(QStringLiteral("DUPLICATE"),
                           RegisterImport::tr("The tax code %1 is also on line %2 of the file.")
                               .arg(taxCode)
                               .arg(seen.value(taxCode)),
                           QStringLiteral("taxCode"));
}

} // namespace

QJsonObject ImportRowReport::toJson() const
{
    QJsonObject out {{QStringLiteral("line"), line},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("problems"), problemsToJson(problems)}};
    if (id > 0)
        out.insert(QStringLiteral("id"), id);
    return out;
}

bool ImportReport::hasRefusals() const
{
    return refusedRows() > 0;
}

int ImportReport::refusedRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ImportRowReport &r) { return hasRefusal(r.problems); }));
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject columnsJson;
    for (const auto &pair : columns)
        columnsJson.insert(pair.first, pair.second);
    QJsonArray rowsJson;
    for (const ImportRowReport &row : rows)
        rowsJson << row.toJson();
    return {{QStringLiteral("encoding"), encoding},
            {QStringLiteral("separator"), QString(separator)},
            {QStringLiteral("columns"), columnsJson},
            {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(ignoredColumns)},
            {QStringLiteral("rows"), rowsJson},
            {QStringLiteral("refusedRows"), refusedRows()},
            {QStringLiteral("written"), written}};
}

struct RegisterImport::Plan
{
    ImportReport report;
    QList<Organisation> organisations; // parallel to report.rows (one of the two lists is used)
    QList<Person> people;
};

RegisterImport::RegisterImport(Archive &archive, Kind kind)
    : m_archive(archive)
    , m_kind(kind)
{ }

Result<RegisterImport::Plan> RegisterImport::plan(const QByteArray &bytes,
                                                  const QStringList &overrides) const
{
    const auto table = CsvReader::read(bytes);
    if (!table)
        return Result<Plan>::from(table);
    const QList<CsvRow> &rows = table.value().rows;
    if (rows.size() < 2)
        return Result<Plan>::refused(Problem::refused(
            QStringLiteral("IMPORT-EMPTY"),
            tr("The file has no records: the first line must name the columns and the records "
               "follow it.")));
    const auto mapping = ColumnMapping::build(m_kind, rows.first().fields, overrides);
    if (!mapping)
        return Result<Plan>::from(mapping);

    Plan plan;
    plan.report = describeFile(table.value(), mapping.value());
    const QList<Organisation> organisations =
        m_kind == Kind::People ? OrganisationStore(m_archive).list() : QList<Organisation> {};
    QHash<QString, int> taxCodeLines; // tax code → line of the file where it first appears
    for (qsizetype r = 1; r < rows.size(); ++r) {
        ImportRowReport report;
        report.line = rows.at(r).line;
        const Cells cells = cellsOf(mapping.value(), rows.at(r));
        QString taxCode;
        if (m_kind == Kind::Organisations) {
            plan.organisations << organisationOf(cells, report.problems);
            report.label = plan.organisations.last().name;
            taxCode = plan.organisations.last().taxCode;
        } else {
            plan.people << personOf(cells, organisations, report.problems);
            report.label = plan.people.last().displayName().trimmed();
            taxCode = plan.people.last().taxCode;
        }
        report.problems << alreadyInArchive(taxCode);
        checkRepeatInFile(taxCode, report.line, taxCodeLines, report.problems);
        plan.report.rows << report;
    }
    return Result<Plan>::ok(plan);
}

Problems RegisterImport::alreadyInArchive(const QString &taxCode) const
{
    if (taxCode.isEmpty())
        return {};
    if (m_kind == Kind::Organisations) {
        if (const auto found = OrganisationStore(m_archive).findByTaxCode(taxCode))
            return {rowProblem(QStringLiteral("DUPLICATE"),
                               tr("An organisation with tax code %1 is already in the "
                                  "archive (%2).")
                                   .arg(taxCode, found->name),
                               QStringLiteral("taxCode"))};
    } else if (const auto found = PersonStore(m_archive).findByTaxCode(taxCode)) {
        return {rowProblem(QStringLiteral("DUPLICATE"),
                           tr("A person with tax code %1 is already in the archive "
                              "(%2).")
                               .arg(taxCode, found->displayName()),
                           QStringLiteral("taxCode"))};
    }
    return {};
}

Result<ImportReport> RegisterImport::check(const QByteArray &bytes,
                                           const QStringList &overrides) const
{
    const auto planned = plan(bytes, overrides);
    if (!planned)
        return Result<ImportReport>::from(planned);
    return Result<ImportReport>::ok(planned.value().report);
}

Result<ImportReport> RegisterImport::run(const QByteArray &bytes, const QStringList &overrides)
{
    auto planned = plan(bytes, overrides);
    if (!planned)
        return Result<ImportReport>::from(planned);
    Plan &p = planned.value();
    if (p.report.hasRefusals())
        return Result<ImportReport>::ok(p.report);
    const AuditScope audit(m_archive,
                           m_kind == Kind::Organisations ? QStringLiteral("import orgs")
                                                         : QStringLiteral("import people"));
    QList<qint64> ids;
    const auto written = m_archive.write([&]() -> Result<Done> {
        for (qsizetype i = 0; i < p.report.rows.size(); ++i) {
            const auto added = m_kind == Kind::Organisations
                ? OrganisationStore(m_archive).add(p.organisations.at(i))
                : PersonStore(m_archive).add(p.people.at(i));
            if (!added) {
                p.report.rows[i].problems << added.problems();
                return Result<Done>::refused(added.problems());
            }
            p.report.rows[i].problems << added.warnings();
            ids << added.value();
        }
        return Result<Done>::ok({});
    });
    if (written) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            p.report.rows[i].id = ids.at(i);
        p.report.written = true;
    } else if (!p.report.hasRefusals() && !p.report.rows.isEmpty()) {
        p.report.rows.last().problems << written.problems(); // the commit itself failed
    }
    return Result<ImportReport>::ok(p.report);
}

} // namespace tavolo
